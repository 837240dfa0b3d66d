"""Scoring extractions against annotated gold (brat standoff)."""
