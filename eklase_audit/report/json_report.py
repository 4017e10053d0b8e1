"""The JSON document of SPEC "The machine contract" (``schema_version`` 1), described key by key
in ``docs/json-schema.md``.

Keys are English and stable; messages (``message``, ``reason``, notes) are in the run's language.
Keys beyond SPEC's (``rows`` of a not-evaluable entry, ``late`` and ``by_rule`` of a teacher,
``without_teacher`` of the summary, ``waivers``, ``notes``, ``snapshots``, ``privacy``) are
additions a reader may ignore.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from typing import Any

import polars as pl

from eklase_audit.messages import Translator
from eklase_audit.privacy import summed_teachers
from eklase_audit.report.findings_text import finding_messages, rejection_messages
from eklase_audit.report.words import (
    citation_text,
    not_evaluable_rows,
    note_text,
    skip_reason,
    sources_of,
)
from eklase_audit.result import AuditResult, TeacherSummary, Waiver

SCHEMA_VERSION = 1


def _iso(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _missing(value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not value:
        return None
    present = {k: v for k, v in value.items() if v is not None}
    return present or None


def finding_objects(
    frame: pl.DataFrame,
    t: Translator,
    sources: Mapping[int, tuple[str, str | None]],
    *,
    late_by: bool = True,
    pending: bool = False,
) -> Iterator[dict[str, Any]]:
    """One JSON object per finding row, in the frame's order; ``pending`` rows have no
    ``late_by`` and say their deadline is still ahead."""
    messages = finding_messages(frame, t, sources, pending=pending)
    late_by = late_by and not pending
    # SPEC "Times": hours to one decimal (the result keeps them unrounded).
    frame = frame.with_columns(pl.col("late_hours").round(1, mode="half_away_from_zero"))
    for row, message in zip(frame.iter_rows(named=True), messages, strict=True):
        missing = _missing(row.get("missing"))
        source = (
            {"path": row["path"], "sheet": row["sheet"], "row": row["row"]}
            if row.get("path") is not None
            else None
        )
        item: dict[str, Any] = {
            "rule": row["rule"],
            "severity": row["severity"],
            "source": source,
            "teacher": row["teacher"],
            "class": row["class"],
            "subject": row["subject"],
            "student": row["student"],
            "event_date": _iso(row["event_date"]),
            "deadline": _iso(row["deadline"]),
            "entered_at": _iso(row["entered_at"]),
        }
        if late_by:
            item["late_by"] = (
                {"working_days": row["late_working_days"], "hours": row["late_hours"]}
                if row["late_working_days"] is not None
                else None
            )
        item["message"] = message
        item["citation"] = citation_text(t, row["citation"])
        if missing is not None:
            item["missing"] = missing
        if row.get("entered_hi") is not None:
            item["entered_between"] = [_iso(row.get("entered_lo")), _iso(row["entered_hi"])]
        if "waiver_reason" in row:
            item["waiver"] = {"reason": row["waiver_reason"], "until": _iso(row["waiver_until"])}
        yield item


def _teacher_object(*summaries: TeacherSummary) -> dict[str, Any]:
    """One teacher's counts (or those of several summaries added up: the teacherless ones)."""
    total = summed_teachers(summaries[0].teacher, summaries)
    return {
        "violations": total.violations,
        "evaluated": total.evaluated,
        "late_rate": total.late_rate,
        "late": total.late,
        "by_rule": dict(total.by_rule),
    }


def _waiver_object(waiver: Waiver) -> dict[str, Any]:
    return {
        "rule": waiver.rule,
        "fields": dict(waiver.fields),
        "reason": waiver.reason,
        "until": _iso(waiver.until),
        "line": waiver.line,
    }


def build_document(
    result: AuditResult, t: Translator, *, privacy: Mapping[str, bool] | None = None
) -> dict[str, Any]:
    sources = sources_of(result)
    # SPEC's by_teacher maps a teacher's name; records that name no teacher (a missing report,
    # a rejected row) are nobody's and are counted apart, under `without_teacher`.
    by_teacher = {
        teacher.teacher: _teacher_object(teacher) for teacher in result.teachers if teacher.teacher
    }
    nobody = [teacher for teacher in result.teachers if not teacher.teacher]
    document: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "eklase-audit", "version": result.tool_version},
        "profile": {
            "id": result.profile.id,
            "name": result.profile.name,
            "effective_from": _iso(result.profile.effective_from),
        },
        "as_of": _iso(result.as_of),
        "period": (
            {"from": _iso(result.period[0]), "to": _iso(result.period[1])}
            if result.period
            else None
        ),
        "inputs": [
            {
                "path": s.file.path,
                "sheet": s.file.sheet,
                "kind": s.file.kind,
                "encoding": s.file.encoding,
                "separator": s.file.separator,
                "header_row": s.file.header_row,
                "rows_read": s.file.rows_read,
                "rows_rejected": s.file.rows_rejected,
                "rows_out_of_scope": s.rows_out_of_scope,
                "rows_audited": s.rows_audited,
                "sha256": s.file.sha256,
            }
            for s in result.inputs
        ],
        "skipped": [
            {"path": s.path, "sheet": s.sheet, "reason": skip_reason(t, s)} for s in result.skipped
        ],
        "summary": {
            "violations": result.violation_count,
            "by_rule": result.by_rule(),
            "by_teacher": by_teacher,
            "without_teacher": _teacher_object(*nobody) if nobody else None,
            "pending": result.pending.height,
            "not_evaluable": not_evaluable_rows(result),
            "waived": result.waived.height,
            "rejected": result.rejected.height,
        },
        "rules": [
            {
                "code": r.code,
                "enabled": r.enabled,
                "severity": r.severity,
                "status": r.status,
                "violations": r.violations,
            }
            for r in result.rules
        ],
        "violations": list(finding_objects(result.violations, t, sources)),
        "pending": list(finding_objects(result.pending, t, sources, pending=True)),
        "not_evaluable": [
            {
                "rule": row["rule"],
                "source": (
                    {"path": row["path"], "sheet": row["sheet"], "row": row["row"]}
                    if row["path"] is not None
                    else None
                ),
                "reason": t(row["reason"]) if row["reason"] else "",
                "rows": row["rows"],
            }
            for row in result.not_evaluable.iter_rows(named=True)
        ],
        "waived": list(finding_objects(result.waived, t, sources)),
        "rejected_rows": [
            {
                "path": row["path"],
                "sheet": row["sheet"],
                "row": row["row"],
                "column": row["column"],
                "value": row["value"],
                "reason": reason,
            }
            for row, reason in zip(
                result.rejected.iter_rows(named=True),
                rejection_messages(result.rejected, t),
                strict=True,
            )
        ],
        "waivers": {
            "expired": [_waiver_object(w) for w in result.expired_waivers],
            "unused": [_waiver_object(w) for w in result.unused_waivers],
        },
        "notes": [{"key": n.key, "message": note_text(t, n)} for n in result.notes],
    }
    if result.undecided is not None:
        document["undecided"] = list(finding_objects(result.undecided, t, sources))
    if result.snapshots:
        document["snapshots"] = [
            {"path": s.path, "taken_at": _iso(s.taken_at), "time_from": s.time_from}
            for s in result.snapshots
        ]
    if privacy is not None:
        document["privacy"] = dict(privacy)
    return document


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def render_json(
    result: AuditResult, t: Translator, *, privacy: Mapping[str, bool] | None = None
) -> str:
    """The document with each top-level key, and each item of a top-level list or object, on a
    line of its own: easy to read and to grep, and written by the C encoder (``indent`` would
    use the pure-Python one, many times slower on a municipality's findings)."""
    document = build_document(result, t, privacy=privacy)
    parts = []
    for key, value in document.items():
        if isinstance(value, list) and value:
            items = ",\n    ".join(_compact(item) for item in value)
            parts.append(f"  {_compact(key)}: [\n    {items}\n  ]")
        elif isinstance(value, dict) and value:
            items = ",\n    ".join(f"{_compact(k)}: {_compact(v)}" for k, v in value.items())
            parts.append(f"  {_compact(key)}: {{\n    {items}\n  }}")
        else:
            parts.append(f"  {_compact(key)}: {_compact(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"
