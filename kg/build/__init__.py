"""An extraction as RDF under the ontology: the namespace, IRI minting, triples."""
