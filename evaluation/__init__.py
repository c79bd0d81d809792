"""Saring's own evaluation: generated documents with noise at known places, and their scoring."""
