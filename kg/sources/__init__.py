"""Reading inputs: plain text, Markdown, HTML, URLs, and brat standoff annotations."""
