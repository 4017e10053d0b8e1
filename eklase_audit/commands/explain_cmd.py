"""The `explain` command."""

from __future__ import annotations


def explain() -> None:
    """(not yet available)"""
    raise SystemExit(2)
