"""How ``inspect`` shows the reading of the inputs: Rich tables on a terminal (plain text when
the output is not one), or one JSON document with English keys."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from eklase_audit.io.inspection import InspectedInput, Inspection
from eklase_audit.io.model import Note, SkippedInput
from eklase_audit.messages import Translator
from eklase_audit.report.words import param_words

SCHEMA_VERSION = 1


# --- messages with parameters that are themselves words -------------------------------------


def skip_message(t: Translator, skipped: SkippedInput) -> str:
    return t(skipped.reason, **param_words(t, skipped.params))


def note_message(t: Translator, note: Note) -> str:
    return t(note.key, **param_words(t, note.params))


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


_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "windows-1257": "Windows-1257",
}


def encoding_text(encoding: str | None) -> str | None:
    """An encoding as Excel's "Save as" names it."""
    return None if encoding is None else _ENCODING_NAMES.get(encoding, encoding)


def separator_text(t: Translator, separator: str | None) -> str | None:
    if separator is None:
        return None
    return t("inspect.separator_tab") if separator == "\t" else separator


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
                "message": skip_message(t, skipped),
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
    style = box.SIMPLE_HEAVY if console.is_terminal else box.ASCII2
    return Table(
        title=title,
        title_justify="left",
        box=style if header else None,
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
            where = skipped.path
            if skipped.sheet is not None:
                where += ", " + t("inspect.sheet", sheet=skipped.sheet)
            console.print(Text(f"  {where}: {skip_message(t, skipped)}"))
        console.print()
    if inspection.notes:
        console.print(Text(t("inspect.notes"), style="bold"))
        for note in inspection.notes:
            where = note.path or ""
            if note.sheet is not None:
                where += ", " + t("inspect.sheet", sheet=note.sheet)
            text = note_message(t, note)
            console.print(Text(f"  {where}: {text}" if where else f"  {text}"))
        console.print()
    console.print(
        Text(t("inspect.summary", inputs=len(inspection.inputs), skipped=len(inspection.skipped)))
    )


def _render_input(item: InspectedInput, t: Translator, console: Console) -> None:
    file = item.file
    title = file.path
    if file.sheet is not None:
        title += ", " + t("inspect.sheet", sheet=file.sheet)
    console.print(Text(title, style="bold"))

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
