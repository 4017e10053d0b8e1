"""The Latvian calendar, hand-listed, and simple day-by-day counting.

The sample generator decides every planted entry time from these facts alone, so that its ground
truth does not depend on the auditor's own calendar (``eklase_audit.calendar``) or on the
``holidays`` package: where the two disagree, a test fails and someone looks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

D = dt.date
END_OF_DAY = dt.time(23, 59, 59)

# Public holidays (svētku dienas) that fall on a weekday, 2024-2027, with the weekend-moved ones
# (4 May and 18 November on a Saturday or Sunday move to the next Monday).
PUBLIC_HOLIDAYS: dict[dt.date, str] = {
    # 2024
    D(2024, 1, 1): "Jaungada diena",
    D(2024, 3, 29): "Lielā Piektdiena",
    D(2024, 4, 1): "Otrās Lieldienas",
    D(2024, 5, 1): "Darba svētki",
    D(2024, 5, 6): "Neatkarības atjaunošanas diena (pārcelta no 4. maija)",
    D(2024, 6, 24): "Jāņi",
    D(2024, 11, 18): "Latvijas Republikas proklamēšanas diena",
    D(2024, 12, 24): "Ziemassvētku vakars",
    D(2024, 12, 25): "Pirmie Ziemassvētki",
    D(2024, 12, 26): "Otrie Ziemassvētki",
    D(2024, 12, 31): "Vecgada diena",
    # 2025
    D(2025, 1, 1): "Jaungada diena",
    D(2025, 4, 18): "Lielā Piektdiena",
    D(2025, 4, 21): "Otrās Lieldienas",
    D(2025, 5, 1): "Darba svētki",
    D(2025, 5, 5): "Neatkarības atjaunošanas diena (pārcelta no 4. maija)",
    D(2025, 6, 23): "Līgo diena",
    D(2025, 6, 24): "Jāņi",
    D(2025, 11, 18): "Latvijas Republikas proklamēšanas diena",
    D(2025, 12, 24): "Ziemassvētku vakars",
    D(2025, 12, 25): "Pirmie Ziemassvētki",
    D(2025, 12, 26): "Otrie Ziemassvētki",
    D(2025, 12, 31): "Vecgada diena",
    # 2026
    D(2026, 1, 1): "Jaungada diena",
    D(2026, 4, 3): "Lielā Piektdiena",
    D(2026, 4, 6): "Otrās Lieldienas",
    D(2026, 5, 1): "Darba svētki",
    D(2026, 5, 4): "Neatkarības atjaunošanas diena",
    D(2026, 6, 23): "Līgo diena",
    D(2026, 6, 24): "Jāņi",
    D(2026, 11, 18): "Latvijas Republikas proklamēšanas diena",
    D(2026, 12, 24): "Ziemassvētku vakars",
    D(2026, 12, 25): "Pirmie Ziemassvētki",
    D(2026, 12, 31): "Vecgada diena",
    # 2027
    D(2027, 1, 1): "Jaungada diena",
    D(2027, 3, 26): "Lielā Piektdiena",
    D(2027, 3, 29): "Otrās Lieldienas",
    D(2027, 5, 4): "Neatkarības atjaunošanas diena",
    D(2027, 6, 23): "Līgo diena",
    D(2027, 6, 24): "Jāņi",
    D(2027, 11, 18): "Latvijas Republikas proklamēšanas diena",
    D(2027, 12, 24): "Ziemassvētku vakars",
    D(2027, 12, 31): "Vecgada diena",
}

# Cabinet transfers: a Saturday worked so that a weekday between holidays can be a day off.
TRANSFERS: tuple[tuple[dt.date, dt.date], ...] = (
    # (working Saturday, the day off it pays for)
    (D(2024, 12, 14), D(2024, 12, 23)),
    (D(2024, 12, 28), D(2024, 12, 30)),
    (D(2025, 5, 10), D(2025, 5, 2)),
    (D(2025, 11, 8), D(2025, 11, 17)),
    (D(2026, 1, 17), D(2026, 1, 2)),
    (D(2026, 6, 27), D(2026, 6, 22)),
)
TRANSFERRED_WORKING_SATURDAYS: frozenset[dt.date] = frozenset(s for s, _ in TRANSFERS)
TRANSFER_DAYS_OFF: frozenset[dt.date] = frozenset(off for _, off in TRANSFERS)


def is_day_off(day: dt.date) -> bool:
    """A weekday that is a public holiday or a transfer's day off."""
    return day in PUBLIC_HOLIDAYS or day in TRANSFER_DAYS_OFF


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday that is not a holiday or day off, or a transferred working Saturday."""
    if day in TRANSFERRED_WORKING_SATURDAYS:
        return True
    return day.weekday() < 5 and not is_day_off(day)


def next_working_day(day: dt.date) -> dt.date:
    """The first working day strictly after ``day``."""
    day += dt.timedelta(days=1)
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def previous_working_day(day: dt.date) -> dt.date:
    """The last working day strictly before ``day``."""
    day -= dt.timedelta(days=1)
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


def nth_working_day_after(day: dt.date, n: int) -> dt.date:
    """The n-th working day after ``day``, ``day`` itself not counted (n >= 1)."""
    for _ in range(n):
        day = next_working_day(day)
    return day


def end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, END_OF_DAY)


def at(day: dt.date, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, second)


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(first: dt.date, months: int) -> dt.date:
    index = first.year * 12 + first.month - 1 + months
    return D(index // 12, index % 12 + 1, 1)


def month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    """The first day of every month from the month of ``start`` to the month of ``end``."""
    months = []
    month = month_start(start)
    while month <= end:
        months.append(month)
        month = add_months(month, 1)
    return months


def last_day_of_month(first: dt.date) -> dt.date:
    return add_months(first, 1) - dt.timedelta(days=1)


def last_working_day_of_month(first: dt.date) -> dt.date:
    day = last_day_of_month(first)
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


def week_monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def days_between(start: dt.date, end: dt.date) -> list[dt.date]:
    """Every calendar day from start to end, both included."""
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


# --- school years (Cabinet regulations, RULES.md "Calendar facts") ----------------------------


@dataclass(frozen=True)
class Span:
    start: dt.date
    end: dt.date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end


@dataclass(frozen=True)
class SchoolYearFacts:
    """One school year as the generator knows it."""

    name: str  # "2025/2026"
    semester1: Span
    semester2: Span
    end_grade9: dt.date
    end_grade12: dt.date
    autumn_break: Span
    winter_break: Span
    spring_break: Span

    @property
    def start_year(self) -> int:
        return self.semester1.start.year

    @property
    def end_year(self) -> int:
        return self.start_year + 1

    @property
    def preschool_periods(self) -> tuple[Span, Span]:
        """The preschool's own periods: 01.09-31.05 and 01.06-31.08 (Mazulītis 3.1)."""
        y = self.start_year
        return (Span(D(y, 9, 1), D(y + 1, 5, 31)), Span(D(y + 1, 6, 1), D(y + 1, 8, 31)))

    def year_end(self, grade: int) -> dt.date:
        """The last day of the second semester for a class of this grade."""
        if grade == 9:
            return self.end_grade9
        if grade == 12:
            return self.end_grade12
        return self.semester2.end

    def breaks(self) -> tuple[tuple[str, Span], ...]:
        return (
            ("rudens", self.autumn_break),
            ("ziemas", self.winter_break),
            ("pavasara", self.spring_break),
        )

    def in_break(self, day: dt.date) -> bool:
        return any(day in span for _, span in self.breaks())

    def is_school_day(self, day: dt.date, grade: int) -> bool:
        """A working day inside a semester (the class's own year end), outside the breaks."""
        inside = day in self.semester1 or self.semester2.start <= day <= self.year_end(grade)
        return inside and is_working_day(day) and not self.in_break(day)


SCHOOL_YEARS: dict[str, SchoolYearFacts] = {
    "2024/2025": SchoolYearFacts(
        "2024/2025",
        Span(D(2024, 9, 2), D(2024, 12, 20)),
        Span(D(2025, 1, 6), D(2025, 5, 30)),
        D(2025, 6, 13),
        D(2025, 6, 20),
        Span(D(2024, 10, 21), D(2024, 10, 25)),
        Span(D(2024, 12, 23), D(2025, 1, 3)),
        Span(D(2025, 3, 10), D(2025, 3, 14)),
    ),
    "2025/2026": SchoolYearFacts(
        "2025/2026",
        Span(D(2025, 9, 1), D(2025, 12, 19)),
        Span(D(2026, 1, 5), D(2026, 5, 29)),
        D(2026, 6, 12),
        D(2026, 6, 19),
        Span(D(2025, 10, 20), D(2025, 10, 24)),
        Span(D(2025, 12, 22), D(2026, 1, 2)),
        Span(D(2026, 3, 9), D(2026, 3, 13)),
    ),
    "2026/2027": SchoolYearFacts(
        "2026/2027",
        Span(D(2026, 9, 1), D(2026, 12, 18)),
        Span(D(2027, 1, 4), D(2027, 5, 31)),
        D(2027, 6, 11),
        D(2027, 6, 18),
        Span(D(2026, 10, 19), D(2026, 10, 23)),
        Span(D(2026, 12, 21), D(2027, 1, 1)),
        Span(D(2027, 3, 8), D(2027, 3, 12)),
    ),
}


@cache
def school_days(year: str, grade: int) -> tuple[dt.date, ...]:
    """The days a class of this grade has school in the year, in order."""
    facts = SCHOOL_YEARS[year]
    days = days_between(facts.semester1.start, facts.year_end(grade))
    return tuple(d for d in days if facts.is_school_day(d, grade))


@cache
def school_weekdays(year: str, grade: int = 1) -> tuple[dt.date, ...]:
    """A class's school days that fall Monday to Friday: the generator lays no lessons on a
    transferred working Saturday."""
    return tuple(d for d in school_days(year, grade) if d.weekday() < 5)


@cache
def working_days_between(start: dt.date, end: dt.date) -> tuple[dt.date, ...]:
    return tuple(d for d in days_between(start, end) if is_working_day(d))


# --- deadlines, computed one event at a time (RULES.md "Deadlines, precisely") ---------------


def deadline_same_day(day: dt.date, time: dt.time = END_OF_DAY) -> dt.datetime:
    return dt.datetime.combine(day, time)


def deadline_working_days(day: dt.date, n: int) -> dt.datetime:
    return end_of(nth_working_day_after(day, n))


def deadline_days(day: dt.date, n: int) -> dt.datetime:
    due = day + dt.timedelta(days=n)
    if not is_working_day(due):
        due = next_working_day(due)
    return end_of(due)


def deadline_month_day(month: dt.date, n: int) -> dt.datetime:
    return end_of(add_months(month_start(month), 1).replace(day=n))


def deadline_last_day_of_month(month: dt.date) -> dt.datetime:
    return end_of(last_day_of_month(month_start(month)))


def deadline_last_working_day_of_month(month: dt.date) -> dt.datetime:
    return end_of(last_working_day_of_month(month_start(month)))


def deadline_last_working_day_of_previous_month(month: dt.date) -> dt.datetime:
    return end_of(last_working_day_of_month(add_months(month_start(month), -1)))


def deadline_previous_friday(day: dt.date, time: dt.time) -> dt.datetime:
    """For the week of ``day``: the Friday before its Monday, even when that Friday is a holiday."""
    return dt.datetime.combine(week_monday(day) - dt.timedelta(days=3), time)


def deadline_before_period_end(period_end: dt.date, n: int) -> dt.datetime:
    return end_of(period_end - dt.timedelta(days=n))


def deadline_before_break(break_start: dt.date) -> dt.datetime:
    return end_of(previous_working_day(break_start))


def deadline_period_start_working_days(period_start: dt.date, n: int) -> dt.datetime:
    """End of the n-th working day of the period, its first day counted."""
    day = period_start if is_working_day(period_start) else next_working_day(period_start)
    for _ in range(n - 1):
        day = next_working_day(day)
    return end_of(day)


# The common Latvian bell schedule (SPEC "Configuration"): lesson -> (start, end).
BELL: dict[int, tuple[dt.time, dt.time]] = {
    1: (dt.time(8, 30), dt.time(9, 10)),
    2: (dt.time(9, 20), dt.time(10, 0)),
    3: (dt.time(10, 10), dt.time(10, 50)),
    4: (dt.time(11, 0), dt.time(11, 40)),
    5: (dt.time(12, 0), dt.time(12, 40)),
    6: (dt.time(13, 0), dt.time(13, 40)),
    7: (dt.time(13, 50), dt.time(14, 30)),
    8: (dt.time(14, 40), dt.time(15, 20)),
    9: (dt.time(15, 30), dt.time(16, 10)),
    10: (dt.time(16, 20), dt.time(17, 0)),
}


def lesson_start(day: dt.date, lesson_no: int) -> dt.datetime:
    return dt.datetime.combine(day, BELL[lesson_no][0])


def lesson_end(day: dt.date, lesson_no: int) -> dt.datetime:
    return dt.datetime.combine(day, BELL[lesson_no][1])
