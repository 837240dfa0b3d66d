"""quotegraph: who said what in the news, as an RDF knowledge graph."""

__version__ = "0.1.0"
