"""Monthly reports (REP001-REP003) and individual conversations (CNV001)."""

from __future__ import annotations

import polars as pl

from eklase_audit.calendar.deadlines import deadline_exprs, end_of_day
from eklase_audit.calendar.school_year import grade_level
from eklase_audit.rules.base import (
    RuleContext,
    choice_parts,
    classify,
    findings_frame,
    missing_struct,
)
from eklase_audit.rules.expected import missing_findings, month_start, months_between
from eklase_audit.rules.timeliness import late_entry_findings, no_time_inputs

PROGRESS, ABSENCE_SUMMARY, ATTENDANCE = (
    "sekmju izraksts",
    "kavējumu apkopojums",
    "apmeklējuma atskaite",
)
REPORT_OF_RULE: dict[str, str] = {
    "REP001": PROGRESS,
    "REP002": ABSENCE_SUMMARY,
    "REP003": ATTENDANCE,
}


def default_report_kind(ctx: RuleContext) -> str | None:
    """What a reports export without a kind column holds (SPEC "Report kinds"): the monthly
    progress report where REP001 is on, else the one report rule the profile has on."""
    if ctx.configs.get("REP001") and ctx.configs["REP001"].enabled:
        return PROGRESS
    on = [
        code for code in ("REP002", "REP003") if ctx.configs.get(code) and ctx.configs[code].enabled
    ]
    return REPORT_OF_RULE[on[0]] if len(on) == 1 else REPORT_OF_RULE.get(ctx.spec.code)


def _reports_of_kind(ctx: RuleContext, kind: str) -> pl.DataFrame:
    reports = ctx.table("reports").with_columns(month_start(pl.col("month")).alias("month"))
    report_kind = pl.col("kind").str.to_lowercase()
    if default_report_kind(ctx) == kind:
        return reports.filter(report_kind.is_null() | (report_kind == kind))
    return reports.filter(report_kind == kind)


def _active_classes(ctx: RuleContext) -> pl.DataFrame:
    """(class, month) where the class had a lesson, a grade or an absence."""
    frames = [
        ctx.table(kind).select("class", month_start(pl.col("date")).alias("month"))
        for kind in ("lessons", "grades", "absences")
        if ctx.has_table(kind)
    ]
    if not frames:
        return pl.DataFrame(schema={"class": pl.String, "month": pl.Date})
    return pl.concat(frames).drop_nulls().unique()


def _month_deadline(ctx: RuleContext, frame: pl.DataFrame) -> pl.DataFrame:
    """Each month's deadline; REP002's is the period's end where a period ends that month."""
    parts = choice_parts(ctx.config, None)
    if not parts:
        return frame.with_columns(
            pl.lit(None, pl.Datetime("us")).alias("deadline"),
            pl.lit("reason.no_deadline").alias("deadline_reason"),
        )
    choice = parts[0][1]
    assert choice.deadline is not None
    exprs = deadline_exprs(
        choice.deadline,
        ctx.calendar,
        date=pl.col("month"),
        grade_level=grade_level(pl.col("class")),
    )
    deadline = exprs.deadline
    if ctx.spec.code == "REP002":
        period_end = ctx.calendar.period_end(pl.col("month"), grade_level(pl.col("class")))
        ends_here = period_end.dt.month_start() == pl.col("month")
        deadline = (
            pl.when(ends_here)
            .then(pl.min_horizontal(deadline, end_of_day(period_end)))
            .otherwise(deadline)
        )
    return frame.with_columns(deadline.alias("deadline"), exprs.reason.alias("deadline_reason"))


def monthly_report(ctx: RuleContext) -> pl.DataFrame:
    """A class's report for month M: late when sent after the deadline, missing when never sent
    for a month in which the class had lessons, grades or absences."""
    kind = REPORT_OF_RULE[ctx.spec.code]
    reports = _reports_of_kind(ctx, kind)
    skip = [int(m) for m in ctx.config.params.get("skip_months", [])]
    reports = reports.filter(~pl.col("month").dt.month().is_in(skip))
    sent = _month_deadline(ctx, reports.with_columns(pl.col("sent_at").alias("_done")))
    late = late_entry_findings_precomputed(ctx, sent, shown="month")

    active = _active_classes(ctx)
    span = ctx.span(active["month"]) if active.height else None
    if span is None:
        return late
    months = months_between(*span)
    expected = active.join(months, on="month", how="semi").filter(
        ~pl.col("month").dt.month().is_in(skip)
    )
    missing = expected.join(reports.select("class", "month"), on=["class", "month"], how="anti")
    # Who owes it: the teacher who sends that class's reports (the latest one named).
    if "teacher" in reports.columns:
        senders = (
            reports.filter(pl.col("teacher").is_not_null())
            .sort("month")
            .group_by("class")
            .agg(pl.col("teacher").last())
        )
        missing = missing.drop("teacher", strict=False).join(senders, on="class", how="left")
    missing = _month_deadline(ctx, missing)
    return pl.concat(
        [
            late,
            missing_findings(
                ctx,
                missing,
                detail="report_missing",
                event="month",
                missing=missing_struct(
                    **{"class": pl.col("class"), "month": pl.col("month").dt.strftime("%Y-%m")}
                ),
            ),
        ]
    )


def late_entry_findings_precomputed(
    ctx: RuleContext, frame: pl.DataFrame, *, shown: str
) -> pl.DataFrame:
    """Classifies rows whose deadline is already computed (a report's month deadline)."""
    frame = frame.with_columns(pl.col(shown).cast(pl.Date).alias("event_date"))
    return findings_frame(
        classify(
            frame,
            done="_done",
            as_of=ctx.as_of,
            no_entry_times=no_time_inputs(ctx, "reports", ("sent_at",)),
            from_snapshots=True,
        )
    )


def cnv001_conversation_late(ctx: RuleContext) -> pl.DataFrame:
    return late_entry_findings(ctx, ctx.table("conversations"))
