"""The working-day calendar in force for one school year, for the ``calendar`` command.

A plain value (no Polars): what a deputy director checks before trusting the deadlines (which
days are off, which Saturdays are working days, when each period and break begins and ends, and
the bell schedule) and what the renderer in ``eklase_audit/report/calendar.py`` shows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from eklase_audit.calendar.school_year import SchoolCalendar
from eklase_audit.calendar.workdays import Transfer, WorkingDays
from eklase_audit.errors import UsageError
from eklase_audit.profiles.model import Break, CalendarConfig, SchoolYear


@dataclass(frozen=True)
class HolidayEntry:
    """A public holiday in force, its name in each language (``lv``, ``en``).

    ``moved_from`` is the Saturday a transferred day off comes from: the ``holidays`` package
    names such a day with a date in its own style ("substituted from 11/08/2025"), so the
    renderer words it instead, with the date as this tool writes dates.
    """

    date: dt.date
    names: Mapping[str, str]
    moved_from: dt.date | None = None

    def name(self, lang: str) -> str:
        return self.names.get(lang) or next(iter(self.names.values()), "")


@dataclass(frozen=True)
class PeriodEntry:
    """A period with its grade-specific ends and its working days (to the common end)."""

    name: str
    start: dt.date
    end: dt.date
    end_by_grade: tuple[tuple[int, dt.date], ...]
    working_days: int


@dataclass(frozen=True)
class BellEntry:
    lesson_no: int
    start: dt.time
    end: dt.time


@dataclass(frozen=True)
class CalendarOverview:
    year: str
    start: dt.date  # the first day the calendar counts to this school year
    end: dt.date
    years: tuple[str, ...]  # every configured school year, for "other years"
    working_day_count: int  # working days from start to end
    holidays: tuple[HolidayEntry, ...]  # in force, Sundays left out
    transfers: tuple[Transfer, ...]  # the Cabinet's, whether followed or not
    transfers_followed: bool
    days_off: tuple[dt.date, ...]  # the profile's own
    working_days: tuple[dt.date, ...]  # the profile's own
    periods: tuple[PeriodEntry, ...]
    breaks: tuple[Break, ...]
    bell: tuple[BellEntry, ...]
    bell_is_default: bool
    national: bool = False  # no profile: the country's calendar, no school periods or bells


def _year_key(text: str) -> int | None:
    """The starting calendar year of "2025/2026", "2025-2026", "2025/26", "2025./2026." or
    "2025"; None when the text holds no year."""
    match = re.match(r"\s*(\d{4})", text)
    return int(match[1]) if match else None


def choose_year(cal: SchoolCalendar, year: str | None, today: dt.date) -> SchoolYear:
    """The named school year, else the one containing ``today``, else the last begun (the
    summer after the last configured year), else the first."""
    if not cal.years:
        raise UsageError("calendar.no_years")
    if year is not None:
        found = cal.year_named(year)
        if found is None:
            key = _year_key(year)
            found = next((y for y in cal.years if _year_key(y.name) == key), None)
        if found is None:
            known = ", ".join(y.name for y in cal.years)
            raise UsageError("calendar.unknown_year", {"year": year, "known": known})
        return found
    current = cal.year_at(today)
    return current if current is not None else cal.years[0]


def _holidays(wd: WorkingDays, start: dt.date, end: dt.date) -> tuple[HolidayEntry, ...]:
    """Holidays in force in [start, end] (a holiday on a Sunday changes no working day)."""
    lv = dict(wd.holidays_between(start, end, "lv"))
    en = dict(wd.holidays_between(start, end, "en"))
    moved = {t.day_off: t.working_day for t in wd.transfers if t.day_off is not None}
    return tuple(
        HolidayEntry(day, {"lv": name, "en": en.get(day, name)}, moved.get(day))
        for day, name in sorted(lv.items())
        if day.weekday() != 6
    )


def national_overview(year: str | None, today: dt.date) -> CalendarOverview:
    """The country's working-day calendar for a school year (1 September to 31 August) when no
    profile is given: public holidays and the Cabinet's transferred working days, nothing of a
    school's own (periods, breaks, bell schedule, extra days off)."""
    if year is None:
        first_year = today.year if today.month >= 9 else today.year - 1
    else:
        key = _year_key(year)
        if key is None:
            raise UsageError("calendar.bad_year", {"year": year})
        first_year = key
    start, end = dt.date(first_year, 9, 1), dt.date(first_year + 1, 8, 31)
    config = CalendarConfig()
    wd = WorkingDays.for_dates(config, start, end)
    return CalendarOverview(
        year=f"{first_year}/{first_year + 1}",
        start=start,
        end=end,
        years=(),
        working_day_count=len(wd.working_days_between(start, end)),
        holidays=_holidays(wd, start, end),
        transfers=tuple(wd.transfers_between(start, end)),
        transfers_followed=wd.follows_transfers,
        days_off=(),
        working_days=(),
        periods=(),
        breaks=(),
        bell=(),
        bell_is_default=False,
        national=True,
    )


def calendar_overview(config: CalendarConfig, year: str | None, today: dt.date) -> CalendarOverview:
    """The calendar of one school year (``year`` like "2025/2026"; default: today's)."""
    cal = SchoolCalendar(config, WorkingDays.for_dates(config, today, today))
    chosen = choose_year(cal, year, today)
    index = cal.years.index(chosen)
    start, end = cal.year_spans[index]
    wd = cal.workdays
    holidays = _holidays(wd, start, end)
    periods = tuple(
        PeriodEntry(
            p.name,
            p.start,
            p.end,
            tuple(sorted(p.end_by_grade.items())),
            len(wd.working_days_between(p.start, p.end)),
        )
        for p in cal.years[index].periods
    )
    bell = tuple(
        BellEntry(number, times[0], times[1])
        for number, times in sorted(config.bell.lessons.items())
    )
    return CalendarOverview(
        year=chosen.name,
        start=start,
        end=end,
        years=tuple(y.name for y in cal.years),
        working_day_count=len(wd.working_days_between(start, end)),
        holidays=holidays,
        transfers=tuple(wd.transfers_between(start, end)),
        transfers_followed=wd.follows_transfers,
        days_off=tuple(sorted(d for d in config.days_off if start <= d <= end)),
        working_days=tuple(sorted(d for d in config.working_days if start <= d <= end)),
        periods=periods,
        breaks=tuple(sorted(chosen.breaks, key=lambda b: b.start)),
        bell=bell,
        bell_is_default=config.bell.is_default,
    )
