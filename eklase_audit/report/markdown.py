"""A Markdown summary and violation table, for an e-mail or a wiki page."""

from __future__ import annotations

from collections.abc import Sequence

from eklase_audit.messages import Translator
from eklase_audit.report.tabular import COLUMNS, violation_cells
from eklase_audit.report.words import (
    citation_text,
    header_text,
    late_rate_text,
    note_text,
    number,
    ranked_teachers,
    rule_title,
    skipped_text,
    sources_of,
    summary_text,
    teacher_cells,
    waiver_notes,
)
from eklase_audit.result import AuditResult

# The violation table's columns (of tabular.COLUMNS): what a reader of an e-mail needs.
SHOWN_COLUMNS: tuple[str, ...] = (
    "rule",
    "teacher",
    "class",
    "subject",
    "student",
    "event_date",
    "deadline",
    "entered_at",
    "late_working_days",
    "late_hours",
    "message",
    "citation",
    "path",
    "row",
)


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def render_markdown(result: AuditResult, t: Translator) -> str:
    lines = [
        f"# {t('report.title')}",
        "",
        header_text(t, result),
        "",
    ]
    if result.period:
        start, end = result.period
        lines += [t("report.period", start=t.date(start), end=t.date(end)), ""]
    lines += [
        summary_text(t, result),
        "",
        late_rate_text(t, result),
        "",
        f"## {t('report.rules')}",
        "",
    ]
    rules = [
        [
            r.code,
            rule_title(t, r.code),
            t(f"status.{r.status}"),
            number(t, r.violations),
            number(t, r.pending),
            citation_text(t, r.citation),
        ]
        for r in result.rules
        if r.enabled
    ]
    lines += _table(
        [
            t("col.code"),
            t("col.rule"),
            t("col.status"),
            t("col.violations"),
            t("col.pending"),
            t("col.citation"),
        ],
        rules,
    )
    if result.teachers:
        lines += ["", f"## {t('report.teachers')}", ""]
        teachers = [teacher_cells(t, s) for s in ranked_teachers(result.teachers)]
        lines += _table(
            [t("col.teacher"), t("col.violations"), t("col.late_entries"), t("col.late_rate")],
            teachers,
        )
    lines += ["", f"## {t('report.violations')}", ""]
    keys = [key for name, key in COLUMNS if name in SHOWN_COLUMNS]
    shown = [name for name, _ in COLUMNS if name in SHOWN_COLUMNS]
    cells = violation_cells(result.violations, t, sources_of(result), for_people=True)
    rows = cells.select(shown).rows()
    lines += _table([t(k) for k in keys], rows) if rows else [t("report.no_violations")]
    notes = [skipped_text(t, s) for s in result.skipped]
    notes += [note_text(t, n) for n in result.notes]
    notes += waiver_notes(t, result)
    if notes:
        lines += ["", f"## {t('report.notes')}", ""]
        lines += [f"- {_cell(note)}" for note in notes]
    return "\n".join(lines) + "\n"
