"""The `inspect` command."""

from __future__ import annotations


def inspect() -> None:
    """(not yet available)"""
    raise SystemExit(2)
