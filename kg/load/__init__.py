"""The write path: validate, infer, replace atomically, for RDF files and articles."""
