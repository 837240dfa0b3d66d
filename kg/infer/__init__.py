"""Inference: what the store knows beyond what was loaded, kept in graphs of its own."""
