"""One module per command; each imports what it needs inside the command so `--help` is fast."""
