"""The generator's own calendar and deadline counting, against dates worked out by hand."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from eklase_audit.sample import calendar_facts as cal
from eklase_audit.sample.plans import Deadline
from eklase_audit.sample.planting.base import Edges

D = dt.date


def at(day: dt.date, h: int = 23, m: int = 59, s: int = 59) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, h, m, s)


def test_transfers_are_those_of_rules_md() -> None:
    assert sorted(cal.TRANSFERRED_WORKING_SATURDAYS) == [
        D(2024, 12, 14), D(2024, 12, 28), D(2025, 5, 10), D(2025, 11, 8), D(2026, 1, 17),
        D(2026, 6, 27),
    ]  # fmt: skip
    assert sorted(cal.TRANSFER_DAYS_OFF) == [
        D(2024, 12, 23), D(2024, 12, 30), D(2025, 5, 2), D(2025, 11, 17), D(2026, 1, 2),
        D(2026, 6, 22),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2025, 11, 8), True),  # transferred working Saturday
        (D(2025, 11, 15), False),  # an ordinary Saturday
        (D(2025, 11, 17), False),  # the day off it pays for
        (D(2025, 11, 18), False),  # Proclamation Day
        (D(2025, 10, 20), True),  # the autumn break is not a day off
        (D(2025, 5, 5), False),  # 4 May on a Sunday moves to Monday
        (D(2024, 5, 6), False),  # 4 May on a Saturday moves to Monday
        (D(2026, 4, 3), False),  # Good Friday
        (D(2026, 4, 6), False),  # Easter Monday
        (D(2026, 6, 27), True),
        (D(2026, 12, 30), True),
        (D(2027, 3, 26), False),
    ],
)
def test_working_days(day: dt.date, working: bool) -> None:
    assert cal.is_working_day(day) is working


@pytest.mark.parametrize(
    ("deadline", "day", "due"),
    [
        # A work of Friday 07.11.2025: Sat 08.11 (transferred), Mon 10.11, Tue 11.11.
        (Deadline("working_days", n=3), D(2025, 11, 7), at(D(2025, 11, 11))),
        # Across the day off 17.11 and the holiday 18.11.
        (Deadline("working_days", n=3), D(2025, 11, 14), at(D(2025, 11, 21))),
        # Due on the transferred Saturday itself.
        (Deadline("working_days", n=3), D(2025, 11, 5), at(D(2025, 11, 8))),
        # Across the winter break (not days off) and its holidays.
        (Deadline("working_days", n=3), D(2025, 12, 19), at(D(2025, 12, 29))),
        (Deadline("working_days", n=7), D(2025, 12, 18), at(D(2026, 1, 6))),
        (Deadline("working_days", n=10), D(2025, 12, 19), at(D(2026, 1, 12))),
        (Deadline("working_days", n=6), D(2025, 11, 14), at(D(2025, 11, 26))),
        (Deadline("working_days", n=10), D(2026, 1, 5), at(D(2026, 1, 17))),
        # Friday to Monday, and Friday to the transferred Saturday.
        (Deadline("working_days", n=1), D(2026, 1, 9), at(D(2026, 1, 12))),
        (Deadline("working_days", n=1), D(2025, 11, 7), at(D(2025, 11, 8))),
        # Calendar days, rolled forward past days that are not working days.
        (Deadline("days", n=7), D(2025, 11, 10), at(D(2025, 11, 19))),
        (Deadline("days", n=7), D(2025, 11, 1), at(D(2025, 11, 8))),
        (Deadline("days", n=1), D(2025, 11, 14), at(D(2025, 11, 19))),
        (Deadline("days", n=5), D(2025, 9, 1), at(D(2025, 9, 8))),
        (Deadline("days", n=5), D(2026, 1, 5), at(D(2026, 1, 12))),
        (Deadline("month_day", n=5), D(2025, 10, 15), at(D(2025, 11, 5))),
        (Deadline("last_day_of_month"), D(2026, 1, 3), at(D(2026, 1, 31))),
        (Deadline("last_working_day_of_month"), D(2025, 12, 1), at(D(2025, 12, 30))),
        (Deadline("last_working_day_of_previous_month"), D(2026, 1, 1), at(D(2025, 12, 30))),
        (Deadline("last_working_day_of_previous_month"), D(2025, 12, 1), at(D(2025, 11, 28))),
        (
            Deadline("previous_friday", time=dt.time(19, 0)),
            D(2026, 4, 6),
            at(D(2026, 4, 3), 19, 0, 0),
        ),
        (Deadline("before_period_end", n=3), D(2025, 12, 19), at(D(2025, 12, 16))),
        (Deadline("before_period_end", n=3), D(2026, 6, 19), at(D(2026, 6, 16))),
        (Deadline("before_break"), D(2025, 10, 20), at(D(2025, 10, 17))),
        (Deadline("before_break"), D(2026, 3, 9), at(D(2026, 3, 6))),
        (Deadline("period_start_working_days", n=2), D(2025, 9, 1), at(D(2025, 9, 2))),
        (Deadline("period_start_by", month_day=(9, 15)), D(2025, 9, 1), at(D(2025, 9, 15))),
        (Deadline("same_day", time=dt.time(17, 0)), D(2025, 10, 8), at(D(2025, 10, 8), 17, 0, 0)),
        (Deadline("same_day"), D(2025, 10, 8), at(D(2025, 10, 8))),
    ],
)
def test_deadlines(deadline: Deadline, day: dt.date, due: dt.datetime) -> None:
    assert deadline.due(day) == due


def test_lesson_end_uses_the_common_bell_schedule() -> None:
    assert Deadline("lesson_end").due(D(2025, 10, 8), 3) == dt.datetime(2025, 10, 8, 10, 50)


def test_school_years() -> None:
    y = cal.SCHOOL_YEARS["2025/2026"]
    assert (y.semester1.start, y.semester1.end) == (D(2025, 9, 1), D(2025, 12, 19))
    assert (y.year_end(9), y.year_end(12), y.year_end(7)) == (
        D(2026, 6, 12),
        D(2026, 6, 19),
        D(2026, 5, 29),
    )
    assert not y.is_school_day(D(2025, 10, 21), 7)  # autumn break
    assert not y.is_school_day(D(2026, 6, 1), 7)
    assert y.is_school_day(D(2026, 6, 1), 9)
    assert y.preschool_periods[1].end == D(2026, 8, 31)


def test_edges_of_2025_2026() -> None:
    e = Edges.of(cal.SCHOOL_YEARS["2025/2026"])
    assert e.before_transfer == D(2025, 11, 7)
    assert e.three_before_transfer == D(2025, 11, 5)
    assert e.transfer_saturday == D(2025, 11, 8)
    assert e.before_day_off == D(2025, 11, 14)
    assert e.friday_monday == D(2026, 1, 9)
    assert e.last_of_semester1 == D(2025, 12, 19)


def test_the_generator_does_not_use_the_auditors_calendar_or_profiles() -> None:
    code = (
        "import sys, eklase_audit.sample.generate, eklase_audit.commands.sample_cmd;"
        "bad = [m for m in sys.modules if m == 'holidays' or m.startswith(("
        "'eklase_audit.calendar', 'eklase_audit.rules', 'eklase_audit.profiles', 'holidays.'))];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
