"""Lessons and homework: LES000-LES007, HW001 (docs/rules-in-detail.md "Lessons")."""

from __future__ import annotations

import polars as pl

from eklase_audit.calendar.deadlines import end_of_day
from eklase_audit.io.schema import ROW_COLUMN, SOURCE_COLUMN
from eklase_audit.rules.base import (
    NOT_EVALUABLE,
    OK,
    STATUS,
    VIOLATION,
    RuleContext,
    content_findings,
    deadline_status,
    findings_frame,
    missing_struct,
    presence_status,
    selector,
    with_deadlines,
)
from eklase_audit.rules.expected import missing_findings
from eklase_audit.rules.school_days import school_days, school_weeks
from eklase_audit.rules.text import fold_text, folded, is_blank
from eklase_audit.rules.timeliness import (
    deadline_config,
    entry_moment,
    late_entry_findings,
    no_time_inputs,
)

ORDINARY_KIND = "stunda"


def les001_lesson_late(ctx: RuleContext) -> pl.DataFrame:
    return late_entry_findings(ctx, ctx.table("lessons"))


def les002_no_topic(ctx: RuleContext) -> pl.DataFrame:
    """An empty topic is pending until the lesson's deadline, then a violation."""
    lessons = ctx.table("lessons").with_columns(pl.col("date").alias("event_date"))
    frame = with_deadlines(lessons, ctx, deadline_config(ctx), by_column="kind")
    no_topic_column = no_time_inputs(ctx, "lessons", ("topic",))
    blank = is_blank(pl.col("topic"))
    status = (
        pl.when(pl.col(SOURCE_COLUMN).is_in(no_topic_column))
        .then(pl.lit(NOT_EVALUABLE))
        .when(~blank)
        .then(pl.lit(OK))
        .otherwise(deadline_status(ctx.as_of))
    )
    reason = (
        pl.when(pl.col(SOURCE_COLUMN).is_in(no_topic_column))
        .then(pl.lit("reason.no_topic_column"))
        .when(blank)
        .then(pl.col("deadline_reason"))
    )
    frame = frame.with_columns(
        status.cast(STATUS).alias("status"),
        reason.alias("reason"),
        pl.lit("no_topic").alias("detail"),
        pl.lit(None, pl.Datetime("us")).alias("entered_at"),
    )
    return findings_frame(frame)


def hw001_homework_late(ctx: RuleContext) -> pl.DataFrame:
    lessons = ctx.table("lessons").filter(~is_blank(pl.col("homework")))
    return late_entry_findings(
        ctx,
        lessons,
        done=entry_moment(ctx, "lessons", "homework_entered_at", "entered_at"),
        time_columns=("entered_at", "homework_entered_at"),
    )


def les003_topic_pattern(ctx: RuleContext) -> pl.DataFrame:
    """A non-empty topic must match the pattern of its kind (``default`` for ordinary lessons)."""
    patterns: dict[str, str] = dict(ctx.config.params.get("patterns", {}))
    lessons = ctx.table("lessons").filter(~is_blank(pl.col("topic")))
    default = patterns.pop("default", None)
    bad = pl.lit(False)
    for value, pattern in patterns.items():
        bad = bad | (selector("kind", value) & ~pl.col("topic").str.contains(pattern))
    if default is not None:
        unlisted = selector("kind", None, list(patterns))
        bad = bad | (unlisted & ~pl.col("topic").str.contains(default))
    return content_findings(lessons, bad, "bad_topic", value=pl.col("topic"))


def les004_substitution_reason(ctx: RuleContext) -> pl.DataFrame:
    """A substituted lesson's reason must carry the order's date and number."""
    pattern = ctx.config.params.get(
        "reason_pattern", r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}.*\d|\d.*\d{1,2}\.\s?\d{1,2}\.\s?\d{4}"
    )
    lessons = ctx.table("lessons").filter(~is_blank(pl.col("substitute")))
    reason = pl.col("reason").fill_null("")
    bad = ~reason.str.contains(pattern)
    return content_findings(lessons, bad, "no_order_reference", value=pl.col("reason"))


def les005_not_held_note(ctx: RuleContext) -> pl.DataFrame:
    """A lesson that did not take place needs a note on the previous lesson of that subject."""
    keys = ["class", "subject", "group"]
    lessons = ctx.table("lessons").with_columns(
        [pl.col(k).fill_null("").alias(f"_{k}") for k in keys]
    )
    ordered = lessons.sort([*(f"_{k}" for k in keys), "date", "lesson_no"], nulls_last=False)
    ordered = ordered.with_columns(
        pl.col("notes").shift(1).over([f"_{k}" for k in keys]).alias("_previous_notes"),
        pl.col(ROW_COLUMN).shift(1).over([f"_{k}" for k in keys]).alias("_previous_row"),
    )
    not_held = ordered.filter(pl.col("held") == False)  # noqa: E712 (a null means unknown)
    pattern = ctx.config.params.get("note_pattern")
    has_note = ~is_blank(pl.col("_previous_notes"))
    if pattern:
        has_note = has_note & pl.col("_previous_notes").str.contains(pattern)
    no_previous = pl.col("_previous_row").is_null()
    status = (
        pl.when(no_previous)
        .then(pl.lit(NOT_EVALUABLE))
        .when(has_note)
        .then(pl.lit(OK))
        .otherwise(pl.lit(VIOLATION))
    )
    return findings_frame(
        not_held.with_columns(
            pl.col("date").alias("event_date"),
            status.cast(STATUS).alias("status"),
            pl.when(no_previous).then(pl.lit("reason.no_previous_lesson")).alias("reason"),
            pl.lit("no_note").alias("detail"),
            pl.lit(None, pl.Datetime("us")).alias("entered_at"),
        )
    )


def les007_school_bag_wording(ctx: RuleContext) -> pl.DataFrame:
    """A "Latvijas skolas soma" activity must be noted in one of the order's phrases."""
    marker = fold_text(ctx.config.params.get("marker", "skolas soma"))
    phrases = [fold_text(p) for p in ctx.config.params.get("phrases", [])]
    lessons = ctx.table("lessons")
    topic, notes = folded(pl.col("topic").fill_null("")), folded(pl.col("notes").fill_null(""))
    mentions = topic.str.contains(marker, literal=True) | notes.str.contains(marker, literal=True)
    worded = pl.lit(False)
    for phrase in phrases:
        worded = worded | notes.str.contains(phrase, literal=True)
    return content_findings(lessons.filter(mentions), ~worded, "wording", value=pl.col("notes"))


def les006_class_hour(ctx: RuleContext) -> pl.DataFrame:
    """Each class needs at least one class-hour entry in every school week."""
    kinds = [k.lower() for k in ctx.config.params.get("class_hour_kinds", ["audzināšanas stunda"])]
    subjects = [fold_text(s) for s in ctx.config.params.get("class_hour_subjects", [])]
    lessons = ctx.table("lessons").with_columns(
        pl.col("date").dt.truncate("1w").alias("_week"),
    )
    is_class_hour = pl.col("kind").str.to_lowercase().is_in(kinds)
    if subjects:
        is_class_hour = is_class_hour | folded(pl.col("subject")).is_in(subjects)
    held = lessons.filter(is_class_hour).group_by("class", "_week").agg(pl.len().alias("_n"))
    classes = lessons.select("class").unique()
    span = ctx.span(lessons["date"])
    if span is None:
        return findings_frame(pl.DataFrame())
    weeks = school_weeks(ctx.calendar, *span)
    expected = classes.join(weeks.rename({"week": "_week"}), how="cross")
    found = expected.join(held, on=["class", "_week"], how="left")
    deadline = end_of_day(pl.col("last_day"))
    status = presence_status(pl.col("_n").is_not_null(), deadline, ctx.as_of)
    return findings_frame(
        found.with_columns(
            pl.col("_week").alias("event_date"),
            deadline.alias("deadline"),
            status.alias("status"),
            pl.lit("no_class_hour").alias("detail"),
            missing_struct(**{"class": pl.col("class"), "week": pl.col("_week")}).alias("missing"),
        )
    )


def les000_timetable_lesson_missing(ctx: RuleContext) -> pl.DataFrame:
    """Every lesson the timetable plans on a school day needs a journal entry."""
    timetable = ctx.table("timetable")
    lessons = ctx.table("lessons")
    if timetable.is_empty():
        return findings_frame(pl.DataFrame())
    span = ctx.span(lessons["date"])
    if span is None:
        return findings_frame(pl.DataFrame())
    days = school_days(ctx.calendar, *span)
    planned = timetable.join(
        days.with_columns(pl.col("date").dt.weekday().cast(pl.Int8).alias("weekday")),
        on="weekday",
    ).filter(
        (pl.col("valid_from").is_null() | (pl.col("date") >= pl.col("valid_from")))
        & (pl.col("valid_to").is_null() | (pl.col("date") <= pl.col("valid_to")))
    )
    held = (
        lessons.select("date", "class", "lesson_no")
        .unique()
        .with_columns(pl.lit(True).alias("_held"))
    )
    planned = planned.join(held, on=["date", "class", "lesson_no"], how="left").filter(
        pl.col("_held").is_null()
    )
    config = deadline_config(ctx)
    planned = planned.with_columns(pl.lit(None, pl.String).alias("kind"))
    frame = with_deadlines(planned, ctx, config, by_column="kind")
    return missing_findings(
        ctx,
        frame,
        detail="not_in_journal",
        event="date",
        missing=missing_struct(
            **{"class": pl.col("class"), "date": pl.col("date"), "lesson_no": pl.col("lesson_no")}
        ),
    )
