"""The `calendar` command."""

from __future__ import annotations


def calendar() -> None:
    """(not yet available)"""
    raise SystemExit(2)
