"""The ground truth: which findings the planted cases must produce, in ``expected.json``.

Marks are collected against record ids while the tables are built; only when the files are
written do they become paths and spreadsheet rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from eklase_audit.sample.writers import Written

STATUSES = ("violation", "pending", "not_evaluable", "near_miss")


@dataclass(frozen=True)
class Mark:
    """A finding (or a near miss) on one record."""

    status: str  # one of STATUSES
    rule: str
    table: str
    rid: int
    what: str = ""


@dataclass(frozen=True)
class MissingMark:
    """A record that should exist and does not."""

    status: str  # "violation" or "pending"
    rule: str
    missing: tuple[tuple[str, Any], ...]  # ordered (key, value) pairs
    what: str = ""


@dataclass(frozen=True)
class RejectedMark:
    table: str
    key: str  # the bad row's key (writers.BadRow.key)
    column: str  # the header of the unreadable cell, or the letter of a cell beyond the header


def _source(table: str, rid: int, written: Mapping[str, list[Written]]) -> dict[str, Any]:
    for where in written[table]:
        if rid in where.rows:
            return {"path": where.path, "sheet": where.sheet, "row": where.rows[rid]}
    raise KeyError(f"planted record {table}#{rid} was not written")


def _missing_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def build_expected(
    *,
    profile: str,
    seed: int,
    year: str,
    as_of: dt.datetime,
    marks: list[Mark],
    missing: list[MissingMark],
    rejected: list[RejectedMark],
    written: Mapping[str, list[Written]],
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "profile": profile,
        "seed": seed,
        "year": year,
        "as_of": as_of.isoformat(),
        "violations": [],
        "pending": [],
        "not_evaluable": [],
        "rejected": [],
        "near_misses": [],
    }
    key = {
        "violation": "violations",
        "pending": "pending",
        "not_evaluable": "not_evaluable",
        "near_miss": "near_misses",
    }
    for mark in marks:
        entry = {"rule": mark.rule, **_source(mark.table, mark.rid, written)}
        if mark.status == "near_miss":
            entry["what"] = mark.what
        out[key[mark.status]].append(entry)
    for item in missing:
        out[key[item.status]].append(
            {"rule": item.rule, "missing": {k: _missing_value(v) for k, v in item.missing}}
        )
    for item in rejected:
        where = next(w for w in written[item.table] if item.key in w.bad_rows)
        out["rejected"].append(
            {
                "path": where.path,
                "sheet": where.sheet,
                "row": where.bad_rows[item.key],
                "column": item.column,
            }
        )

    def order(entry: dict[str, Any]) -> tuple[Any, ...]:
        missing_key = tuple(str(v) for v in entry.get("missing", {}).values())
        return (
            entry.get("rule", ""),
            entry.get("path") or "",
            entry.get("sheet") or "",
            entry.get("row") or 0,
            missing_key,
        )

    for name in ("violations", "pending", "not_evaluable", "rejected", "near_misses"):
        out[name].sort(key=order)
    return out
