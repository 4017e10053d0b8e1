"""The `profiles` command."""

from __future__ import annotations


def profiles() -> None:
    """(not yet available)"""
    raise SystemExit(2)
