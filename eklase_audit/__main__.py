"""Allows `python -m eklase_audit`."""

from eklase_audit.cli import main

if __name__ == "__main__":
    main()
