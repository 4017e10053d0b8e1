"""Working days against the Latvian calendar, read off by hand (RULES.md "Words")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import polars as pl
import pytest

from eklase_audit.calendar.school_year import SchoolCalendar
from eklase_audit.calendar.workdays import OutsideCalendarError, Transfer, WorkingDays
from tests.calendar.calendar_support import CONFIG, config_with

D = dt.date

TRANSFERRED_SATURDAYS = [
    D(2024, 12, 14),
    D(2024, 12, 28),
    D(2025, 5, 10),
    D(2025, 11, 8),
    D(2026, 1, 17),
    D(2026, 6, 27),
]
DAYS_OFF = [
    D(2024, 12, 23),  # for 14.12.2024
    D(2024, 12, 30),  # for 28.12.2024
    D(2025, 5, 2),  # for 10.05.2025
    D(2025, 5, 5),  # 4 May on a Sunday, moved to Monday
    D(2025, 11, 17),  # for 08.11.2025
    D(2025, 11, 18),
    D(2026, 1, 2),  # for 17.01.2026
    D(2026, 4, 3),  # Good Friday
    D(2026, 4, 6),  # Easter Monday
    D(2026, 5, 1),
    D(2026, 5, 4),
    D(2026, 6, 22),  # for 27.06.2026
    D(2026, 6, 23),
    D(2026, 6, 24),
]
# The winter break 22.12.2025-02.01.2026 is the pupils' holiday, not a day off.
WINTER_WORKING = [D(2025, 12, 22), D(2025, 12, 23), D(2025, 12, 29), D(2025, 12, 30)]
WINTER_OFF = [
    D(2025, 12, 24),
    D(2025, 12, 25),
    D(2025, 12, 26),
    D(2025, 12, 31),
    D(2026, 1, 1),
    D(2026, 1, 2),
]


@pytest.fixture(scope="module")
def wd(cal: SchoolCalendar) -> WorkingDays:
    return cal.workdays


@pytest.mark.parametrize("day", TRANSFERRED_SATURDAYS + WINTER_WORKING, ids=str)
def test_working_days(wd: WorkingDays, day: dt.date) -> None:
    assert wd.is_working_day(day)


@pytest.mark.parametrize("day", DAYS_OFF + WINTER_OFF, ids=str)
def test_days_off(wd: WorkingDays, day: dt.date) -> None:
    assert not wd.is_working_day(day)


def test_ordinary_weekend_and_weekday(wd: WorkingDays) -> None:
    assert not wd.is_working_day(D(2025, 11, 15))  # Saturday
    assert not wd.is_working_day(D(2025, 11, 16))  # Sunday
    assert wd.is_working_day(D(2025, 11, 19))  # Wednesday


def test_not_following_transfers_undoes_both_halves() -> None:
    wd = WorkingDays.build(config_with(transferred_working_days=False), 2025, 2026)
    assert not wd.is_working_day(D(2025, 11, 8))  # the Saturday stays a day off
    assert wd.is_working_day(D(2025, 11, 17))  # and the Monday given for it is worked
    assert not wd.is_working_day(D(2025, 11, 18))  # a holiday all the same
    assert not wd.is_working_day(D(2026, 1, 17))
    assert wd.is_working_day(D(2026, 1, 2))
    assert wd.transferred_working_days_between(D(2025, 1, 1), D(2026, 12, 31)) == []


def test_profile_days_off_and_working_days() -> None:
    config = config_with(
        days_off=(D(2025, 10, 3), D(2025, 10, 11)),
        working_days=(D(2025, 10, 4), D(2025, 10, 11)),  # Saturdays
    )
    wd = WorkingDays.build(config, 2025, 2025)
    assert not wd.is_working_day(D(2025, 10, 3))  # a Friday the school gives off
    assert wd.is_working_day(D(2025, 10, 4))  # a Saturday the school works
    assert wd.is_working_day(D(2025, 10, 11))  # listed as both: the working day wins


def test_transfers_and_holiday_names(wd: WorkingDays) -> None:
    year = (D(2025, 9, 1), D(2026, 8, 31))
    assert wd.transferred_working_days_between(*year) == [
        D(2025, 11, 8),
        D(2026, 1, 17),
        D(2026, 6, 27),
    ]
    assert wd.transfers_between(*year) == [
        Transfer(D(2025, 11, 8), D(2025, 11, 17)),
        Transfer(D(2026, 1, 17), D(2026, 1, 2)),
        Transfer(D(2026, 6, 27), D(2026, 6, 22)),
    ]
    lv = dict(wd.holidays_between(D(2025, 11, 1), D(2025, 11, 30), "lv"))
    en = dict(wd.holidays_between(D(2025, 11, 1), D(2025, 11, 30), "en"))
    assert lv[D(2025, 11, 18)] == "Latvijas Republikas Proklamēšanas diena"
    assert en[D(2025, 11, 18)] == "Republic of Latvia Proclamation Day"
    assert set(lv) == {D(2025, 11, 17), D(2025, 11, 18)}


def test_series_is_sorted_and_matches_scalar(wd: WorkingDays) -> None:
    series = wd.series
    assert series.dtype == pl.Date
    assert series.is_sorted()
    assert series.n_unique() == series.len()
    assert D(2025, 11, 8) in series.to_list()
    assert D(2025, 11, 17) not in series.to_list()


def test_nth_working_day_after(wd: WorkingDays, column: Callable[..., Any]) -> None:
    days = [D(2025, 11, 7), D(2025, 11, 14), D(2025, 11, 21), D(2025, 12, 23), None]
    assert column(wd.nth_working_day_after(pl.col("d"), 3), d=days) == [
        D(2025, 11, 11),  # Sat 08.11 (transferred), Mon 10.11, Tue 11.11
        D(2025, 11, 21),  # 17.11 off, 18.11 holiday: Wed 19, Thu 20, Fri 21
        D(2025, 11, 26),
        D(2026, 1, 5),  # 29.12, 30.12, then 05.01
        None,
    ]
    assert column(wd.nth_working_day_after(pl.col("d"), 1), d=days[:3]) == [
        D(2025, 11, 8),
        D(2025, 11, 19),
        D(2025, 11, 24),  # Friday -> Monday
    ]
    assert column(wd.nth_working_day_after(pl.col("d"), 0), d=[D(2025, 11, 15)]) == [
        D(2025, 11, 15)
    ]


def test_nth_working_day_after_with_n_per_row(wd: WorkingDays, column: Callable[..., Any]) -> None:
    got = column(
        wd.nth_working_day_after(pl.col("d"), pl.col("n")),
        d=[D(2025, 11, 7), D(2025, 11, 7), D(2025, 11, 7), D(2025, 11, 7)],
        n=[0, 1, 7, None],
    )
    # 7: 08, 10, 11, 12, 13, 14.11, then 19.11 (17.11 off, 18.11 holiday).
    assert got == [D(2025, 11, 7), D(2025, 11, 8), D(2025, 11, 19), None]


def test_first_and_last_working_day(wd: WorkingDays, column: Callable[..., Any]) -> None:
    days = [D(2025, 11, 15), D(2025, 11, 8), D(2025, 11, 30), D(2026, 1, 1), None]
    assert column(wd.first_working_day_on_or_after(pl.col("d")), d=days) == [
        D(2025, 11, 19),
        D(2025, 11, 8),
        D(2025, 12, 1),
        D(2026, 1, 5),
        None,
    ]
    assert column(wd.last_working_day_on_or_before(pl.col("d")), d=days) == [
        D(2025, 11, 14),
        D(2025, 11, 8),
        D(2025, 11, 28),
        D(2025, 12, 30),
        None,
    ]


def test_count_working_days(wd: WorkingDays, column: Callable[..., Any]) -> None:
    got = column(
        wd.count_working_days(pl.col("s"), pl.col("e")),
        s=[D(2025, 11, 7), D(2025, 11, 11), D(2025, 12, 23), D(2025, 11, 12), None],
        e=[D(2025, 11, 12), D(2025, 11, 12), D(2026, 1, 5), D(2025, 11, 7), D(2025, 11, 7)],
    )
    # (07.11, 12.11]: 08, 10, 11, 12; (23.12, 05.01]: 29, 30, 05; end before start: 0
    assert got == [4, 1, 3, 0, None]


def test_is_working_day_expr(wd: WorkingDays, column: Callable[..., Any]) -> None:
    days = [D(2025, 11, 8), D(2025, 11, 17), D(2025, 11, 19), None, D(2040, 1, 2)]
    assert column(wd.is_working_day_expr(pl.col("d")), d=days) == [True, False, True, None, None]


def test_outside_the_built_years_is_null_never_a_guess(
    wd: WorkingDays, column: Callable[..., Any]
) -> None:
    assert (wd.first, wd.last) == (D(2023, 1, 1), D(2028, 12, 31))
    outside = [D(2022, 12, 30), D(2029, 1, 2)]
    assert column(wd.nth_working_day_after(pl.col("d"), 3), d=outside) == [None, None]
    assert column(wd.first_working_day_on_or_after(pl.col("d")), d=outside) == [None, None]
    assert column(wd.last_working_day_on_or_before(pl.col("d")), d=outside) == [None, None]
    # Inside the range, but the answer lies beyond it.
    assert column(wd.nth_working_day_after(pl.col("d"), 5), d=[D(2028, 12, 28)]) == [None]
    assert column(wd.last_working_day_on_or_before(pl.col("d")), d=[D(2023, 1, 1)]) == [None]
    assert column(wd.first_working_day_on_or_after(pl.col("d")), d=[D(2028, 12, 31)]) == [None]
    assert column(
        wd.count_working_days(pl.col("s"), pl.col("e")), s=[D(2025, 1, 1)], e=[D(2030, 1, 1)]
    ) == [None]
    with pytest.raises(OutsideCalendarError):
        wd.is_working_day(D(2030, 1, 2))


def test_for_dates_pads_a_year_each_side() -> None:
    wd = WorkingDays.for_dates(CONFIG, D(2030, 5, 4), D(2030, 5, 6))
    assert (wd.first, wd.last) == (D(2023, 1, 1), D(2031, 12, 31))
    bare = WorkingDays.for_dates(config_with(years=()), D(2025, 3, 1), D(2025, 4, 1))
    assert (bare.first, bare.last) == (D(2024, 1, 1), D(2026, 12, 31))
