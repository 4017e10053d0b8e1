"""The shape most deadline rules share: pick the deadline by kind of record, compare the moment
the record was entered, classify. Rules that only differ in table and columns use this."""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from eklase_audit.io.schema import SOURCE_COLUMN, TABLES
from eklase_audit.profiles.model import RuleConfig
from eklase_audit.rules.base import RuleContext, classify, findings_frame, with_deadlines
from eklase_audit.rules.catalog import RULES


def entry_moment(ctx: RuleContext, kind: str, own_column: str, fallback: str) -> pl.Expr:
    """The record's own entry time where its file has that column, else the row's entry time."""
    with_own = ctx.inputs_with(kind, own_column)
    if not with_own:
        return pl.col(fallback)
    return (
        pl.when(pl.col(SOURCE_COLUMN).is_in(with_own))
        .then(pl.col(own_column))
        .otherwise(pl.col(fallback))
    )


def no_time_inputs(ctx: RuleContext, kind: str, columns: Sequence[str]) -> list[int]:
    """Inputs of a table kind whose files have none of these columns (the entry-time columns a
    rule can compare, or the one column a rule reads)."""
    return [
        i.index
        for i in ctx.inputs
        if i.kind == kind and not any(column in i.present for column in columns)
    ]


def late_entry_findings(
    ctx: RuleContext,
    frame: pl.DataFrame,
    *,
    done: pl.Expr | None = None,
    time_columns: Sequence[str] | None = None,
    config: RuleConfig | None = None,
    event: str = "date",
    shown_date: str = "date",
    period: str | None = None,
) -> pl.DataFrame:
    """Findings of an "entered late" rule over ``frame`` (rows of the rule's own table).

    The record is ``done`` when its ``time_columns`` say (by default: when its row was entered);
    its deadlines are ``config``'s (by default the rule's own), chosen by that rule's column.
    ``event`` is what the deadline counts from by default; ``shown_date`` the record's own date.
    """
    config = config or ctx.config
    kind = ctx.spec.tables[0]
    entered = TABLES[kind].entered
    if done is None:
        assert entered is not None, kind
        done = pl.col(entered)
    if time_columns is None:
        assert entered is not None, kind
        time_columns = (entered,)
    frame = frame.with_columns(
        done.alias("_done"), pl.col(shown_date).cast(pl.Date).alias("event_date")
    )
    by_column = RULES[config.code].by_column
    frame = with_deadlines(frame, ctx, config, by_column=by_column, event=event, period=period)
    frame = classify(
        frame,
        done="_done",
        as_of=ctx.as_of,
        no_entry_times=no_time_inputs(ctx, kind, time_columns),
        from_snapshots=tuple(time_columns) == (entered,),
    )
    return findings_frame(frame)


def deadline_config(ctx: RuleContext) -> RuleConfig:
    """The rule's own deadlines, or those of the rule it borrows them from (LES002 → LES001)."""
    if ctx.config.has_deadline() or ctx.spec.deadline_from is None:
        return ctx.config
    return ctx.choices(ctx.spec.deadline_from)
