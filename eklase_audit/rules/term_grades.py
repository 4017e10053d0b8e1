"""Semester and year grades: TRM001-TRM004 (docs/rules-in-detail.md "Semester and year grades").

A term grade's school year is that of its date, else of its entry time, else of ``--as-of``.
"""

from __future__ import annotations

import dataclasses

import polars as pl

from eklase_audit.calendar.deadline_spec import parse_deadline
from eklase_audit.calendar.deadlines import end_of_day
from eklase_audit.calendar.school_year import grade_level, is_autumn_or_spring
from eklase_audit.profiles.model import DeadlineChoice, RuleConfig
from eklase_audit.rules.base import (
    RuleContext,
    content_findings,
    findings_frame,
    missing_struct,
    with_deadlines,
)
from eklase_audit.rules.expected import missing_findings
from eklase_audit.rules.text import is_blank
from eklase_audit.rules.timeliness import deadline_config, late_entry_findings
from eklase_audit.scope import term_grade_event

FIRST_SEMESTER, YEAR, INTERIM, RE_EXAMINATION = (
    "1. semestris",
    "gads",
    "starpvērtējums",
    "pēcpārbaudījums",
)
EXEMPT_MARKS = ("a", "atb", "atbr", "atbr.", "atbrīvots")


def _is_period(name: str) -> pl.Expr:
    return pl.col("period").str.to_lowercase() == name


def _is_interim() -> pl.Expr:
    """An interim grade, of either semester ("1. semestra starpvērtējums") or unnamed."""
    return pl.col("period").str.to_lowercase().str.contains(INTERIM, literal=True).fill_null(False)


def _grading_teacher() -> pl.Expr:
    """Who owes a missing term grade: the teacher of the subject's latest grade."""
    return pl.col("teacher").drop_nulls().last().alias("teacher")


def _reference_date(ctx: RuleContext) -> pl.Expr:
    return pl.coalesce(pl.col("date"), pl.col("entered_at").cast(pl.Date), pl.lit(ctx.as_of.date()))


def trm001_term_grade_late(ctx: RuleContext) -> pl.DataFrame:
    """Re-examination and interim grades are not this rule's (TRM004 checks interim ones)."""
    term = ctx.table("term_grades").filter(~_is_interim() & ~_is_period(RE_EXAMINATION))
    # Shown as the record's date: its own, or else the end of its period (as scope sees it).
    event = term_grade_event(ctx.calendar, ctx.as_of, grade_level(pl.col("class")))
    term = term.with_columns(
        _reference_date(ctx).alias("_ref"), pl.coalesce(pl.col("date"), event).alias("_shown")
    )
    return late_entry_findings(
        ctx,
        term,
        event="_ref",
        period="period",
        shown_date="_shown",
    )


def trm002_term_grade_missing(ctx: RuleContext) -> pl.DataFrame:
    """Every (class, subject, student) graded in the first semester needs a semester grade;
    every one graded in the school year needs a year grade."""
    cal = ctx.calendar
    grades = ctx.table("grades").with_columns(
        cal.school_year(pl.col("date")).alias("_year"),
        cal.period_name(pl.col("date")).alias("_period_name"),
    )
    keys = ["class", "subject", "student", "_year"]
    first = (
        grades.filter(pl.col("_period_name") == FIRST_SEMESTER)
        .group_by(keys)
        .agg(pl.col("date").min().alias("_ref"), _grading_teacher())
        .with_columns(pl.lit(FIRST_SEMESTER).alias("period"))
    )
    year = (
        grades.filter(pl.col("_year").is_not_null())
        .group_by(keys)
        .agg(pl.col("date").min().alias("_ref"), _grading_teacher())
        .with_columns(pl.lit(YEAR).alias("period"))
    )
    expected = pl.concat([first, year]).filter(
        pl.col("class").is_not_null() & pl.col("student").is_not_null()
    )
    # The missing grade is about its period's end: that day decides whether it is in scope.
    end = cal.period_end(pl.col("_ref"), grade_level(pl.col("class")), pl.col("period"))
    expected = expected.with_columns(end.alias("_end")).filter(ctx.in_scope(pl.col("_end")))
    present = (
        ctx.table("term_grades")
        .with_columns(
            cal.school_year(_reference_date(ctx)).alias("_year"),
            pl.col("period").str.to_lowercase(),
        )
        .select(*keys, "period")
        .unique()
    )
    missing = expected.join(present, on=[*keys, "period"], how="anti", nulls_equal=True)
    missing = with_deadlines(
        missing,
        ctx,
        deadline_config(ctx),
        by_column="period",
        event="_ref",
        period="period",
        lesson_no=None,
    )
    return missing_findings(
        ctx,
        missing,
        detail="term_grade_missing",
        event="_end",
        missing=missing_struct(
            **{
                "class": pl.col("class"),
                "subject": pl.col("subject"),
                "student": pl.col("student"),
                "period": pl.col("period"),
            }
        ),
    )


def trm003_exemption_mark(ctx: RuleContext) -> pl.DataFrame:
    """The order's exemption mark, and no other, in term grades; never in ordinary grades."""
    mark = str(ctx.config.params.get("exempt_mark", "")).lower()
    others = [
        m.lower()
        for m in ctx.config.params.get("other_exempt_marks", EXEMPT_MARKS)
        if m.lower() != mark
    ]
    grade = pl.col("grade").str.strip_chars().str.to_lowercase()
    wrong = grade.is_in(others).fill_null(False)
    parts = [
        content_findings(
            ctx.table("term_grades"), wrong, "wrong_exempt_mark", value=pl.col("grade")
        )
    ]
    if ctx.has_table("grades") and mark:
        as_grade = ctx.table("grades").filter(grade == mark)
        parts.append(
            content_findings(as_grade, pl.lit(True), "exempt_mark_as_grade", value=pl.col("grade"))
        )
    return pl.concat(parts)


def trm004_interim_grades(ctx: RuleContext) -> pl.DataFrame:
    """Interim grades are due before the autumn and the spring break: for every (class, subject,
    student) graded in that semester before the break."""
    cal = ctx.calendar
    breaks = [b for b in cal.breaks if is_autumn_or_spring(b)]
    if not breaks:
        return findings_frame(pl.DataFrame())
    windows = pl.DataFrame(
        {
            "break": [b.name for b in breaks],
            "_break_start": [b.start for b in breaks],
        },
        schema={"break": pl.String, "_break_start": pl.Date},
    ).with_columns(
        cal.period_start(pl.col("_break_start")).alias("_window_start"),
        _interim_name(cal.period_name(pl.col("_break_start") - pl.duration(days=1))),
    )
    deadline = end_of_day(
        cal.workdays.last_working_day_on_or_before(pl.col("_break_start") - pl.duration(days=1))
    )
    windows = windows.with_columns(deadline.alias("deadline"))

    grades = ctx.table("grades").join_where(
        windows,
        pl.col("date") >= pl.col("_window_start"),
        pl.col("date") < pl.col("_break_start"),
    )
    keys = ["class", "subject", "student", "break"]
    grades = grades.filter(ctx.in_scope(pl.col("deadline").cast(pl.Date)))
    expected = grades.group_by(keys).agg(
        pl.col("_break_start").first(),
        pl.col("deadline").first(),
        pl.col("_interim").first(),
        _grading_teacher(),
    )

    interim = ctx.table("term_grades").filter(_is_interim())
    interim = interim.with_columns(
        cal.period_start(_reference_date(ctx)).alias("_window_start")
    ).join(windows.select("break", "_window_start", "deadline"), on="_window_start", how="left")
    late = late_entry_findings(
        ctx,
        interim.with_columns(pl.col("deadline").cast(pl.Date).alias("_deadline_day")),
        config=_fixed_deadline(ctx),
        event="_deadline_day",
    )
    missing = expected.join(
        interim.select(*keys).unique(), on=keys, how="anti", nulls_equal=True
    ).filter(~is_blank(pl.col("student")))
    return pl.concat(
        [
            late,
            missing_findings(
                ctx,
                missing,
                detail="interim_missing",
                event="_break_start",
                missing=missing_struct(
                    **{
                        "class": pl.col("class"),
                        "subject": pl.col("subject"),
                        "student": pl.col("student"),
                        "period": pl.col("_interim"),
                        "break": pl.col("break"),
                    }
                ),
            ),
        ]
    )


def _interim_name(period: pl.Expr) -> pl.Expr:
    """What a school calls the interim grade of a period: "1. semestris" has the
    "1. semestra starpvērtējums"; a period not named a semester, plain "starpvērtējums"."""
    semester = period.str.ends_with("semestris").fill_null(False)
    return (
        pl.when(semester)
        .then(period.str.replace(r"semestris$", "semestra " + INTERIM))
        .otherwise(pl.lit(INTERIM))
        .alias("_interim")
    )


def _fixed_deadline(ctx: RuleContext) -> RuleConfig:
    """Interim grades are due by the end of the day computed per break above: `same_day` of it."""
    return dataclasses.replace(
        ctx.config, by={}, default=DeadlineChoice(parse_deadline("same_day"), citation=None)
    )
