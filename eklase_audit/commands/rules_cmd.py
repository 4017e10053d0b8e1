"""The `rules` command."""

from __future__ import annotations


def rules() -> None:
    """(not yet available)"""
    raise SystemExit(2)
