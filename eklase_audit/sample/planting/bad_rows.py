"""Rows the reader must reject (DQ003), made only when asked (``--with-bad-rows``): a garbled
date, an empty class cell, a line with one cell too many. Each is an extra copy of a real record,
so that nothing else changes when it is rejected."""

from __future__ import annotations

from typing import Any

import polars as pl

from eklase_audit.io.raw import column_letter
from eklase_audit.sample.expected import RejectedMark
from eklase_audit.sample.plans import ProfilePlan
from eklase_audit.sample.writers import BadRow, frame_column

RID = "_rid"


def _anchor(frame: pl.DataFrame, fraction: float, avoid: set[int]) -> dict[str, Any]:
    start = int(frame.height * fraction)
    for i in range(start, frame.height):
        row = frame.row(i, named=True)
        if row[RID] not in avoid:
            return row
    return frame.row(start, named=True)


def _cells(plan: ProfilePlan, table: str, row: dict[str, Any]) -> dict[str, Any]:
    spec = plan.file_for(table)
    return {canonical: row.get(frame_column(canonical)) for canonical, _ in spec.columns}


def bad_rows(
    plan: ProfilePlan,
    frames: dict[str, pl.DataFrame],
    end_year: int,
    avoid: dict[str, set[int]],
) -> tuple[dict[str, list[BadRow]], list[RejectedMark]]:
    out: dict[str, list[BadRow]] = {}
    rejected: list[RejectedMark] = []
    garbled = f"31.02.{end_year}."

    def add(table: str, fraction: float, key: str, column: str | None, **change: Any) -> None:
        frame = frames[table]
        row = _anchor(frame, fraction, avoid.get(table, set()))
        cells = _cells(plan, table, row)
        extra = change.pop("_extra", None)
        cells.update(change)
        out.setdefault(table, []).append(BadRow(key, row[RID], cells, extra, column))
        spec = plan.file_for(table)
        # The unreadable cell by its header; a cell beyond the header by its column letter.
        where = spec.headers[column] if column else column_letter(len(spec.columns))
        rejected.append(RejectedMark(table, key, where))

    add("lessons", 0.35, "lessons:date", "date", date=garbled)
    add("lessons", 0.7, "lessons:extra", None, _extra="papildu šūna")
    add("absences", 0.5, "absences:class", "class", **{"class": ""})
    add("grades", 0.6, "grades:date", "date", date=garbled)
    return out, rejected
