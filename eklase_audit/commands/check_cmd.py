"""The `check` command."""

from __future__ import annotations


def check() -> None:
    """(not yet available)"""
    raise SystemExit(2)
