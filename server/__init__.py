"""The quotegraph web server: SPARQL endpoint, query UI and entity pages."""
