"""What a deputy director sees in the terminal: the files read and how the rows reconcile, the
violations per rule and per teacher with late-entry rates, then the violations, worst first.
Rich tables on a terminal; the same text without colour when the output is not one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from eklase_audit.messages import Translator
from eklase_audit.report.findings_text import finding_message
from eklase_audit.report.json_report import sources_of
from eklase_audit.result import AuditResult

SHOWN_VIOLATIONS = 100


def _table(console: Console, title: str) -> Table:
    style = box.SIMPLE_HEAVY if console.is_terminal else box.ASCII2
    return Table(title=title, title_justify="left", box=style, show_lines=False, expand=False)


def _number(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")


def _percent(t: Translator, rate: float) -> str:
    text = f"{rate * 100:.1f} %"
    return text.replace(".", ",") if t.lang == "lv" else text


def render_terminal(
    result: AuditResult, t: Translator, console: Console, *, quiet: bool = False
) -> None:
    header = t(
        "report.header",
        school=result.profile.name,
        profile=result.profile.id,
        as_of=t.datetime(result.as_of),
    )
    console.print(Text(t("report.title"), style="bold"), Text(header))
    if result.period:
        console.print(
            t("report.period", start=t.date(result.period[0]), end=t.date(result.period[1]))
        )
    _files(result, t, console)
    _rules(result, t, console)
    _teachers(result, t, console)
    if not quiet:
        _violations(result, t, console)
        _other(result, t, console)
    _summary(result, t, console)


def _files(result: AuditResult, t: Translator, console: Console) -> None:
    table = _table(console, t("report.files"))
    for key in ("col.file", "col.sheet", "col.kind"):
        table.add_column(t(key))
    for key in ("col.rows_read", "col.rows_rejected", "col.rows_out_of_scope", "col.rows_audited"):
        table.add_column(t(key), justify="right")
    totals = [0, 0, 0, 0]
    for item in result.inputs:
        counts = [
            item.file.rows_read,
            item.file.rows_rejected,
            item.rows_out_of_scope,
            item.rows_audited,
        ]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        table.add_row(
            item.file.path,
            item.file.sheet or "",
            t(f"kind.{item.file.kind}"),
            *(_number(c) for c in counts),
        )
    console.print(table)
    reconciles = totals[0] == totals[1] + totals[2] + totals[3]
    line = t(
        "report.reconciliation",
        read=_number(totals[0]),
        audited=_number(totals[3]),
        rejected=_number(totals[1]),
        out_of_scope=_number(totals[2]),
    )
    mark = t("report.reconciles") if reconciles else t("report.does_not_reconcile")
    console.print(f"{line}: {mark}", style=None if reconciles else "bold red")


def _rules(result: AuditResult, t: Translator, console: Console) -> None:
    table = _table(console, t("report.rules"))
    table.add_column(t("col.code"))
    table.add_column(t("col.rule"))
    table.add_column(t("col.status"))
    for key in ("col.violations", "col.pending", "col.not_evaluable"):
        table.add_column(t(key), justify="right")
    table.add_column(t("col.citation"))
    for rule in result.rules:
        if not rule.enabled:
            continue
        table.add_row(
            rule.code,
            t(f"rule.{rule.code}.title"),
            t(f"status.{rule.status}"),
            _number(rule.violations),
            _number(rule.pending),
            _number(rule.not_evaluable),
            rule.citation or t("citation.data_quality"),
            style="bold" if rule.violations else None,
        )
    console.print(table)


def _teachers(result: AuditResult, t: Translator, console: Console) -> None:
    if not result.teachers:
        return
    table = _table(console, t("report.teachers"))
    table.add_column(t("col.teacher"))
    table.add_column(t("col.violations"), justify="right")
    table.add_column(t("col.late_entries"), justify="right")
    table.add_column(t("col.late_rate"), justify="right")
    ranked = sorted(result.teachers, key=lambda s: (-s.violations, -s.late_rate, s.teacher or ""))
    for summary in ranked:
        table.add_row(
            summary.teacher or t("report.unknown_teacher"),
            _number(summary.violations),
            f"{_number(summary.late)} / {_number(summary.evaluated)}",
            _percent(t, summary.late_rate),
        )
    console.print(table)
    console.print(
        t(
            "report.late_rate",
            rate=_percent(t, result.late_rate),
            late=_number(result.timeliness_late),
            evaluated=_number(result.timeliness_evaluated),
        )
    )


def _late_by(t: Translator, row: Mapping[str, Any]) -> str:
    if row["late_working_days"] is None:
        return ""
    hours = f"{row['late_hours']:.1f}"
    if t.lang == "lv":
        hours = hours.replace(".", ",")
    return t("report.late_by", days=row["late_working_days"], hours=hours)


def _violations(result: AuditResult, t: Translator, console: Console) -> None:
    frame = result.violations
    if frame.is_empty():
        console.print(t("report.no_violations"))
        return
    sources = sources_of(result)
    with_students = frame["student"].null_count() < frame.height
    table = _table(console, t("report.violations"))
    columns = ["col.code", "col.teacher", "col.class", "col.subject"]
    if with_students:
        columns.append("col.student")
    columns += ["col.date", "col.deadline", "col.entered_at", "col.late_by", "col.message"]
    columns += ["col.citation", "col.file"]
    for key in columns:
        table.add_column(t(key), overflow="fold")
    for row in frame.head(SHOWN_VIOLATIONS).iter_rows(named=True):
        where = f"{row['path']}:{row['row']}" if row["path"] else ""
        cells = [row["rule"], row["teacher"] or "", row["class"] or "", row["subject"] or ""]
        if with_students:
            cells.append(row["student"] or "")
        cells += [
            t.date(row["event_date"]),
            t.datetime(row["deadline"]),
            t.datetime(row["entered_at"]),
            _late_by(t, row),
            finding_message(t, row, sources),
            row["citation"] or t("citation.data_quality"),
            where,
        ]
        table.add_row(*cells, style="red" if row["severity"] == "error" else "yellow")
    console.print(table)
    if frame.height > SHOWN_VIOLATIONS:
        console.print(t("report.violations_shown", shown=SHOWN_VIOLATIONS, total=frame.height))


def _other(result: AuditResult, t: Translator, console: Console) -> None:
    lines = [
        t(
            "report.not_evaluable_file",
            rule=row["rule"],
            path=row["path"] or "",
            reason=t(row["reason"]) if row["reason"] else "",
            rows=row["rows"],
        )
        for row in result.not_evaluable.filter(result.not_evaluable["row"].is_null()).iter_rows(
            named=True
        )
    ]
    lines += [
        f"{s.path}{' (' + s.sheet + ')' if s.sheet else ''}: {t(s.reason, **s.params)}"
        for s in result.skipped
    ]
    lines += [t(note.key, **note.params) for note in result.notes]
    if lines:
        console.print(Text(t("report.notes"), style="bold"))
        for line in lines:
            console.print(f"- {line}", highlight=False)


def _summary(result: AuditResult, t: Translator, console: Console) -> None:
    frame = result.violations
    errors = int((frame["severity"] == "error").sum()) if frame.height else 0
    not_evaluable = int(result.not_evaluable["rows"].sum()) if result.not_evaluable.height else 0
    console.print(
        t(
            "report.summary",
            violations=_number(frame.height),
            errors=_number(errors),
            warnings=_number(frame.height - errors),
            pending=_number(result.pending.height),
            not_evaluable=_number(not_evaluable),
            waived=_number(result.waived.height),
            rejected=_number(result.rejected.height),
        ),
        style="bold",
        highlight=False,
    )
