"""Comparing what the audit found with what a sample planted (its ``expected.json``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

Key = tuple[Any, ...]


def finding_key(item: Mapping[str, Any], root: Path) -> Key:
    """A finding as (rule, file relative to the sample, sheet, row) or (rule, missing fields)."""
    source = item.get("source", item)
    if item.get("missing") is not None and (source is None or source.get("path") is None):
        return (item["rule"], tuple(sorted(item["missing"].items())))
    path = Path(source["path"])
    relative = path.relative_to(root) if path.is_absolute() else path.relative_to(root) if str(
        path
    ).startswith(str(root)) else path
    return (item["rule"], relative.as_posix(), source.get("sheet"), source["row"])


def keys(items: Iterable[Mapping[str, Any]], root: Path) -> set[Key]:
    return {finding_key(item, root) for item in items}


def compare(document: Mapping[str, Any], expected: Mapping[str, Any], root: Path) -> dict[str, Any]:
    """Missed and extra findings per list (violations, pending, not evaluable)."""
    report: dict[str, Any] = {}
    for found_list, expected_list in (
        ("violations", "violations"),
        ("pending", "pending"),
    ):
        found = keys(document[found_list], root)
        wanted = keys(expected[expected_list], root)
        report[found_list] = {"missed": sorted(wanted - found), "extra": sorted(found - wanted)}
    found_ne = {
        (i["rule"], Path(i["source"]["path"]).relative_to(root).as_posix(), i["source"]["sheet"],
         i["source"]["row"])
        for i in document["not_evaluable"]
        if i.get("source") and i["source"].get("row") is not None
    }
    wanted_ne = keys(expected["not_evaluable"], root)
    report["not_evaluable"] = {
        "missed": sorted(wanted_ne - found_ne),
        "extra": sorted(found_ne - wanted_ne),
    }
    return report


def load_expected(root: Path) -> dict[str, Any]:
    return json.loads((root / "expected.json").read_text(encoding="utf-8"))
