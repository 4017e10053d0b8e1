"""Violations as rows of text cells: what CSV and Markdown write.

For programs: English column names, ISO dates, ``.`` decimals, ``missing`` as ``name=value``.
For people: column names, dates and decimals in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from eklase_audit.messages import Translator
from eklase_audit.report.findings_text import (
    day_expr,
    fill_template,
    finding_messages,
    moment_expr,
)
from eklase_audit.report.words import (
    citation_expr,
    missing_text_expr,
    severity_expr,
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


# The dates and times of COLUMNS, and the finding's columns they are made from.
_DATES: dict[str, str] = {
    "event_date": "event_date",
    "deadline": "deadline",
    "entered_at": "entered_at",
    "entered_after": "entered_lo",
    "entered_by": "entered_hi",
}


def violation_cells(
    frame: pl.DataFrame,
    t: Translator,
    sources: Mapping[int, tuple[str, str | None]],
    *,
    for_people: bool,
) -> pl.DataFrame:
    """The findings as text cells, one row each, the columns of :data:`COLUMNS` in its order
    (named for programs), none null. Hours: for programs the JSON's number (one decimal); for
    people the words of the terminal (``48,0`` or ``1 min``)."""
    if frame.is_empty():
        return pl.DataFrame(schema={name: pl.String for name, _ in COLUMNS})
    cells = _people_cells(t, frame) if for_people else _program_cells(frame)
    cells |= {
        "message": pl.lit(finding_messages(frame, t, sources)).fill_null(""),
        "citation": citation_expr(t),
    }
    return frame.select(cells.get(name, _text(pl.col(name))).alias(name) for name, _ in COLUMNS)


def _text(column: pl.Expr) -> pl.Expr:
    return column.cast(pl.String).fill_null("")


def _program_cells(frame: pl.DataFrame) -> dict[str, pl.Expr]:
    """ISO dates and times (to the second), hours to one decimal, ``missing`` as
    ``name=value; ...``."""
    cells = {
        name: pl.col(column).dt.strftime(
            "%Y-%m-%d" if frame.schema[column] == pl.Date else "%Y-%m-%dT%H:%M:%S"
        )
        for name, column in _DATES.items()
    }
    hours = pl.col("late_hours").round(1, mode="half_away_from_zero")
    return {name: _text(expr) for name, expr in cells.items()} | {
        "late_hours": _text(hours),
        "missing": _missing_for_programs(frame),
    }


def _missing_for_programs(frame: pl.DataFrame) -> pl.Expr:
    dtype = frame.schema.get("missing")
    if not isinstance(dtype, pl.Struct):
        return pl.lit("")
    parts = []
    for field in dtype.fields:
        value = pl.col("missing").struct.field(field.name).cast(pl.String)
        present = value.is_not_null() & (value != "")
        parts.append(pl.when(present).then(pl.concat_str(pl.lit(f"{field.name}="), value)))
    return pl.concat_str(parts, separator="; ", ignore_nulls=True)


def _people_cells(t: Translator, frame: pl.DataFrame) -> dict[str, pl.Expr]:
    """Severity, dates, hours and ``missing`` in the reader's language."""
    cells = {
        name: (day_expr if frame.schema[column] == pl.Date else moment_expr)(t, pl.col(column))
        for name, column in _DATES.items()
    }
    return cells | {
        "severity": severity_expr(t, frame),
        "late_hours": _late_cell(t),
        "missing": missing_text_expr(t, frame),
    }


def _late_cell(t: Translator) -> pl.Expr:
    """The hours column for people: a number a spreadsheet reads (``48,0``) from an hour on,
    the minutes begun under an hour (``1 min``), so that a late entry never reads ``0,0``
    (:func:`~eklase_audit.report.words.late_time_text` without its ``h``)."""
    hours = pl.col("late_hours")
    seconds = (hours * 3600).round()
    # Rounded half away from zero, as the JSON's hours (positive: an hour or more late).
    tenths = (hours * 10 + 0.5).floor().cast(pl.Int64, strict=False)
    point = "," if t.lang == "lv" else "."
    from_an_hour = pl.format(f"{{}}{point}{{}}", tenths // 10, tenths % 10)
    begun = pl.min_horizontal((seconds / 60).ceil(), pl.lit(59.0))
    minutes = pl.when(seconds > 0).then(begun).otherwise(0.0).cast(pl.Int64).cast(pl.String)
    under_an_hour = fill_template(t, "report.minutes", {"minutes": minutes})
    return (
        pl.when(hours.is_null())
        .then(pl.lit(""))
        .when(seconds >= 3600)
        .then(from_an_hour)
        .otherwise(under_an_hour)
    )


def header(t: Translator, *, for_people: bool) -> list[str]:
    return [t(key) if for_people else name for name, key in COLUMNS]
