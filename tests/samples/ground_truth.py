"""Comparing what the audit found with what a sample planted (its ``expected.json``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

Key = tuple[Any, ...]


def finding_key(item: Mapping[str, Any], root: Path) -> Key:
    """A finding as (rule, file relative to the sample, sheet, row) or (rule, missing fields)."""
    source = item.get("source") or item
    if item.get("missing") is not None and source.get("path") is None:
        return (item["rule"], tuple(sorted(item["missing"].items())))
    path = Path(source["path"])
    relative = path.relative_to(root) if path.is_absolute() else path
    return (item["rule"], relative.as_posix(), source.get("sheet"), source["row"])


def keys(items: Iterable[Mapping[str, Any]], root: Path) -> set[Key]:
    return {finding_key(item, root) for item in items}


def rejected_keys(items: Iterable[Mapping[str, Any]], root: Path) -> set[Key]:
    """Rejected rows as (file relative to the sample, sheet, row, column)."""
    out = set()
    for item in items:
        path = Path(item["path"])
        relative = path.relative_to(root) if path.is_absolute() else path
        out.add((relative.as_posix(), item.get("sheet"), item["row"], item["column"]))
    return out


def compare(document: Mapping[str, Any], expected: Mapping[str, Any], root: Path) -> dict[str, Any]:
    """Missed and extra findings per list (violations, pending, not evaluable, rejected).

    A rejected row is also a DQ003 violation in the audit, so the planted rejected rows count
    among the expected violations too.
    """
    wanted_violations = keys(expected["violations"], root) | {
        ("DQ003", path, sheet, row)
        for path, sheet, row, _ in rejected_keys(expected["rejected"], root)
    }
    pairs = {
        "violations": (keys(document["violations"], root), wanted_violations),
        "pending": (keys(document["pending"], root), keys(expected["pending"], root)),
        "not_evaluable": (
            keys(document["not_evaluable"], root),
            keys(expected["not_evaluable"], root),
        ),
        "rejected": (
            rejected_keys(document["rejected_rows"], root),
            rejected_keys(expected["rejected"], root),
        ),
    }
    return {
        name: {"missed": sorted(wanted - found, key=str), "extra": sorted(found - wanted, key=str)}
        for name, (found, wanted) in pairs.items()
    }


def load_expected(root: Path) -> dict[str, Any]:
    return json.loads((root / "expected.json").read_text(encoding="utf-8"))
