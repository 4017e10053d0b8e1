"""Data quality: DQ001 (entered before the event), DQ002 (the same record twice); DQ003, the
rows that could not be read, comes from the readers and is turned into findings here too."""

from __future__ import annotations

import polars as pl

from eklase_audit.io.schema import ROW_COLUMN, SOURCE_COLUMN, duplicate_key
from eklase_audit.rules.base import (
    NOT_EVALUABLE,
    STATUS,
    VIOLATION,
    RuleContext,
    content_findings,
    findings_frame,
)
from eklase_audit.rules.timeliness import no_time_inputs

# Tables where an entry before the event's own day is impossible (lessons and plans are often
# entered ahead, so they are not checked).
_BEFORE_EVENT_TABLES: tuple[str, ...] = ("grades", "absences", "conversations")


def dq001_entered_before_event(ctx: RuleContext) -> pl.DataFrame:
    parts = []
    for kind in _BEFORE_EVENT_TABLES:
        if not ctx.has_table(kind):
            continue
        without = no_time_inputs(ctx, kind, ("entered_at",))
        everything = ctx.table(kind)
        table = everything.filter(pl.col("entered_at").is_not_null())
        bad = pl.col("entered_at") < pl.col("date").cast(pl.Datetime("us"))
        parts.append(content_findings(table, bad, f"before_event_{kind}"))
        if without:  # a file with no entry times at all: the check cannot be made for its rows
            unknown = everything.filter(pl.col(SOURCE_COLUMN).is_in(without))
            parts.append(
                findings_frame(
                    unknown.with_columns(
                        pl.col("date").alias("event_date"),
                        pl.lit(NOT_EVALUABLE).cast(STATUS).alias("status"),
                        pl.lit("reason.no_entry_times").alias("reason"),
                    )
                )
            )
    return pl.concat(parts) if parts else findings_frame(pl.DataFrame())


def split_duplicates(kind: str, table: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(the first of each record, DQ002 findings for every later copy of it).

    Rows are in input order, so "first" is the earliest file and row.
    """
    key = [column for column in duplicate_key(kind) if column in table.columns]
    if table.is_empty() or not key:
        return table, findings_frame(pl.DataFrame())
    first_copy = table.select(pl.struct(key).is_first_distinct()).to_series()
    if first_copy.all():  # the usual case: nothing to set aside, nothing copied
        return table, findings_frame(pl.DataFrame())
    later = table.filter(~first_copy)
    first = table.filter(first_copy)
    first_rows = first.select(
        *key, pl.col(SOURCE_COLUMN).alias("_first_src"), pl.col(ROW_COLUMN).alias("_first_row")
    )
    later = later.join(first_rows, on=key, how="left", nulls_equal=True)
    event = pl.col("date") if "date" in later.columns else pl.lit(None, pl.Date)
    findings = findings_frame(
        later.with_columns(
            event.alias("event_date"),
            pl.lit(VIOLATION).cast(STATUS).alias("status"),
            pl.lit("duplicate").alias("detail"),
            # "<input index>:<row>" of the first copy; reporters name its file.
            pl.concat_str(pl.col("_first_src"), pl.lit(":"), pl.col("_first_row")).alias("value"),
            pl.lit(None, pl.Datetime("us")).alias("entered_at"),
        )
    )
    return first, findings
