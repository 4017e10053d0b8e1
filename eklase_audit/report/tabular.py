"""Violations as rows of text cells: what CSV and Markdown write.

For programs: English column names, ISO dates, ``.`` decimals, ``missing`` as ``name=value``.
For people: column names, dates and decimals in the reader's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

import polars as pl

from eklase_audit.messages import Translator
from eklase_audit.report.findings_text import finding_messages
from eklase_audit.report.words import (
    citation_text,
    decimal,
    late_time_text,
    missing_text,
    round_half_away,
    severity_text,
)

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
    ("entered_after", "col.entered_after"),
    ("entered_by", "col.entered_by"),
)


def _iso(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _missing_for_programs(missing: Mapping[str, Any] | None) -> str:
    if not missing:
        return ""
    return "; ".join(f"{k}={v}" for k, v in missing.items() if v is not None and v != "")


def violation_rows(
    frame: pl.DataFrame,
    t: Translator,
    sources: Mapping[int, tuple[str, str | None]],
    *,
    for_people: bool,
) -> Iterator[list[str]]:
    """One list of cells per finding, in :data:`COLUMNS` order. Hours: for programs the JSON's
    number (one decimal); for people the words of the terminal (``48,0`` or ``1 min``)."""
    messages = finding_messages(frame, t, sources)
    hours_rounded = frame["late_hours"].round(1, mode="half_away_from_zero")
    for row, message, rounded in zip(
        frame.iter_rows(named=True), messages, hours_rounded, strict=True
    ):
        cells: dict[str, Any] = {
            **row,
            "late_hours": rounded,
            "message": message,
            "citation": citation_text(t, row["rule"], row["citation"]),
            "entered_after": row.get("entered_lo"),
            "entered_by": row.get("entered_hi"),
        }
        if for_people:
            hours = row.get("late_hours")
            cells |= {
                "severity": severity_text(t, row["severity"]),
                "event_date": t.date(row["event_date"]),
                "deadline": t.datetime(row["deadline"]),
                "entered_at": t.datetime(row["entered_at"]),
                "late_hours": late_cell(t, hours),
                "missing": missing_text(t, row.get("missing")),
                "entered_after": t.datetime(cells["entered_after"]),
                "entered_by": t.datetime(cells["entered_by"]),
            }
        else:
            cells["missing"] = _missing_for_programs(row.get("missing"))
        yield [_iso(cells.get(name)) for name, _ in COLUMNS]


def late_cell(t: Translator, hours: float | None) -> str:
    """The hours column for people: a number a spreadsheet reads (``48,0``) from an hour on,
    the minutes under an hour (``1 min``), so that a late entry never reads ``0,0``."""
    if hours is None:
        return ""
    if round(hours * 3600) >= 3600:
        return decimal(t, round_half_away(hours, 1))
    return late_time_text(t, hours)


def header(t: Translator, *, for_people: bool) -> list[str]:
    return [t(key) if for_people else name for name, key in COLUMNS]
