"""RDF: a document's graph as sorted N-Triples/N-Quads lines, and safe loading of RDF files."""
