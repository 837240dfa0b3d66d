"""Read models: what pages, search and exports show, read from the store."""
