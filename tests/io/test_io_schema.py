"""The readers' contract with the rest: header names that cannot be confused within a table,
and messages for every key the readers hand on, in both languages."""

from __future__ import annotations

import string

import pytest

from eklase_audit.io.normalise import REJECT_REASONS
from eklase_audit.io.schema import TABLES, normalise_header
from eklase_audit.messages import catalogue


@pytest.mark.parametrize("kind", sorted(TABLES))
def test_no_header_name_means_two_columns_of_one_table(kind: str) -> None:
    seen: dict[str, str] = {}
    for name, column in TABLES[kind].columns.items():
        for alias in (name, *column.aliases, *column.date_aliases, *column.time_aliases):
            key = normalise_header(alias)
            assert seen.setdefault(key, name) == name, f"{alias!r}: {seen[key]} and {name}"


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_both_languages_have_the_same_io_messages() -> None:
    from eklase_audit.messages.en.io import MESSAGES as EN
    from eklase_audit.messages.lv.io import MESSAGES as LV

    assert EN.keys() == LV.keys()
    for key in EN:
        assert _placeholders(EN[key]) == _placeholders(LV[key]), key


def test_every_rejection_and_table_has_a_message() -> None:
    keys = {*REJECT_REASONS.values(), "reject.empty", "reject.time", "reject.too_many_cells"}
    keys |= {f"table.{kind}" for kind in TABLES}
    for lang in ("lv", "en"):
        assert keys <= set(catalogue(lang))
    for key in keys - {k for k in keys if k.startswith("table.")}:
        assert _placeholders(catalogue("lv")[key]) <= {"column", "value"}
