"""A table as found in a file or sheet, before its values are read: strings only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eklase_audit.io.headers import HeaderMatch

if TYPE_CHECKING:
    import polars as pl


@dataclass(frozen=True)
class RawTable:
    """The rows under a header, every cell a string (null when empty).

    ``cells`` has one column per header position and a few more, so that a row with more cells
    than its header is seen; its first row is spreadsheet row ``first_row``.
    """

    cells: pl.DataFrame
    header: tuple[str | None, ...]  # the header row as written, up to its last non-empty cell
    header_row: int
    first_row: int
    separator: str | None
    match: HeaderMatch
    column_offset: int = 0  # the sheet column of the first raw column (0 = A)
    tolerant: bool = False  # read by the slower reader that forgives unbalanced quotes
    # (row of ``cells``, raw column) of each row the slower reader cut at a quote never closed
    unclosed_quotes: tuple[tuple[int, int], ...] = ()


def trimmed(cells: Sequence[str | None]) -> tuple[str | None, ...]:
    """A header row up to its last non-empty cell."""
    end = len(cells)
    while end and cells[end - 1] is None:
        end -= 1
    return tuple(cells[:end])


def column_name(index: int) -> str:
    """The name of the ``index``-th (0-based) column of a raw frame."""
    return f"c{index}"


def column_letter(index: int) -> str:
    """A spreadsheet's column letter for a 0-based index: A, B, ..., Z, AA, ..."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
