"""Violations as rows of text cells: what CSV and Markdown write."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import polars as pl

from eklase_audit.messages import Translator
from eklase_audit.report.findings_text import finding_message

# (column name for programs, message key of the column's name for people)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("rule", "col.code"),
    ("severity", "col.severity"),
    ("teacher", "col.teacher"),
    ("class", "col.class"),
    ("subject", "col.subject"),
    ("student", "col.student"),
    ("event_date", "col.date"),
    ("deadline", "col.deadline"),
    ("entered_at", "col.entered_at"),
    ("late_working_days", "col.late_working_days"),
    ("late_hours", "col.late_hours"),
    ("message", "col.message"),
    ("citation", "col.citation"),
    ("path", "col.file"),
    ("sheet", "col.sheet"),
    ("row", "col.row"),
    ("missing", "col.missing"),
)


def _text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat(timespec="seconds") if hasattr(value, "hour") else value.isoformat()  # type: ignore[union-attr]
    return str(value)


def violation_rows(
    frame: pl.DataFrame,
    t: Translator,
    sources: Mapping[int, tuple[str, str | None]],
    *,
    for_people: bool,
) -> Iterator[list[str]]:
    """One list of cells per violation; dates ISO for programs, local style for people."""
    for row in frame.iter_rows(named=True):
        missing = row.get("missing") or {}
        cells = {
            **row,
            "message": finding_message(t, row, sources),
            "citation": row["citation"] or t("citation.data_quality"),
            "missing": "; ".join(f"{k}={v}" for k, v in missing.items() if v is not None),
        }
        if for_people:
            cells["event_date"] = t.date(row["event_date"])
            cells["deadline"] = t.datetime(row["deadline"])
            cells["entered_at"] = t.datetime(row["entered_at"])
            cells["severity"] = t(f"severity.{row['severity']}")
        yield [_text(cells[name]) for name, _ in COLUMNS]


def header(t: Translator, *, for_people: bool) -> list[str]:
    return [t(key) if for_people else name for name, key in COLUMNS]
