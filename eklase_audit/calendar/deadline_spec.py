"""The deadline vocabulary of RULES.md, parsed from a profile's words (``"working_days 3"``).

Parsing is separate from evaluation (``deadlines.py``) so that loading a profile does not import
Polars. Each form's meaning is RULES.md "Deadlines, precisely".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum


class DeadlineKind(StrEnum):
    lesson_end = "lesson_end"
    same_day = "same_day"
    working_days = "working_days"
    days = "days"
    next_lesson = "next_lesson"
    month_day = "month_day"
    last_day_of_month = "last_day_of_month"
    last_working_day_of_month = "last_working_day_of_month"
    last_working_day_of_previous_month = "last_working_day_of_previous_month"
    previous_friday = "previous_friday"
    before_period_end = "before_period_end"
    before_break = "before_break"
    period_end = "period_end"
    period_start_by = "period_start_by"
    period_start_working_days = "period_start_working_days"


# What each kind takes after its name: None, "time" (HH:MM), "n" (a whole number), "month_day"
# (MM-DD); a trailing "?" means optional.
_ARGUMENT: dict[DeadlineKind, str | None] = {
    DeadlineKind.lesson_end: None,
    DeadlineKind.same_day: "time?",
    DeadlineKind.working_days: "n",
    DeadlineKind.days: "n",
    DeadlineKind.next_lesson: None,
    DeadlineKind.month_day: "n",
    DeadlineKind.last_day_of_month: None,
    DeadlineKind.last_working_day_of_month: None,
    DeadlineKind.last_working_day_of_previous_month: None,
    DeadlineKind.previous_friday: "time",
    DeadlineKind.before_period_end: "n",
    DeadlineKind.before_break: None,
    DeadlineKind.period_end: None,
    DeadlineKind.period_start_by: "month_day",
    DeadlineKind.period_start_working_days: "n",
}

END_OF_DAY = dt.time(23, 59, 59)


class DeadlineSyntaxError(ValueError):
    """A deadline that is not one of RULES.md's forms; the message says what was expected."""


@dataclass(frozen=True)
class DeadlineSpec:
    """One deadline form with its argument."""

    kind: DeadlineKind
    n: int | None = None
    time: dt.time | None = None
    month: int | None = None  # period_start_by
    day: int | None = None  # period_start_by
    roll_forward: bool = True  # days N: a deadline on a day off moves to the next working day

    @property
    def text(self) -> str:
        """The deadline in the profile's words."""
        match _ARGUMENT[self.kind]:
            case "n":
                return f"{self.kind.value} {self.n}"
            case "time?" if self.time in (None, END_OF_DAY):
                return self.kind.value
            case "time" | "time?" if self.time is not None:
                return f"{self.kind.value} {self.time:%H:%M}"
            case "month_day":
                return f"{self.kind.value} {self.month:02d}-{self.day:02d}"
            case _:
                return self.kind.value

    def __str__(self) -> str:
        return self.text


def parse_deadline(text: str, *, roll_forward: bool = True) -> DeadlineSpec:
    """``"same_day 17:00"`` -> DeadlineSpec; raises DeadlineSyntaxError on anything else."""
    words = text.strip().split()
    if not words:
        raise DeadlineSyntaxError("empty deadline")
    try:
        kind = DeadlineKind(words[0])
    except ValueError:
        known = ", ".join(k.value for k in DeadlineKind)
        raise DeadlineSyntaxError(f"unknown deadline '{words[0]}' (known: {known})") from None
    argument = _ARGUMENT[kind]
    rest = words[1:]
    if argument is None:
        if rest:
            raise DeadlineSyntaxError(f"'{kind.value}' takes no argument")
        return DeadlineSpec(kind)
    optional = argument.endswith("?")
    argument = argument.rstrip("?")
    if not rest:
        if optional:
            return DeadlineSpec(kind, time=END_OF_DAY if kind is DeadlineKind.same_day else None)
        raise DeadlineSyntaxError(f"'{kind.value}' needs {_describe(argument)}")
    if len(rest) > 1:
        raise DeadlineSyntaxError(f"'{kind.value}' takes one argument")
    value = rest[0]
    if argument == "n":
        if not value.isdigit():
            raise DeadlineSyntaxError(f"'{kind.value}' needs a whole number, not '{value}'")
        return DeadlineSpec(kind, n=int(value), roll_forward=roll_forward)
    if argument == "time":
        match = re.fullmatch(r"(\d{1,2}):(\d{2})", value)
        if not match or int(match[1]) > 23 or int(match[2]) > 59:
            raise DeadlineSyntaxError(f"'{kind.value}' needs a time HH:MM, not '{value}'")
        return DeadlineSpec(kind, time=dt.time(int(match[1]), int(match[2])))
    match = re.fullmatch(r"(\d{2})-(\d{2})", value)
    if not match:
        raise DeadlineSyntaxError(f"'{kind.value}' needs a date MM-DD, not '{value}'")
    month, day = int(match[1]), int(match[2])
    try:
        dt.date(2000, month, day)  # a leap year accepts 02-29
    except ValueError:
        raise DeadlineSyntaxError(f"'{value}' is not a day of the year") from None
    return DeadlineSpec(kind, month=month, day=day)


def _describe(argument: str) -> str:
    return {"n": "a whole number", "time": "a time HH:MM", "month_day": "a date MM-DD"}[argument]
