"""Fixtures of the calendar tests: the calendar of ``calendar_support`` and an evaluator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import polars as pl
import pytest

from eklase_audit.calendar.school_year import SchoolCalendar
from eklase_audit.profiles.model import CalendarConfig
from tests.calendar.calendar_support import CONFIG


@pytest.fixture(scope="session")
def config() -> CalendarConfig:
    return CONFIG


@pytest.fixture(scope="session")
def cal() -> SchoolCalendar:
    """Working days for 2023..2028: the profile's years with a year's margin each side."""
    return SchoolCalendar.for_dates(CONFIG)


@pytest.fixture(scope="session")
def column() -> Callable[..., list[Any]]:
    """Evaluates one expression over a small frame and returns its values as a list."""

    def evaluate(expr: pl.Expr, **columns: list[Any]) -> list[Any]:
        frame = pl.DataFrame(columns) if columns else pl.DataFrame({"_": [0]})
        return frame.lazy().select(expr.alias("out")).collect(engine="in-memory")["out"].to_list()

    return evaluate
