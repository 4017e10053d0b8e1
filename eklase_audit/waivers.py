"""Waivers: a violation the school has accepted, by rule and stable fields, until a date.

A waived violation is not counted as a violation; it is listed as waived. An expired waiver no
longer hides anything and the run says which expired; a waiver that matched nothing is unused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import polars as pl

from eklase_audit.result import Waiver

# The stable fields a waiver may name (never a row number: rows move between exports).
WAIVER_FIELDS: tuple[str, ...] = ("teacher", "class", "subject", "date", "lesson_no", "student")


def _matches(waiver: Waiver) -> pl.Expr:
    condition = pl.col("rule") == waiver.rule
    for name, value in waiver.fields.items():
        if name == "date":
            condition = condition & (pl.col("event_date") == dt.date.fromisoformat(value))
        elif name == "lesson_no":
            condition = condition & (pl.col("missing").struct.field("lesson_no") == str(value))
        else:
            condition = condition & (pl.col(name) == value)
    return condition


def apply_waivers(
    violations: pl.DataFrame, waivers: Sequence[Waiver], as_of: dt.datetime
) -> tuple[pl.DataFrame, pl.DataFrame, list[Waiver], list[Waiver]]:
    """(violations left, waived violations, expired waivers, unused waivers)."""
    empty_waived = violations.clear().with_columns(
        pl.lit(None, pl.String).alias("waiver_reason"), pl.lit(None, pl.Date).alias("waiver_until")
    )
    if not waivers:
        return violations, empty_waived, [], []
    expired = [w for w in waivers if w.until < as_of.date()]
    active = [w for w in waivers if w.until >= as_of.date()]
    remaining = violations.with_row_index("_i")
    waived_parts: list[pl.DataFrame] = []
    unused: list[Waiver] = []
    for waiver in active:
        hit = remaining.filter(_matches(waiver))
        if hit.is_empty():
            unused.append(waiver)
            continue
        waived_parts.append(
            hit.with_columns(
                pl.lit(waiver.reason).alias("waiver_reason"),
                pl.lit(waiver.until).alias("waiver_until"),
            )
        )
        remaining = remaining.filter(~pl.col("_i").is_in(hit["_i"].implode()))
    waived = pl.concat(waived_parts).drop("_i") if waived_parts else empty_waived
    return remaining.drop("_i"), waived, expired, unused
