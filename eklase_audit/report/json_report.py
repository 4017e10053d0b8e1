"""The JSON document of SPEC "The machine contract" (``schema_version`` 1)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from typing import Any

import polars as pl

from eklase_audit.messages import Translator
from eklase_audit.report.findings_text import finding_message
from eklase_audit.result import AuditResult

SCHEMA_VERSION = 1


def _iso(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def sources_of(result: AuditResult) -> dict[int, tuple[str, str | None]]:
    return {s.file.index: (s.file.path, s.file.sheet) for s in result.inputs}


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
) -> Iterator[dict[str, Any]]:
    """One JSON object per finding row, in the frame's order."""
    for row in frame.iter_rows(named=True):
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
        item["message"] = finding_message(t, row, sources)
        item["citation"] = row["citation"] or t("citation.data_quality")
        if missing is not None:
            item["missing"] = missing
        if row.get("waiver_reason") is not None:
            item["waiver"] = {"reason": row["waiver_reason"], "until": _iso(row["waiver_until"])}
        yield item


def build_document(result: AuditResult, t: Translator) -> dict[str, Any]:
    sources = sources_of(result)
    by_teacher = {
        (teacher.teacher or ""): {
            "violations": teacher.violations,
            "evaluated": teacher.evaluated,
            "late_rate": teacher.late_rate,
        }
        for teacher in result.teachers
    }
    not_evaluable_rows = (
        int(result.not_evaluable["rows"].sum()) if result.not_evaluable.height else 0
    )
    return {
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
            {"path": s.path, "sheet": s.sheet, "reason": t(s.reason, **s.params)}
            for s in result.skipped
        ],
        "summary": {
            "violations": result.violation_count,
            "by_rule": result.by_rule(),
            "by_teacher": by_teacher,
            "pending": result.pending.height,
            "not_evaluable": not_evaluable_rows,
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
        "pending": list(finding_objects(result.pending, t, sources, late_by=False)),
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
                "reason": t(row["reason"], column=row["column"] or "", value=row["value"] or ""),
            }
            for row in result.rejected.iter_rows(named=True)
        ],
    }


def render_json(result: AuditResult, t: Translator) -> str:
    return json.dumps(build_document(result, t), ensure_ascii=False, indent=2) + "\n"
