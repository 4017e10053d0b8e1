"""How ``inspect`` shows the reading of the inputs: Rich tables on a terminal (plain text when
the output is not one), or one JSON document with English keys."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from eklase_audit.io.inspection import InspectedInput, Inspection
from eklase_audit.io.model import Note
from eklase_audit.messages import Translator
from eklase_audit.report.terminal import box_for
from eklase_audit.report.words import (
    encoding_text,
    note_message,
    separator_text,
    skip_reason,
    where_text,
)

SCHEMA_VERSION = 1


# --- words ----------------------------------------------------------------------------------


def table_text(t: Translator, kind: str) -> str:
    """A table kind as people call it; English adds the id (``lessons``) a config uses, while
    Latvian stays Latvian (``stundas``)."""
    word = t(f"table.{kind}")
    return word if t.lang == "lv" or word == kind else f"{word} ({kind})"


def column_text(t: Translator, canonical: str) -> str:
    """A canonical column as people call it (``datums``); English adds the id where it differs
    (``entered at (entered_at)``). ``inspect --format json`` keeps the ids alone."""
    key = f"column.{canonical}"
    word = t(key) if t.has(key) else canonical
    return word if t.lang == "lv" or word == canonical else f"{word} ({canonical})"


def rejection_message(t: Translator, reason: str, column: str, value: str) -> str:
    return t(reason, column=column, value=value)


def _note_line(t: Translator, note: Note) -> str:
    """A note after its file and sheet; one about a sheet of no named file keeps the comma in
    front that it has always had."""
    where = where_text(t, note.path, note.sheet, None)
    if note.sheet is not None and not note.path:
        where = ", " + where
    return f"{where}: {note_message(t, note)}" if where else note_message(t, note)


# --- JSON -----------------------------------------------------------------------------------


def inspection_json(inspection: Inspection, t: Translator) -> dict[str, Any]:
    """The inspection as a JSON object; keys are English and stable, messages in ``t``'s
    language."""
    return {
        "schema_version": SCHEMA_VERSION,
        "inputs": [_input_json(item, t) for item in inspection.inputs],
        "skipped": [
            {
                "path": skipped.path,
                "sheet": skipped.sheet,
                "reason": skipped.reason,
                "message": skip_reason(t, skipped),
                "named": skipped.named,
            }
            for skipped in inspection.skipped
        ],
        "notes": [
            {
                "key": note.key,
                "message": note_message(t, note),
                "path": note.path,
                "sheet": note.sheet,
            }
            for note in inspection.notes
        ],
    }


def _input_json(item: InspectedInput, t: Translator) -> dict[str, Any]:
    file = item.file
    return {
        "path": file.path,
        "sheet": file.sheet,
        "kind": file.kind,
        "encoding": file.encoding,
        "separator": file.separator,
        "header_row": file.header_row,
        "columns": [{"header": header, "column": column} for header, column in file.mapping],
        "unmapped": list(file.unmapped),
        "entry_times": item.has_entry_times,
        "rows_read": file.rows_read,
        "blank_rows": file.blank_rows,
        "rows_rejected": file.rows_rejected,
        "first_rejections": [
            {
                "row": rejection.row,
                "column": rejection.column,
                "value": rejection.value,
                "reason": rejection.reason,
                "message": rejection_message(
                    t, rejection.reason, rejection.column, rejection.value
                ),
            }
            for rejection in item.first_rejections
        ],
        "sha256": file.sha256,
        "named": file.named,
    }


# --- the terminal ---------------------------------------------------------------------------


def _table(console: Console, title: str | None = None, *, header: bool = True) -> Table:
    return Table(
        title=title,
        title_justify="left",
        box=box_for(console) if header else None,
        show_header=header,
        expand=False,
    )


def render_inspection(inspection: Inspection, t: Translator, console: Console) -> None:
    """Each input, then what was skipped and the notes, then a one-line summary."""
    console.print(Text(t("inspect.title"), style="bold"))
    console.print()
    for item in inspection.inputs:
        _render_input(item, t, console)
    if inspection.skipped:
        console.print(Text(t("inspect.skipped"), style="bold"))
        for skipped in inspection.skipped:
            where = where_text(t, skipped.path, skipped.sheet, None)
            console.print(Text(f"  {where}: {skip_reason(t, skipped)}"))
        console.print()
    if inspection.notes:
        console.print(Text(t("inspect.notes"), style="bold"))
        for note in inspection.notes:
            console.print(Text(f"  {_note_line(t, note)}"))
        console.print()
    console.print(
        Text(t("inspect.summary", inputs=len(inspection.inputs), skipped=len(inspection.skipped)))
    )


def _render_input(item: InspectedInput, t: Translator, console: Console) -> None:
    file = item.file
    console.print(Text(where_text(t, file.path, file.sheet, None), style="bold"))

    facts = _table(console, header=False)
    facts.add_column()
    facts.add_column(overflow="fold")
    rows: list[tuple[str, str | None]] = [
        (t("inspect.table"), table_text(t, file.kind)),
        (t("inspect.encoding"), encoding_text(file.encoding)),
        (t("inspect.separator"), separator_text(t, file.separator)),
        (t("inspect.header_row"), str(file.header_row)),
        (t("inspect.rows_read"), str(file.rows_read)),
        (t("inspect.blank_rows"), str(file.blank_rows)),
        (t("inspect.rows_rejected"), str(file.rows_rejected)),
    ]
    for label, value in rows:
        if value is not None:
            facts.add_row(Text(label), Text(value))
    console.print(facts)

    columns = _table(console, t("inspect.columns"))
    columns.add_column(t("inspect.source_header"), overflow="fold")
    columns.add_column(t("inspect.canonical"))
    for header, canonical in file.mapping:
        columns.add_row(Text(header), Text(column_text(t, canonical)))
    console.print(columns)
    if file.unmapped:
        console.print(Text(f"{t('inspect.unmapped')}: {', '.join(file.unmapped)}"))
    if not item.has_entry_times:
        console.print(Text(t("inspect.no_entered"), style="yellow"))

    if item.first_rejections:
        rejected = _table(console, t("inspect.first_rejections"))
        for heading in ("inspect.row", "inspect.column", "inspect.value", "inspect.reason"):
            rejected.add_column(t(heading), overflow="fold")
        for rejection in item.first_rejections:
            rejected.add_row(
                Text(str(rejection.row)),
                Text(rejection.column),
                Text(rejection.value),
                Text(rejection_message(t, rejection.reason, rejection.column, rejection.value)),
            )
        console.print(rejected)
        if item.more_rejections > 0:
            console.print(Text(t("inspect.more_rejected", count=item.more_rejections)))
    console.print()
