"""Grade forms as E-klase writes them (SPEC "Values")."""

from __future__ import annotations

import polars as pl
import pytest

from eklase_audit.rules.catalog import GRADE_FORMS
from eklase_audit.rules.grade_forms import DEFAULT_ALLOWED, allowed_expr, has_form

# grade -> the forms it has (by hand, from how E-klase writes grades)
EXAMPLES: dict[str | None, set[str]] = {
    "7": {"ten_point"},
    "10": {"ten_point"},
    " 7 ": {"ten_point"},
    "11": set(),
    "0": set(),
    "85%": {"percent"},
    "85,5%": {"percent"},
    "100%": {"percent"},
    "100,5%": set(),
    "i": {"pass_fail"},
    "ni": {"pass_fail"},
    "Ieskaitīts": {"pass_fail"},
    "neieskaitīts": {"pass_fail"},
    "nv": {"not_done"},
    "7(p.d.)": {"test_mark"},
    "7 (p. d.)": {"test_mark"},
    "5|7": {"corrected"},
    "nv|6": {"corrected"},
    "5|": set(),
    "5|7|8": set(),
    "a": {"exempt", "stap"},
    "atb": {"exempt"},
    "S": {"stap"},
    "T": {"stap"},
    "x": set(),
    None: {"blank"},
    "": {"blank"},
}


@pytest.mark.parametrize("form", GRADE_FORMS)
def test_each_form_matches_exactly_its_examples(form: str) -> None:
    grades = list(EXAMPLES)
    frame = pl.DataFrame({"g": grades}, schema={"g": pl.String})
    got = frame.select(has_form(pl.col("g"), form)).to_series().to_list()
    expected = [form in EXAMPLES[g] for g in grades]
    assert got == expected


def test_the_data_quality_default_accepts_what_a_school_journal_holds() -> None:
    grades = list(EXAMPLES)
    frame = pl.DataFrame({"g": grades}, schema={"g": pl.String})
    got = frame.select(allowed_expr(pl.col("g"), DEFAULT_ALLOWED)).to_series().to_list()
    assert dict(zip(grades, got, strict=True)) == {
        g: bool(forms & set(DEFAULT_ALLOWED)) for g, forms in EXAMPLES.items()
    }
