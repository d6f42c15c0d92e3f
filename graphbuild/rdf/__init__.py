"""RDF: emitting document graphs and serialising them deterministically."""
