"""policykg: Chinese industrial-policy documents as an RDF knowledge graph."""

__version__ = "0.2.0"
