"""The `init` command."""

from __future__ import annotations


def init() -> None:
    """(not yet available)"""
    raise SystemExit(2)
