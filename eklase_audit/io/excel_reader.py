"""Workbooks (.xlsx, .xlsm, .xls, .ods): each visible sheet read as strings with the sheet's own
row numbers, its header found like a CSV file's.

fastexcel is asked for every cell as a string and for no header, keeping leading empty rows
(PERF pitfall 10): date cells come as ``2025-09-05 00:00:00``, time cells as
``1899-12-31 10:05:00``, numbers as ``7`` or ``45903``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from eklase_audit.errors import InputError
from eklase_audit.io.detect import HEADER_ROWS, HeadRow, find_header
from eklase_audit.io.headers import KindAliases
from eklase_audit.io.raw import RawTable, column_name, trimmed


@dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook: its table, or why it has none."""

    name: str
    table: RawTable | None = None
    skipped: InputError | None = None


def read_workbook(
    path: Path, aliases: Mapping[str, KindAliases], kinds: Sequence[str], name: str
) -> Iterator[Sheet]:
    """Every sheet of a workbook in order; raises :class:`InputError` when it cannot be opened."""
    import fastexcel

    try:
        reader = fastexcel.read_excel(path)
        names = list(reader.sheet_names)
    except Exception as error:  # calamine reports a corrupt workbook in many ways
        raise InputError("skip.workbook", {"error": _short(error)}) from None
    for sheet_name in names:
        try:
            sheet = reader.load_sheet(sheet_name, header_row=None, skip_rows=0, dtypes="string")
            visible = sheet.visible
            if visible != "visible":
                yield Sheet(sheet_name, skipped=InputError("skip.hidden_sheet", {}))
                continue
            offset = sheet.available_columns()[0].absolute_index if sheet.width else 0
            frame = sheet.to_polars()
        except Exception as error:  # a sheet calamine cannot read is skipped, the rest go on
            yield Sheet(sheet_name, skipped=InputError("skip.sheet", {"error": _short(error)}))
            continue
        try:
            yield Sheet(
                sheet_name, table=_table(frame, offset, aliases, kinds, f"{name} {sheet_name}")
            )
        except InputError as error:
            yield Sheet(sheet_name, skipped=error)


def _table(
    frame: pl.DataFrame,
    offset: int,
    aliases: Mapping[str, KindAliases],
    kinds: Sequence[str],
    name: str,
) -> RawTable:
    frame = frame.rename({old: column_name(i) for i, old in enumerate(frame.columns)})
    frame = frame.cast(pl.String)
    head = frame.head(HEADER_ROWS).rows()
    grid = [HeadRow(tuple(_cell(cell) for cell in row)) for row in head]
    found = find_header({None: grid}, aliases, kinds, name)
    return RawTable(
        cells=frame.slice(found.row),
        header=trimmed(grid[found.row - 1].cells),
        header_row=found.row,
        first_row=found.row + 1,
        separator=None,
        match=found.match,
        column_offset=offset,
    )


def _cell(value: object) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


def _short(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else type(error).__name__
