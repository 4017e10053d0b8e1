"""The school calendar: working days plus the profile's school years, periods, breaks and bells.

Every lookup here is a vectorised Polars expression, so that rules can use it inside lazy plans
over millions of rows. A profile's own tables are small (a few years, periods, breaks, ten
lessons), so they become chains of elementwise comparisons with literal values, which both
engines run fast; the long list of working days is searched with ``search_sorted`` instead (see
``workdays.py``). A date that no configured school year, period or break covers gives null: the
caller reports the row as not evaluable ("no school calendar for this date"), never a guess.

Conventions where RULES.md is silent:

- A school year runs from 1 September (or its first day, when that is earlier) to its ``end``,
  so the days before the first lesson still belong to it.
- A date belongs to a period from the period's first to its last day, the last day being the
  grade's own (grades 9 and 12 end the 2nd semester later). A date between two periods (the
  winter break) or after a grade's year has ended belongs to no period.
- The period name ``gads`` (also ``year``, ``mācību gads``) is the whole school year: the first
  period's start to the last period's end for the grade, unless the profile names a period so.
  Names match whatever their case and spacing ("1.semestris" is "1. semestris").
- ``before_break`` counts the autumn and spring breaks (a break whose name starts with
  "rudens"/"pavasar", or "autumn"/"spring"), and only those of the date's own school year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import polars as pl

from eklase_audit.calendar.workdays import DateLike, WorkingDays, as_date_expr
from eklase_audit.profiles.model import Break, CalendarConfig, Period, SchoolYear

WHOLE_YEAR = "gads"
_WHOLE_YEAR_NAMES = ("gads", "mācībugads", "year", "schoolyear")
_AUTUMN_OR_SPRING = ("rudens", "pavasar", "autumn", "spring")

DataTypeLike = pl.DataType | type[pl.DataType]

# "7.b", "12.a", "10.b1", "1.a klase" or a bare "9" / "9.": the grade is the leading number. A
# preschool group ("Zīlītes", "3. grupa", "5-6 gadi") has none: a space after the dot is not a
# class letter, so "3. grupa" is a group, not grade 3.
_GRADE_PATTERN = r"^\s*(\d{1,2})(?:\.\p{L}|\.?\s*$)"


def grade_level(class_name: pl.Expr | str) -> pl.Expr:
    """The grade (1..12) of a class name as Int8; null for anything else (preschool groups)."""
    expr = pl.col(class_name) if isinstance(class_name, str) else class_name
    number = expr.cast(pl.String).str.extract(_GRADE_PATTERN, 1).cast(pl.Int8, strict=False)
    return pl.when(number.is_between(1, 12)).then(number).cast(pl.Int8)


def normalise_period_name(name: str) -> str:
    """ "1. semestris", "1.semestris" and " 1. Semestris " are one name."""
    return "".join(name.lower().split())


def _normalise_name_expr(expr: pl.Expr) -> pl.Expr:
    return expr.cast(pl.String).str.to_lowercase().str.replace_all(r"\s+", "")


def is_autumn_or_spring(brk: Break) -> bool:
    """Whether a break is the autumn or the spring one (``before_break`` counts only those)."""
    return normalise_period_name(brk.name).startswith(_AUTUMN_OR_SPRING)


def year_span_start(year: SchoolYear, previous: SchoolYear | None = None) -> dt.date:
    """The first calendar day that belongs to ``year`` (see the module's conventions)."""
    start = year.start
    if year.start.month >= 9:
        start = min(start, dt.date(year.start.year, 9, 1))
    if previous is not None:  # never reach back into the previous year
        start = max(start, min(previous.end + dt.timedelta(days=1), year.start))
    return start


def _first_match(branches: Sequence[tuple[pl.Expr, pl.Expr]], dtype: DataTypeLike) -> pl.Expr:
    """The value of the first branch whose condition holds; null when none does."""
    if not branches:
        return pl.lit(None, dtype=dtype)
    (condition, value), *rest = branches
    chain = pl.when(condition).then(value)
    for condition, value in rest:
        chain = chain.when(condition).then(value)
    return chain.otherwise(pl.lit(None, dtype=dtype)).cast(dtype)


def _lit(value: Any, dtype: DataTypeLike) -> pl.Expr:
    return pl.lit(value, dtype=dtype)


@dataclass(frozen=True)
class PeriodRef:
    """A period chosen per row, as indices into :attr:`SchoolCalendar.periods` (Int32): the
    first and the last period it spans (the same one, or a year's first and last for ``gads``);
    null when there is no such period."""

    first: pl.Expr
    last: pl.Expr


@dataclass(frozen=True)
class _Span:
    """One choice of period per row: the condition, and the first and last period it spans
    (the same period, or a school year's first and last for ``gads``)."""

    condition: pl.Expr
    first: Period
    last: Period


@dataclass(frozen=True, eq=False)
class SchoolCalendar:
    """Working days and the school's own calendar, for one profile and one range of years."""

    config: CalendarConfig
    workdays: WorkingDays

    @classmethod
    def for_dates(
        cls, config: CalendarConfig, first: dt.date | None = None, last: dt.date | None = None
    ) -> SchoolCalendar:
        """A calendar covering the data's dates ``first..last`` and the profile's years."""
        return cls(config, WorkingDays.for_dates(config, first, last))

    # -- the profile's tables ------------------------------------------------------------------

    @cached_property
    def years(self) -> tuple[SchoolYear, ...]:
        """The school years in order, each with its periods in order."""
        ordered = sorted(self.config.years, key=lambda y: y.start)
        return tuple(
            SchoolYear(
                y.name, y.start, y.end, tuple(sorted(y.periods, key=lambda p: p.start)), y.breaks
            )
            for y in ordered
        )

    @cached_property
    def year_spans(self) -> tuple[tuple[dt.date, dt.date], ...]:
        """(first day, last day) of each school year, as the calendar assigns dates to years."""
        return tuple(
            (year_span_start(y, self.years[i - 1] if i else None), y.end)
            for i, y in enumerate(self.years)
        )

    @cached_property
    def periods(self) -> tuple[Period, ...]:
        """Every period of every school year, in order of start."""
        return tuple(p for year in self.years for p in year.periods)

    @cached_property
    def breaks(self) -> tuple[Break, ...]:
        """Every configured break, in order of start."""
        return tuple(sorted((b for y in self.years for b in y.breaks), key=lambda b: b.start))

    def year_named(self, name: str) -> SchoolYear | None:
        wanted = normalise_period_name(name)
        return next((y for y in self.years if normalise_period_name(y.name) == wanted), None)

    def year_containing(self, day: dt.date) -> SchoolYear | None:
        for year, (first, last) in zip(self.years, self.year_spans, strict=True):
            if first <= day <= last:
                return year
        return None

    def year_at(self, day: dt.date) -> SchoolYear | None:
        """The school year containing the day, else the last one begun by then (the summer
        after the last configured year); None before the first."""
        containing = self.year_containing(day)
        if containing is not None:
            return containing
        begun = [y for y in self.years if y.start <= day]
        return begun[-1] if begun else None

    def period_names(self) -> tuple[str, ...]:
        """The period names a user may type, in order of first appearance, then ``gads``."""
        seen: dict[str, None] = {}
        for year in self.years:
            for period in year.periods:
                seen.setdefault(period.name, None)
        seen.setdefault(WHOLE_YEAR, None)
        return tuple(seen)

    # -- vectorised: school years --------------------------------------------------------------

    def _in_year(self, d: pl.Expr, index: int) -> pl.Expr:
        first, last = self.year_spans[index]
        return d.is_between(_lit(first, pl.Date), _lit(last, pl.Date))

    def school_year_index(self, day: DateLike) -> pl.Expr:
        """Index into :attr:`years` of the school year containing the date (Int32), or null."""
        d = as_date_expr(day)
        branches = [(self._in_year(d, i), _lit(i, pl.Int32)) for i in range(len(self.years))]
        return _first_match(branches, pl.Int32)

    def school_year(self, day: DateLike) -> pl.Expr:
        """Name of the school year containing the date ("2025/2026"); null outside them."""
        d = as_date_expr(day)
        branches = [
            (self._in_year(d, i), _lit(y.name, pl.String)) for i, y in enumerate(self.years)
        ]
        return _first_match(branches, pl.String)

    # -- vectorised: periods -------------------------------------------------------------------

    @staticmethod
    def _end_for(period: Period, grade: pl.Expr | None) -> pl.Expr:
        """The period's last day for the row's grade (grades 9 and 12 may end later)."""
        base = _lit(period.end, pl.Date)
        if grade is None or not period.end_by_grade:
            return base
        g = grade.cast(pl.Int64, strict=False)
        branches = [(g == n, _lit(end, pl.Date)) for n, end in sorted(period.end_by_grade.items())]
        (condition, value), *rest = branches
        chain = pl.when(condition).then(value)
        for condition, value in rest:
            chain = chain.when(condition).then(value)
        return chain.otherwise(base)

    def _spans(self, d: pl.Expr, grade: pl.Expr | None, name: pl.Expr | str | None) -> list[_Span]:
        if name is None:
            return [
                _Span(d.is_between(_lit(p.start, pl.Date), self._end_for(p, grade)), p, p)
                for year in self.years
                for p in year.periods
            ]
        constant = isinstance(name, str)
        wanted = normalise_period_name(name) if isinstance(name, str) else None
        normalised = None if isinstance(name, str) else _normalise_name_expr(name)
        configured = {normalise_period_name(p.name) for y in self.years for p in y.periods}
        spans: list[_Span] = []
        for i, year in enumerate(self.years):
            in_year = self._in_year(d, i)
            for p in year.periods:
                key = normalise_period_name(p.name)
                if constant and key == wanted:
                    spans.append(_Span(in_year, p, p))
                elif normalised is not None:
                    spans.append(_Span(in_year & (normalised == key), p, p))
            whole = [n for n in _WHOLE_YEAR_NAMES if n not in configured]
            if not year.periods or not whole:
                continue
            if constant and wanted in whole:
                spans.append(_Span(in_year, year.periods[0], year.periods[-1]))
            elif normalised is not None:
                condition = in_year & normalised.is_in(whole)
                spans.append(_Span(condition, year.periods[0], year.periods[-1]))
        return spans

    def period_ref(
        self, day: DateLike, grade: pl.Expr | None = None, name: pl.Expr | str | None = None
    ) -> PeriodRef:
        """The period named ``name`` in the school year of the date, or without a name the
        period containing the date, as indices into :attr:`periods`."""
        spans = self._spans(as_date_expr(day), grade, name)
        index = {id(p): i for i, p in enumerate(self.periods)}
        first = [(s.condition, _lit(index[id(s.first)], pl.Int32)) for s in spans]
        last = [(s.condition, _lit(index[id(s.last)], pl.Int32)) for s in spans]
        return PeriodRef(_first_match(first, pl.Int32), _first_match(last, pl.Int32))

    def period_start(
        self, day: DateLike, grade: pl.Expr | None = None, name: pl.Expr | str | None = None
    ) -> pl.Expr:
        """First day (Date) of the period named ``name`` in the school year of the date, or
        without a name of the period containing the date; null when there is none."""
        spans = self._spans(as_date_expr(day), grade, name)
        return _first_match([(s.condition, _lit(s.first.start, pl.Date)) for s in spans], pl.Date)

    def period_end(
        self, day: DateLike, grade: pl.Expr | None = None, name: pl.Expr | str | None = None
    ) -> pl.Expr:
        """Last day (Date) of that period for the row's grade; null when there is none."""
        spans = self._spans(as_date_expr(day), grade, name)
        return _first_match([(s.condition, self._end_for(s.last, grade)) for s in spans], pl.Date)

    def period_start_on_or_after(self, day: DateLike) -> pl.Expr:
        """First day (Date) of the period containing the date, else of the next one to begin;
        null after the last. Periods do not overlap, so that is the first not ended by then."""
        d = as_date_expr(day)
        ordered = sorted(self.periods, key=lambda p: p.start)
        branches = [(d <= _lit(p.end, pl.Date), _lit(p.start, pl.Date)) for p in ordered]
        return _first_match(branches, pl.Date)

    def period_name(self, day: DateLike, grade: pl.Expr | None = None) -> pl.Expr:
        """Name of the period containing the date ("1. semestris"); null between periods."""
        spans = self._spans(as_date_expr(day), grade, None)
        return _first_match(
            [(s.condition, _lit(s.first.name, pl.String)) for s in spans], pl.String
        )

    def period_begun(self, day: DateLike) -> pl.Expr:
        """Name of the last period begun on or before the date in its school year (what
        ``--period`` means by "that semester of the school year containing --as-of")."""
        d = as_date_expr(day)
        branches = [
            (self._in_year(d, i) & (d >= _lit(p.start, pl.Date)), _lit(p.name, pl.String))
            for i, year in enumerate(self.years)
            for p in reversed(year.periods)
        ]
        return _first_match(branches, pl.String)

    # -- vectorised: breaks --------------------------------------------------------------------

    def break_name(self, day: DateLike) -> pl.Expr:
        """Name of the break containing the date; null outside breaks."""
        d = as_date_expr(day)
        branches = [
            (d.is_between(_lit(b.start, pl.Date), _lit(b.end, pl.Date)), _lit(b.name, pl.String))
            for b in self.breaks
        ]
        return _first_match(branches, pl.String)

    def next_autumn_or_spring_break_start(self, day: DateLike) -> pl.Expr:
        """Start of the autumn or spring break of the date's school year that contains the date
        or comes next after it; null when that year has none left."""
        d = as_date_expr(day)
        branches = []
        for i, year in enumerate(self.years):
            for b in sorted(year.breaks, key=lambda b: b.start):
                if is_autumn_or_spring(b):
                    condition = self._in_year(d, i) & (d <= _lit(b.end, pl.Date))
                    branches.append((condition, _lit(b.start, pl.Date)))
        return _first_match(branches, pl.Date)

    # -- vectorised: bell schedule -------------------------------------------------------------

    def _bell(self, lesson_no: pl.Expr, which: int) -> pl.Expr:
        n = lesson_no.cast(pl.Int64, strict=False)
        lessons = sorted(self.config.bell.lessons.items())
        branches = [(n == number, _lit(times[which], pl.Time)) for number, times in lessons]
        return _first_match(branches, pl.Time)

    def lesson_start(self, lesson_no: pl.Expr) -> pl.Expr:
        """Start time of the lesson number in the bell schedule; null when not in it."""
        return self._bell(lesson_no, 0)

    def lesson_end(self, lesson_no: pl.Expr) -> pl.Expr:
        """End time of the lesson number in the bell schedule; null when not in it."""
        return self._bell(lesson_no, 1)

    # -- vectorised: fixed dates ---------------------------------------------------------------

    def date_in_year(self, day: DateLike, month: int, day_of_month: int) -> pl.Expr:
        """The date MM-DD within the school year of ``day`` (09-01 of 2025/2026 is 01.09.2025;
        a January date falls in the year's second calendar year); null outside the years."""
        d = as_date_expr(day)
        branches = []
        for i, ((first, last), _year) in enumerate(zip(self.year_spans, self.years, strict=True)):
            for calendar_year in (first.year, first.year + 1):
                candidate = _valid_date(calendar_year, month, day_of_month)
                if first <= candidate <= last:
                    branches.append((self._in_year(d, i), _lit(candidate, pl.Date)))
                    break
        return _first_match(branches, pl.Date)


def _valid_date(year: int, month: int, day: int) -> dt.date:
    """The date, or the month's last day for 29 February in a common year."""
    while True:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1
