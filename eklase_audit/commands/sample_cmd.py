"""The `sample` command."""

from __future__ import annotations


def sample() -> None:
    """(not yet available)"""
    raise SystemExit(2)
