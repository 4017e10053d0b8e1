"""A finding's message in the reader's language, from its rule, detail and values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from eklase_audit.messages import Translator


def _missing_value(row: Mapping[str, Any], name: str) -> str:
    missing = row.get("missing") or {}
    return str(missing.get(name) or "")


def finding_message(
    t: Translator, row: Mapping[str, Any], sources: Mapping[int, tuple[str, str | None]]
) -> str:
    """``sources`` maps an input index to (path, sheet), to name a duplicate's first copy."""
    detail = row.get("detail") or ""
    if row.get("rule") == "DQ003":
        reason = t(detail, column=row.get("column") or "", value=row.get("value") or "")
        return t("finding.unreadable", reason=reason)
    deadline = t.datetime(row.get("deadline"))
    params: dict[str, Any] = {
        "deadline": deadline,
        "entered": t.datetime(row.get("entered_at")),
        "lo": t.datetime(row.get("entered_lo")) or "—",
        "hi": t.datetime(row.get("entered_hi")),
        "value": row.get("value") or "",
        "lesson_no": _missing_value(row, "lesson_no"),
        "week": _week(t, _missing_value(row, "week")),
        "period": _missing_value(row, "period"),
        "break_name": _missing_value(row, "break"),
        "month": _missing_value(row, "month"),
        "date": t.date(row.get("event_date")),
    }
    if detail == "duplicate":
        params["first"] = _first_copy(t, row.get("value") or "", sources)
    key = f"finding.{detail}"
    if not t.has(key):
        return detail
    return t(key, **params)


def _week(t: Translator, text: str) -> str:
    if not text:
        return ""
    try:
        return t.date(dt.date.fromisoformat(text))
    except ValueError:
        return text


def _first_copy(t: Translator, value: str, sources: Mapping[int, tuple[str, str | None]]) -> str:
    index, _, row = value.partition(":")
    try:
        path, sheet = sources[int(index)]
    except (KeyError, ValueError):
        return value
    where = f"{path} ({sheet})" if sheet else path
    return t("finding.first_copy", path=where, row=row)
