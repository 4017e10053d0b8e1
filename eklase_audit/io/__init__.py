"""Readers: from export files to canonical Polars frames with every row accounted for."""
