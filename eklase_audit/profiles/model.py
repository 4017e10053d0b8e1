"""A school profile once loaded: plain frozen values, no Polars.

A profile is the school's order turned into configuration (RULES.md): the school, its calendar
and bell schedule, and per rule whether it is on, its severity, its deadline(s) and its citation.
``loader.py`` builds these from TOML; everything downstream reads only these classes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from eklase_audit.calendar.deadline_spec import DeadlineSpec
from eklase_audit.rules.catalog import Severity


@dataclass(frozen=True)
class Period:
    """A named part of a school year ("1. semestris"); year-end may differ by grade (9, 12)."""

    name: str
    start: dt.date
    end: dt.date
    end_by_grade: Mapping[int, dt.date] = field(default_factory=dict)

    def end_for(self, grade: int | None) -> dt.date:
        if grade is not None and grade in self.end_by_grade:
            return self.end_by_grade[grade]
        return self.end


@dataclass(frozen=True)
class Break:
    """Pupils' holidays (brīvdienas): not teachers' days off, they do not change working days."""

    name: str  # "rudens", "ziemas", "pavasara"
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class SchoolYear:
    name: str  # "2025/2026"
    start: dt.date  # first day of the first period
    end: dt.date  # last day of the year as the calendar knows it (31 August)
    periods: tuple[Period, ...]
    breaks: tuple[Break, ...] = ()


@dataclass(frozen=True)
class BellSchedule:
    """Lesson number -> (start, end). ``is_default`` when the school has not confirmed it."""

    lessons: Mapping[int, tuple[dt.time, dt.time]]
    is_default: bool = True


@dataclass(frozen=True)
class CalendarConfig:
    country: str = "LV"
    transferred_working_days: bool = True  # follow the Cabinet's transferred working Saturdays
    days_off: tuple[dt.date, ...] = ()  # the profile's own extra days off
    working_days: tuple[dt.date, ...] = ()  # the profile's own extra working days
    years: tuple[SchoolYear, ...] = ()
    bell: BellSchedule = field(default_factory=lambda: BellSchedule({}))


@dataclass(frozen=True)
class DeadlineChoice:
    """A deadline and what it counts from; ``deadline is None`` means unchecked."""

    deadline: DeadlineSpec | None
    counts_from: str = "date"
    citation: str | None = None  # a paragraph, when it differs from the rule's


@dataclass(frozen=True)
class RuleConfig:
    code: str
    enabled: bool
    severity: Severity
    citation: str | None  # the order's paragraph, e.g. "5. p."; None for data-quality rules
    default: DeadlineChoice | None = None  # for values the `by` table does not list
    by: Mapping[str, DeadlineChoice] = field(default_factory=dict)  # by value of by_column
    params: Mapping[str, Any] = field(default_factory=dict)

    def has_deadline(self) -> bool:
        return (self.default is not None and self.default.deadline is not None) or any(
            choice.deadline is not None for choice in self.by.values()
        )


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    citation_prefix: str  # "Aknīstes vsk. 1-18/3"
    kind: str  # "school" or "preschool"
    effective_from: dt.date | None
    calendar: CalendarConfig
    rules: Mapping[str, RuleConfig]
    # Reader customisation from a school's config: extra header names and value mappings.
    columns: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, Mapping[str, str]]] = field(default_factory=dict)
    source: str = ""  # "built-in" or the config file's path
    order: str = ""  # the order's title and number, for `profiles` and the report

    def citation(self, paragraph: str | None) -> str | None:
        """The full citation: ``Aknīstes vsk. 1-18/3, 5. p.``; None when no paragraph."""
        if paragraph is None:
            return None
        return f"{self.citation_prefix}, {paragraph}"
