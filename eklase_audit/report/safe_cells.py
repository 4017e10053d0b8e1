"""Cells that a spreadsheet would run as a formula are written as inert text."""

from __future__ import annotations

# A cell starting with one of these is a formula (or its start) to Excel and LibreOffice.
FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def inert(text: str) -> str:
    """The text with a leading apostrophe when a spreadsheet would otherwise evaluate it."""
    return "'" + text if is_formula_like(text) else text
