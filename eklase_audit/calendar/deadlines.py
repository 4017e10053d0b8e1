"""Every deadline form of RULES.md "Deadlines, precisely", as vectorised Polars expressions.

A deadline is a naive local ``Datetime("us")``; an entry at the deadline is on time ("līdz" and
"ne vēlāk kā" are inclusive), and "end of day" is 23:59:59. Where a deadline cannot be computed
for a row, ``reason`` holds the message key saying why (the row is then not evaluable), and
``deadline`` is null: a rule never passes such a row silently.

Choices where RULES.md is silent:

- ``working_days 0`` is day D itself; ``period_start_working_days 0`` is read as 1.
- ``month_day N`` past the end of the next month (31 for February) is that month's last day; it
  does not move off a weekend (only ``days N`` rolls forward, as RULES.md says).
- ``before_break`` counts only a break of the same school year as D: after the spring break no
  later autumn break is "the next break" for that year's records.
- ``next_lesson`` orders lessons by date and lesson number, so a lesson number missing from the
  bell schedule still orders correctly; only the next lesson's start time needs the schedule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from eklase_audit.calendar.deadline_spec import END_OF_DAY, DeadlineKind, DeadlineSpec
from eklase_audit.calendar.school_year import SchoolCalendar
from eklase_audit.calendar.workdays import WorkingDays, as_date_expr

REASON_NO_DATE = "reason.no_date"
REASON_NO_LESSON_NO = "reason.no_lesson_no"
REASON_LESSON_NOT_IN_BELL = "reason.lesson_not_in_bell_schedule"
REASON_NO_SCHOOL_CALENDAR = "reason.no_school_calendar"
REASON_NO_PERIOD = "reason.no_period"
REASON_NO_BREAK = "reason.no_break"
REASON_OUTSIDE_CALENDAR = "reason.outside_calendar"
REASON_NO_LESSONS_TABLE = "reason.no_lessons_table"

REASONS: tuple[str, ...] = (
    REASON_NO_DATE,
    REASON_NO_LESSON_NO,
    REASON_LESSON_NOT_IN_BELL,
    REASON_NO_SCHOOL_CALENDAR,
    REASON_NO_PERIOD,
    REASON_NO_BREAK,
    REASON_OUTSIDE_CALENDAR,
    REASON_NO_LESSONS_TABLE,
)

DEADLINE_DTYPE = pl.Datetime("us")
_NO_LESSON = 127  # orders a record or lesson without a number after every lesson of its day
_LESSON_SLOTS = 128


@dataclass(frozen=True)
class DeadlineExprs:
    """The deadline per row (null when not computable) and the reason key when it is not;
    named ``deadline`` and ``reason``."""

    deadline: pl.Expr  # Datetime("us"), naive local time
    reason: pl.Expr  # String message key, null when the deadline was computed


def end_of_day(day: pl.Expr) -> pl.Expr:
    """23:59:59 of the date."""
    return at_time(day, END_OF_DAY)


def at_time(day: pl.Expr, time: dt.time | pl.Expr) -> pl.Expr:
    """The date at a time of day, as a naive ``Datetime("us")``."""
    return day.dt.combine(time, time_unit="us").cast(DEADLINE_DTYPE)


def _finish(value: pl.Expr, checks: Sequence[tuple[pl.Expr, str]]) -> DeadlineExprs:
    """The first failing check names the reason; a value still null after every check means a
    date outside the calendar's years."""
    everything = [*checks, (value.is_null(), REASON_OUTSIDE_CALENDAR)]
    condition, key = everything[0]
    chain = pl.when(condition).then(pl.lit(key, dtype=pl.String))
    for condition, key in everything[1:]:
        chain = chain.when(condition).then(pl.lit(key, dtype=pl.String))
    reason = chain.otherwise(pl.lit(None, dtype=pl.String))
    # Every check above holds only where ``value`` is already null, so the deadline needs no
    # mask (and the plan does not repeat ``value`` once more).
    return DeadlineExprs(value.cast(DEADLINE_DTYPE).alias("deadline"), reason.alias("reason"))


def _unavailable(key: str, day: pl.Expr) -> DeadlineExprs:
    reason = pl.when(day.is_null()).then(pl.lit(REASON_NO_DATE)).otherwise(pl.lit(key))
    deadline = pl.lit(None, dtype=DEADLINE_DTYPE)
    return DeadlineExprs(deadline.alias("deadline"), reason.alias("reason"))


def deadline_exprs(
    spec: DeadlineSpec,
    cal: SchoolCalendar,
    *,
    date: pl.Expr,
    lesson_no: pl.Expr | None = None,
    grade_level: pl.Expr | None = None,
    period: pl.Expr | str | None = None,
) -> DeadlineExprs:
    """The deadline of ``spec`` for an event on ``date``, per row.

    ``lesson_no`` is needed by ``lesson_end``; ``grade_level`` (Int, e.g. from
    :func:`~eklase_audit.calendar.school_year.grade_level`) picks grade-specific period ends;
    ``period`` names the period ("1. semestris", "gads") in the school year of ``date`` for the
    period forms, which otherwise use the period containing ``date``. ``next_lesson`` needs the
    lessons table: see :func:`next_lesson_deadline`; here it is not evaluable.

    Each input appears several times in the plan, and the streaming engine does not share the
    repeats: pass columns (``pl.col("grade")``, computed once with ``with_columns``) rather than
    costly expressions such as ``grade_level(...)``'s regular expression.
    """
    day = as_date_expr(date)
    wd = cal.workdays
    n = spec.n if spec.n is not None else 0
    checks: list[tuple[pl.Expr, str]] = [(day.is_null(), REASON_NO_DATE)]
    kind = spec.kind
    if kind is DeadlineKind.lesson_end:
        if lesson_no is None:
            return _unavailable(REASON_NO_LESSON_NO, day)
        number = lesson_no.cast(pl.Int64, strict=False)
        end = cal.lesson_end(number)
        checks += [
            (number.is_null(), REASON_NO_LESSON_NO),
            (end.is_null(), REASON_LESSON_NOT_IN_BELL),
        ]
        value = at_time(day, end)
    elif kind is DeadlineKind.same_day:
        value = at_time(day, spec.time or END_OF_DAY)
    elif kind is DeadlineKind.working_days:
        value = end_of_day(wd.nth_working_day_after(day, n))
    elif kind is DeadlineKind.days:
        target = day.dt.offset_by(f"{n}d")
        if spec.roll_forward:
            target = wd.first_working_day_on_or_after(target)
        value = end_of_day(target)
    elif kind is DeadlineKind.month_day:
        first = day.dt.month_start().dt.offset_by("1mo")
        target = first.dt.offset_by(f"{max(n, 1) - 1}d")
        value = end_of_day(pl.min_horizontal(target, first.dt.month_end()))
    elif kind is DeadlineKind.last_day_of_month:
        value = end_of_day(day.dt.month_end())
    elif kind is DeadlineKind.last_working_day_of_month:
        value = end_of_day(wd.last_working_day_on_or_before(day.dt.month_end()))
    elif kind is DeadlineKind.last_working_day_of_previous_month:
        previous = day.dt.month_start().dt.offset_by("-1d")
        value = end_of_day(wd.last_working_day_on_or_before(previous))
    elif kind is DeadlineKind.previous_friday:
        friday = day.dt.truncate("1w").dt.offset_by("-3d")  # truncate("1w") is the Monday
        value = at_time(friday, spec.time or END_OF_DAY)
    elif kind in (DeadlineKind.before_period_end, DeadlineKind.period_end):
        last = cal.period_end(day, grade_level, period)
        checks += _period_checks(cal, day, last)
        if kind is DeadlineKind.before_period_end:
            last = last.dt.offset_by(f"-{n}d")
        value = end_of_day(last)
    elif kind is DeadlineKind.period_start_working_days:
        first = cal.period_start(day, grade_level, period)
        checks += _period_checks(cal, day, first)
        value = end_of_day(wd.nth_working_day_after(first.dt.offset_by("-1d"), max(n, 1)))
    elif kind is DeadlineKind.period_start_by:
        target = cal.date_in_year(day, spec.month or 9, spec.day or 1)
        checks.append((cal.school_year_index(day).is_null(), REASON_NO_SCHOOL_CALENDAR))
        value = end_of_day(target)
    elif kind is DeadlineKind.before_break:
        start = cal.next_autumn_or_spring_break_start(day)
        checks += [
            (cal.school_year_index(day).is_null(), REASON_NO_SCHOOL_CALENDAR),
            (start.is_null(), REASON_NO_BREAK),
        ]
        value = end_of_day(wd.last_working_day_on_or_before(start.dt.offset_by("-1d")))
    elif kind is DeadlineKind.next_lesson:
        return _unavailable(REASON_NO_LESSONS_TABLE, day)
    else:  # pragma: no cover - DeadlineKind is closed
        raise ValueError(f"unknown deadline kind {kind}")
    return _finish(value, checks)


def _period_checks(cal: SchoolCalendar, day: pl.Expr, bound: pl.Expr) -> list[tuple[pl.Expr, str]]:
    return [
        (cal.school_year_index(day).is_null(), REASON_NO_SCHOOL_CALENDAR),
        (bound.is_null(), REASON_NO_PERIOD),
    ]


# -- next_lesson ---------------------------------------------------------------------------------


def _lesson_order(day: pl.Expr, number: pl.Expr | None) -> pl.Expr:
    """An Int64 that orders (date, lesson number); no number sorts after every lesson that day."""
    slot = pl.lit(_NO_LESSON, dtype=pl.Int64)
    if number is not None:
        n = number.cast(pl.Int64, strict=False)
        slot = pl.when(n.is_between(0, _NO_LESSON - 1)).then(n).otherwise(slot)
    return day.cast(pl.Int32).cast(pl.Int64) * _LESSON_SLOTS + slot


def next_lesson_deadline(
    records: pl.LazyFrame | pl.DataFrame,
    lessons: pl.DataFrame | pl.LazyFrame,
    cal: SchoolCalendar,
    *,
    keys: Sequence[str],
    date: str = "date",
    lesson_no: str = "lesson_no",
    grade_level: pl.Expr | None = None,
) -> pl.DataFrame:
    """``records`` with ``deadline`` and ``reason`` columns for ``next_lesson``.

    The deadline is the start of the first lesson of the same ``keys`` (class, subject, group)
    strictly after the lesson in which the work was done (a later lesson the same day counts; a
    record without a lesson number counts as done at the end of its day); a next lesson without
    a number starts at the end of its day. With no next lesson in the record's period, the
    deadline is that period's end (``grade_level`` picks grade-specific ends). Pass only the
    lessons that took place. Rows keep their order.
    """
    left = records.lazy().with_row_index("__row")
    right = lessons.lazy()
    left_names = left.collect_schema().names()
    right_names = right.collect_schema().names()
    by = [f"__by{i}" for i in range(len(keys))]

    def by_columns(names: Sequence[str]) -> list[pl.Expr]:
        # Null keys (a lesson with no group) must match each other: fill them with a marker.
        return [
            (pl.col(k).cast(pl.String) if k in names else pl.lit(None, pl.String))
            .fill_null("\x00")
            .alias(b)
            for k, b in zip(keys, by, strict=True)
        ]

    record_no = pl.col(lesson_no) if lesson_no in left_names else None
    left = left.with_columns(
        *by_columns(left_names),
        __day=as_date_expr(date),
    ).with_columns(__order=_lesson_order(pl.col("__day"), record_no))
    lesson_number = pl.col(lesson_no) if lesson_no in right_names else None
    right = (
        right.select(
            *by_columns(right_names),
            __next_day=as_date_expr(date),
            __next_no=(
                lesson_number.cast(pl.Int64, strict=False)
                if lesson_number is not None
                else pl.lit(None, pl.Int64)
            ),
        )
        .filter(pl.col("__next_day").is_not_null())
        .with_columns(__next_order=_lesson_order(pl.col("__next_day"), pl.col("__next_no")))
        .unique(subset=[*by, "__next_order"])
        .sort("__next_order")
    )
    with_order = left.filter(pl.col("__order").is_not_null()).sort("__order")
    joined = with_order.join_asof(
        right,
        left_on="__order",
        right_on="__next_order",
        by=by,
        strategy="forward",
        allow_exact_matches=False,
        check_sortedness=False,  # sorted just above; the check cannot see inside `by` groups
    )
    no_order = left.filter(pl.col("__order").is_null()).with_columns(
        __next_day=pl.lit(None, pl.Date),
        __next_no=pl.lit(None, pl.Int64),
        __next_order=pl.lit(None, pl.Int64),
    )
    combined = pl.concat([joined, no_order], how="diagonal_relaxed")

    day = pl.col("__day")
    period_last = cal.period_end(day, grade_level)
    next_day = pl.col("__next_day")
    next_no = pl.col("__next_no")
    start_time = cal.lesson_start(next_no)
    next_start = (
        pl.when(next_no.is_null())
        .then(end_of_day(next_day))
        .otherwise(at_time(next_day, start_time))
    )
    in_period = next_day.is_not_null() & (next_day <= period_last)
    value = pl.when(in_period).then(next_start).otherwise(end_of_day(period_last))
    checks = [
        (day.is_null(), REASON_NO_DATE),
        (cal.school_year_index(day).is_null(), REASON_NO_SCHOOL_CALENDAR),
        (period_last.is_null(), REASON_NO_PERIOD),
        (in_period & next_no.is_not_null() & start_time.is_null(), REASON_LESSON_NOT_IN_BELL),
    ]
    result = _finish(value, checks)
    temporary = ["__row", "__day", "__order", "__next_day", "__next_no", "__next_order", *by]
    return (
        combined.with_columns(deadline=result.deadline, reason=result.reason)
        .sort("__row")
        .drop(temporary, strict=False)
        .collect(engine="in-memory")
    )


# -- late by -------------------------------------------------------------------------------------


def late_by_exprs(
    deadline: pl.Expr, done: pl.Expr, cal: SchoolCalendar | WorkingDays, digits: int | None = 1
) -> tuple[pl.Expr, pl.Expr]:
    """(working days in (deadline day, done day] as Int32, (done - deadline) in hours as
    Float64), as SPEC "Times" defines ``late_by``: hours to one decimal, or unrounded with
    ``digits=None`` (so that a report can still tell a minute late from on time)."""
    wd = cal.workdays if isinstance(cal, SchoolCalendar) else cal
    working_days = wd.count_working_days(deadline.dt.date(), done.dt.date())
    micros = (done.cast(DEADLINE_DTYPE) - deadline.cast(DEADLINE_DTYPE)).dt.total_microseconds()
    hours = micros.cast(pl.Float64) / 3_600_000_000
    if digits is not None:
        hours = hours.round(digits, mode="half_away_from_zero")
    return working_days.cast(pl.Int32), hours.cast(pl.Float64)
