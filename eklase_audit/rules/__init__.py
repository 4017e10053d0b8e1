"""The rules: an explicit registry, one module per family of tables."""
