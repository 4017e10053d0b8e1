"""What a deputy director sees in the terminal: the files read and how the rows reconcile, the
violations per rule and per teacher with late-entry rates, then the violations, worst first.

Rich tables on a wide terminal. A violation has many fields (teacher, class, subject, date,
deadline, entry, lateness, message, citation, source), so on a terminal narrower than
:data:`WIDE` columns, and whenever the output is not a terminal, each violation is a short
block of lines instead of a table row. Not a terminal: plain text, no colour, ASCII frames.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from eklase_audit.messages import Translator
from eklase_audit.report.findings_text import finding_message
from eklase_audit.report.words import (
    citation_text,
    counted,
    header_text,
    input_counts,
    input_totals,
    late_by_text,
    late_rate_text,
    note_text,
    number,
    ranked_teachers,
    reconciles,
    rule_title,
    severity_text,
    skipped_text,
    sources_of,
    status_text,
    summary_text,
    teacher_cells,
    waiver_notes,
    where_text,
)
from eklase_audit.result import AuditResult

SHOWN_VIOLATIONS = 100
SHOWN_OTHER = 20  # waived and undecided records listed before "... and N more"
WIDE = 110  # from this width a terminal shows violations as a table
PLAIN_WIDTH = 120  # tables of plain output are laid out for this width
SEP = " | "
BLOCK_INDENT = 3
NUMBER_WIDTH = 11  # a count's column at most: its header wraps, the text columns get the room


def box_for(console: Console) -> box.Box:
    """The frame of a table: heavy lines on a terminal, ASCII in plain output."""
    return box.SIMPLE_HEAVY if console.is_terminal else box.ASCII2


def _table(console: Console, title: str) -> Table:
    return Table(
        title=title, title_justify="left", box=box_for(console), show_lines=False, expand=False
    )


def _number_column(table: Table, header: str) -> None:
    """A right-aligned count whose long header wraps, leaving room for the text columns."""
    table.add_column(header, justify="right", max_width=NUMBER_WIDTH, overflow="fold")


def _say(console: Console, text: str, style: str | None = None, *, indent: int = 0) -> None:
    """A line as text (never Rich markup: messages hold brackets). Plain output is not wrapped;
    on a terminal a wrapped line keeps its indent."""
    if not console.is_terminal:
        console.print(Text(" " * indent + text), soft_wrap=True)
    elif indent:
        console.print(Padding(Text(text, style=style or ""), (0, 0, 0, indent)))
    else:
        console.print(Text(text, style=style or ""))


def render_terminal(
    result: AuditResult, t: Translator, console: Console, *, quiet: bool = False
) -> None:
    if not console.is_terminal and console.width < PLAIN_WIDTH:
        console.width = PLAIN_WIDTH
    _say(console, f"{t('report.title')}: {header_text(t, result)}", "bold")
    if result.period:
        _say(
            console,
            t("report.period", start=t.date(result.period[0]), end=t.date(result.period[1])),
        )
    _files(result, t, console)
    _rules(result, t, console)
    _teachers(result, t, console)
    if not quiet:
        _violations(result, t, console)
        _waived(result, t, console)
        _undecided(result, t, console)
        _notes(result, t, console)
    _summary(result, t, console)


def _common_folder(paths: list[str]) -> str | None:
    """The folder every input is in, when there is one to leave out of the file column."""
    if len(paths) < 2:
        return None
    try:
        folder = os.path.commonpath([os.path.dirname(p) for p in paths])
    except ValueError:  # a mix of absolute and relative paths, or of Windows drives
        return None
    return folder or None


def _files(result: AuditResult, t: Translator, console: Console) -> None:
    folder = _common_folder([item.file.path for item in result.inputs])
    title = t("report.files_in", folder=folder) if folder else t("report.files")
    table = _table(console, title)
    names = [os.path.relpath(i.file.path, folder) if folder else i.file.path for i in result.inputs]
    rows = [(item, input_counts(item)) for item in result.inputs]
    totals = input_totals(result.inputs)
    # Rejected and out-of-scope columns only when some file has such rows, and the sheet column
    # only when there are sheets: a narrow terminal keeps room for names (the line below the
    # table always gives all four totals).
    shown = [0] + [i for i in (1, 2) if totals[i]] + [3]
    with_sheets = any(item.file.sheet for item in result.inputs)
    table.add_column(t("col.file"), overflow="fold")
    if with_sheets:
        table.add_column(t("col.sheet"), overflow="fold")
    table.add_column(t("col.kind"), overflow="fold")
    keys = ("col.rows_read", "col.rows_rejected", "col.rows_out_of_scope", "col.rows_audited")
    for i in shown:
        _number_column(table, t(keys[i]))
    for (item, counts), name in zip(rows, names, strict=True):
        sheet = [Text(item.file.sheet or "")] if with_sheets else []
        table.add_row(
            Text(name),
            *sheet,
            t(f"kind.{item.file.kind}"),
            *(number(t, counts[i]) for i in shown),
        )
    console.print(table)
    line = t(
        "report.reconciliation",
        read=number(t, totals[0]),
        audited=number(t, totals[3]),
        rejected=number(t, totals[1]),
        out_of_scope=number(t, totals[2]),
    )
    whole = reconciles(totals)
    mark = t("report.reconciles") if whole else t("report.does_not_reconcile")
    _say(console, f"{line}: {mark}", None if whole else "bold red")


def _rules(result: AuditResult, t: Translator, console: Console) -> None:
    table = _table(console, t("report.rules"))
    table.add_column(t("col.code"), no_wrap=True)
    table.add_column(t("col.rule"), overflow="fold")
    table.add_column(t("col.status"))
    for key in ("col.violations", "col.pending", "col.not_evaluable"):
        _number_column(table, t(key))
    for rule in result.rules:
        if not rule.enabled:
            continue
        table.add_row(
            rule.code,
            Text(rule_title(t, rule.code)),
            status_text(t, rule),
            number(t, rule.violations),
            number(t, rule.pending),
            number(t, rule.not_evaluable),
            style="bold" if rule.violations else None,
        )
    console.print(table)
    off = [r.code for r in result.rules if not r.enabled]
    if off:
        _say(console, t("report.rules_off", codes=", ".join(off)))


def _teachers(result: AuditResult, t: Translator, console: Console) -> None:
    if not result.teachers:
        return
    table = _table(console, t("report.teachers"))
    table.add_column(t("col.teacher"), overflow="fold")
    table.add_column(t("col.violations"), justify="right")
    table.add_column(t("col.late_entries"), justify="right")
    table.add_column(t("col.late_rate"), justify="right")
    for summary in ranked_teachers(result.teachers):
        name, *counts = teacher_cells(t, summary)
        table.add_row(Text(name), *counts)
    console.print(table)
    _say(console, late_rate_text(t, result))


# --- one violation --------------------------------------------------------------------------


def _who(t: Translator, row: Mapping[str, Any]) -> list[str]:
    return [str(row[name]) for name in ("teacher", "class", "subject", "student") if row.get(name)]


def _entered(t: Translator, row: Mapping[str, Any]) -> str:
    if row.get("entered_at") is not None:
        return t.datetime(row["entered_at"])
    if row.get("entered_hi") is not None:
        if row.get("entered_lo") is None:
            return f"{t('report.entered_by', hi=t.datetime(row['entered_hi']))} " + t(
                "report.first_snapshot"
            )
        return t(
            "report.entered_between",
            lo=t.datetime(row["entered_lo"]),
            hi=t.datetime(row["entered_hi"]),
        )
    return t("report.not_entered") if row.get("deadline") is not None else ""


def _times(t: Translator, row: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(label, value) of the finding's dates, in order; empty ones left out."""
    pairs = [
        (t("col.date"), t.date(row.get("event_date"))),
        (t("col.deadline"), t.datetime(row.get("deadline"))),
        (t("col.entered_at"), _entered(t, row)),
        (t("col.late_by"), late_by_text(t, row.get("late_working_days"), row.get("late_hours"))),
    ]
    return [(label, value) for label, value in pairs if value]


def _source(t: Translator, row: Mapping[str, Any]) -> str:
    if not row.get("path"):
        return ""
    return where_text(t, row["path"], row.get("sheet"), row.get("row"))


def _block(
    t: Translator,
    row: Mapping[str, Any],
    sources: Mapping[int, tuple[str, str | None]],
    index: int,
) -> list[str]:
    """A violation as a few lines that read well at any width."""
    head = [f"{index}. {row['rule']} ({severity_text(t, row['severity'])})", *_who(t, row)]
    lines = [SEP.join(head), finding_message(t, row, sources)]
    times = _times(t, row)
    if times:
        lines.append(SEP.join(f"{label}: {value}" for label, value in times))
    tail = [citation_text(t, row["citation"])]
    source = _source(t, row)
    if source:
        tail.append(source)
    lines.append(SEP.join(tail))
    return lines


def _violations(result: AuditResult, t: Translator, console: Console) -> None:
    frame = result.violations
    console.print()
    if frame.is_empty():
        _say(console, t("report.no_violations"))
        return
    sources = sources_of(result)
    rows = list(frame.head(SHOWN_VIOLATIONS).iter_rows(named=True))
    if console.is_terminal and console.width >= WIDE:
        _violation_table(t, console, rows, sources)
    else:
        _say(console, t("report.violations"), "bold")
        for index, row in enumerate(rows, start=1):
            style = "red" if row["severity"] == "error" else "yellow"
            block = _block(t, row, sources, index)
            _say(console, block[0], style if console.is_terminal else None)
            for line in block[1:]:
                _say(console, line, indent=BLOCK_INDENT)
    if frame.height > SHOWN_VIOLATIONS:
        _say(console, t("report.violations_shown", shown=SHOWN_VIOLATIONS, total=frame.height))


def _violation_table(
    t: Translator,
    console: Console,
    rows: Sequence[Mapping[str, Any]],
    sources: Mapping[int, tuple[str, str | None]],
) -> None:
    """Five columns with lines inside: rule, record, times, lateness, what and where."""
    table = _table(console, t("report.violations"))
    table.add_column(t("col.code"), no_wrap=True)
    table.add_column(" / ".join((t("col.teacher"), t("col.class"), t("col.subject"))), ratio=2)
    table.add_column(t("col.times"), no_wrap=True)
    table.add_column(t("col.late_by"), no_wrap=True, justify="right")
    table.add_column(t("col.message"), ratio=4, overflow="fold")
    for row in rows:
        times = "\n".join(f"{label}: {value}" for label, value in _times(t, row)[:3])
        what = [finding_message(t, row, sources), citation_text(t, row["citation"])]
        source = _source(t, row)
        if source:
            what.append(source)
        table.add_row(
            Text(f"{row['rule']}\n{severity_text(t, row['severity'])}"),
            Text("\n".join(_who(t, row))),
            Text(times),
            Text(late_by_text(t, row.get("late_working_days"), row.get("late_hours"))),
            Text("\n".join(what)),
            style="red" if row["severity"] == "error" else "yellow",
        )
    console.print(table)


def _waived(result: AuditResult, t: Translator, console: Console) -> None:
    frame = result.waived
    if frame.is_empty():
        return
    _say(
        console, f"{t('report.waived_title')} ({counted(t, 'count.waived', frame.height)})", "bold"
    )
    for row in frame.head(SHOWN_OTHER).iter_rows(named=True):
        parts = [row["rule"], *_who(t, row), t.date(row.get("event_date"))]
        until = t.date(row.get("waiver_until"))
        reason = row.get("waiver_reason") or ""
        _say(console, "- " + SEP.join(p for p in parts if p) + f": {reason} ({until})")
    if frame.height > SHOWN_OTHER:
        _say(console, t("report.violations_shown", shown=SHOWN_OTHER, total=frame.height))


def _undecided(result: AuditResult, t: Translator, console: Console) -> None:
    frame = result.undecided
    if frame is None or frame.is_empty():
        return
    sources = sources_of(result)
    title = f"{t('report.undecided_title')} ({counted(t, 'count.undecided', frame.height)})"
    _say(console, title, "bold")
    for row in frame.head(SHOWN_OTHER).iter_rows(named=True):
        parts = [row["rule"], *_who(t, row), finding_message(t, row, sources)]
        _say(console, "- " + SEP.join(parts))
    if frame.height > SHOWN_OTHER:
        _say(console, t("report.violations_shown", shown=SHOWN_OTHER, total=frame.height))


def _notes(result: AuditResult, t: Translator, console: Console) -> None:
    whole_files = result.not_evaluable.filter(result.not_evaluable["row"].is_null())
    lines = [
        t(
            "report.not_evaluable_file",
            rule=row["rule"],
            path=row["path"] or "",
            reason=t(row["reason"]) if row["reason"] else "",
            rows=counted(t, "count.rows", row["rows"]),
        )
        for row in whole_files.iter_rows(named=True)
    ]
    lines += [skipped_text(t, s) for s in result.skipped]
    lines += [note_text(t, note) for note in result.notes]
    lines += waiver_notes(t, result)
    if lines:
        console.print()
        _say(console, t("report.notes"), "bold")
        for line in lines:
            _say(console, f"- {line}")


def _summary(result: AuditResult, t: Translator, console: Console) -> None:
    console.print()
    _say(console, summary_text(t, result), "bold")
    if result.undecided is not None:
        undecided = counted(t, "count.undecided", result.undecided.height)
        _say(console, t("report.summary_undecided", undecided=undecided), "bold")
