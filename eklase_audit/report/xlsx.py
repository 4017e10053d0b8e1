"""The violation spreadsheet (``--output x.xlsx``): what a methodologist filters by teacher, sorts
by lateness and sends to the director.

Sheets: a summary (teacher x rule counts, late-entry rates, two charts), one sheet per rule that
has violations, then the pending, not evaluable, rejected, waived and undecided records, the
rules, and how the run was made. Every table sheet has a frozen header row and a filter; dates
are Excel dates and numbers numbers; every text cell is written as text, so a cell that starts
with ``=`` is never a formula. Nothing is cut off: past Excel's row limit a sheet goes on in
"<name> (2)", and the run sheet says so.

Written with xlsxwriter row by row (``constant_memory`` past two million cells): at municipality
scale the report is the slow output (5-13 µs a cell), so values are converted column-wise first
(dates to Excel serial numbers, messages once per row) and the row loop only writes.
"""

from __future__ import annotations

import math
import re
import shlex
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import polars as pl
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from eklase_audit.calendar.deadline_spec import DeadlineSyntaxError, parse_deadline
from eklase_audit.messages import Translator
from eklase_audit.profiles.describe import deadline_sentence
from eklase_audit.profiles.loader import BUILTIN_SOURCE
from eklase_audit.profiles.model import DeadlineChoice
from eklase_audit.report.findings_text import finding_messages, rejection_messages
from eklase_audit.report.words import (
    citation_expr,
    citation_text,
    counted,
    encoding_text,
    error_count,
    field_name,
    input_counts,
    input_totals,
    missing_field_expr,
    not_evaluable_rows,
    note_text,
    ranked_teachers,
    reconciles,
    rule_title,
    rule_title_expr,
    separator_text,
    severity_text,
    skipped_text,
    snapshot_text,
    sources_of,
    status_text,
    waiver_fields_text,
)
from eklase_audit.result import AuditResult, RuleOutcome, Waiver
from eklase_audit.rules.catalog import RULES

# Rows of a sheet, the header row included (Excel's limit; a test may make it small).
EXCEL_MAX_ROWS = 1_048_576
SHEET_NAME_LIMIT = 31
TOP_TEACHERS = 10
CONSTANT_MEMORY_CELLS = 2_000_000
# Cells beyond which the file may pass 4 GiB uncompressed and needs ZIP64.
_ZIP64_CELLS = 20_000_000

_FORBIDDEN_IN_NAMES = re.compile(r"[\[\]:*?/\\]")
_EXCEL_EPOCH_DAYS = 25_569  # 1970-01-01 as an Excel serial day (1900 date system)
_MICROSECONDS_A_DAY = 86_400_000_000
_MISSING_SHOWN_ELSEWHERE = frozenset({"class", "subject", "student"})


class Kind(Enum):
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    DATE = "date"
    DATETIME = "datetime"
    PERCENT = "percent"


@dataclass(frozen=True)
class Column:
    """One column of a table sheet: its header, how its value is made, what kind of cell."""

    header: str
    expr: pl.Expr
    kind: Kind = Kind.TEXT


def _cell_value(expr: pl.Expr, kind: Kind) -> pl.Expr:
    """The value as xlsxwriter writes it: dates and times as Excel serial numbers."""
    if kind is Kind.DATE:
        return expr.cast(pl.Date).cast(pl.Int32).cast(pl.Float64) + _EXCEL_EPOCH_DAYS
    if kind is Kind.DATETIME:
        micros = expr.cast(pl.Datetime("us")).cast(pl.Int64).cast(pl.Float64)
        return micros / _MICROSECONDS_A_DAY + _EXCEL_EPOCH_DAYS
    if kind is Kind.TEXT:
        return expr.cast(pl.String)
    return expr.cast(pl.Float64)


def sheet_name(text: str) -> str:
    """A valid sheet name: none of ``[]:*?/\\``, no leading or trailing apostrophe, at most
    31 characters."""
    name = _FORBIDDEN_IN_NAMES.sub("_", text).strip().strip("'") or "_"
    return name[:SHEET_NAME_LIMIT]


@dataclass(frozen=True)
class Split:
    """A table that did not fit one sheet."""

    base: str
    rows: int
    sheets: tuple[str, ...]


class _Book:
    """The workbook being written, its formats and the sheet names taken."""

    def __init__(self, path: Path, t: Translator, cells: int) -> None:
        # Shared strings (the default) are faster where names and classes repeat, but hold every
        # cell in memory: past CONSTANT_MEMORY_CELLS rows are written out as they are made.
        options: dict[str, Any] = {
            "constant_memory": cells > CONSTANT_MEMORY_CELLS,
            "strings_to_numbers": False,
        }
        if cells > _ZIP64_CELLS:
            options["use_zip64"] = True
        self.t = t
        self.workbook = xlsxwriter.Workbook(str(path), options)
        self.workbook.set_properties({"title": t("report.title"), "comments": "eklase-audit"})
        # Marks the file as a report, not an export, for whatever reads a folder of exports.
        self.workbook.set_custom_property("eklase-audit", "report")
        lv = t.lang == "lv"
        add = self.workbook.add_format
        self.header = add(
            {"bold": True, "bg_color": "#DDEBF7", "bottom": 1, "text_wrap": True, "valign": "top"}
        )
        self.bold = add({"bold": True})
        self.formats: dict[Kind, Any] = {
            Kind.TEXT: None,
            Kind.INT: add({"num_format": "0"}),
            Kind.FLOAT: add({"num_format": "0.00"}),
            Kind.DATE: add({"num_format": "dd.mm.yyyy." if lv else "yyyy-mm-dd"}),
            Kind.DATETIME: add({"num_format": "dd.mm.yyyy. hh:mm" if lv else "yyyy-mm-dd hh:mm"}),
            Kind.PERCENT: add({"num_format": "0.0%"}),
        }
        self.totals: dict[Kind, Any] = {
            kind: add({"bold": True, "top": 1, **({"num_format": fmt} if fmt else {})})
            for kind, fmt in (
                (Kind.TEXT, None),
                (Kind.INT, "0"),
                (Kind.FLOAT, "0.00"),
                (Kind.PERCENT, "0.0%"),
            )
        }
        self.taken: set[str] = set()
        self.splits: list[Split] = []

    def add_sheet(self, wanted: str) -> Worksheet:
        name = sheet_name(wanted)
        number = 2
        while name.casefold() in self.taken:
            suffix = f" ({number})"
            name = sheet_name(wanted)[: SHEET_NAME_LIMIT - len(suffix)] + suffix
            number += 1
        self.taken.add(name.casefold())
        return self.workbook.add_worksheet(name)

    # --- cells -------------------------------------------------------------------------------

    def write(self, sheet: Worksheet, row: int, col: int, value: Any, kind: Kind) -> None:
        """One cell outside a table; text is always text."""
        if value is None or value == "":
            return
        if kind is Kind.TEXT:
            sheet.write_string(row, col, str(value))
        elif kind in (Kind.DATE, Kind.DATETIME):
            sheet.write_datetime(row, col, value, self.formats[kind])
        else:
            sheet.write_number(row, col, value, self.formats[kind])

    def header_row(self, sheet: Worksheet, row: int, headers: Sequence[str]) -> None:
        for col, text in enumerate(headers):
            sheet.write_string(row, col, text, self.header)

    # --- table sheets ------------------------------------------------------------------------

    def table(self, base: str, columns: Sequence[Column], frame: pl.DataFrame) -> list[str]:
        """The frame as one table sheet, or several when it passes Excel's row limit."""
        data = frame.select(
            _cell_value(c.expr, c.kind).alias(f"c{i}") for i, c in enumerate(columns)
        )
        widths = _widths(columns, data)
        per_sheet = max(EXCEL_MAX_ROWS - 1, 1)
        parts = max(1, math.ceil(data.height / per_sheet))
        names = []
        for part in range(parts):
            sheet = self.add_sheet(base if part == 0 else _numbered(base, part + 1))
            names.append(sheet.get_name())
            chunk = data.slice(part * per_sheet, per_sheet)
            self._table_sheet(sheet, columns, widths, chunk)
        if parts > 1:
            self.splits.append(Split(names[0], data.height, tuple(names)))
        return names

    def _table_sheet(
        self,
        sheet: Worksheet,
        columns: Sequence[Column],
        widths: Sequence[float],
        data: pl.DataFrame,
    ) -> None:
        for col, width in enumerate(widths):
            sheet.set_column(col, col, width)
        sheet.freeze_panes(1, 0)
        sheet.set_row(
            0, 30 if any(len(c.header) > w for c, w in zip(columns, widths, strict=True)) else None
        )
        self.header_row(sheet, 0, [c.header for c in columns])
        self.rows(sheet, 1, [c.kind for c in columns], data)
        sheet.autofilter(0, 0, max(data.height, 1), len(columns) - 1)

    def rows(self, sheet: Worksheet, first: int, kinds: Sequence[Kind], data: pl.DataFrame) -> None:
        """The row loop: values are ready, each cell is one call."""
        text, number = sheet.write_string, sheet.write_number
        cells: list[tuple[int, Callable[..., Any], Any]] = [
            (col, text if kind is Kind.TEXT else number, self.formats[kind])
            for col, kind in enumerate(kinds)
        ]
        for row, values in enumerate(data.iter_rows(), start=first):
            for col, write, fmt in cells:
                value = values[col]
                if value is not None and value != "":
                    write(row, col, value, fmt)

    def close(self) -> None:
        self.workbook.close()


def _numbered(base: str, number: int) -> str:
    suffix = f" ({number})"
    return sheet_name(base)[: SHEET_NAME_LIMIT - len(suffix)] + suffix


def _widths(columns: Sequence[Column], data: pl.DataFrame) -> list[float]:
    """Column widths from the longest value (at most 60) and the header (wrapped past 18)."""
    texts = [f"c{i}" for i, c in enumerate(columns) if c.kind is Kind.TEXT]
    longest = (
        data.select(pl.col(name).str.len_chars().max() for name in texts).row(0, named=True)
        if texts and data.height
        else {}
    )
    widths = []
    for i, column in enumerate(columns):
        header = min(len(column.header), 18)
        if column.kind is Kind.TEXT:
            value = longest.get(f"c{i}") or 0
        elif column.kind is Kind.DATE:
            value = 11
        elif column.kind is Kind.DATETIME:
            value = 16
        else:
            value = 6
        widths.append(float(min(max(value, header, 4) + 2, 60)))
    return widths


# --- the sheets -----------------------------------------------------------------------------------


def write_xlsx(
    result: AuditResult, path: Path, t: Translator, *, privacy: Sequence[str] = ()
) -> None:
    """Writes the workbook to ``path``. ``privacy`` lines say what was replaced or left out."""
    cells = 20 * (
        result.violations.height
        + result.pending.height
        + result.waived.height
        + result.rejected.height
        + result.not_evaluable.height
    )
    book = _Book(path, t, cells)
    _summary_sheet(book, result)
    _rule_sheets(book, result)
    sources = sources_of(result)
    # Pending, not evaluable and rejected rows always have their sheet: an empty one says "none".
    book.table(
        t("sheet.pending"),
        _finding_columns(t, result.pending, with_rule=True, late=False, entered=False),
        _with_messages(result.pending, t, sources, pending=True),
    )
    book.table(
        t("sheet.not_evaluable"),
        _not_evaluable_columns(t, result.not_evaluable),
        result.not_evaluable,
    )
    book.table(t("sheet.rejected"), _rejected_columns(t), _rejected_frame(t, result))
    if result.waived.height or result.expired_waivers or result.unused_waivers:
        book.table(
            t("sheet.waived"),
            _finding_columns(t, result.waived, with_rule=True, waiver=True),
            _with_messages(result.waived, t, sources),
        )
    if result.undecided is not None and result.undecided.height:
        book.table(
            t("sheet.undecided"),
            _finding_columns(t, result.undecided, with_rule=True, late=False, entered=False),
            _with_messages(result.undecided, t, sources),
        )
    _rules_sheet(book, result)
    _run_sheet(book, result, privacy)
    # Closed only when complete: an error or Ctrl-C leaves a temporary file the caller removes.
    book.close()


def _with_messages(
    frame: pl.DataFrame,
    t: Translator,
    sources: Mapping[int, tuple[str, str | None]],
    *,
    pending: bool = False,
) -> pl.DataFrame:
    messages = finding_messages(frame, t, sources, pending=pending)
    return frame.with_columns(messages.alias("_message"))


def _has_values(frame: pl.DataFrame, column: str) -> bool:
    return column in frame.columns and frame[column].null_count() < frame.height


def _finding_columns(
    t: Translator,
    frame: pl.DataFrame,
    *,
    with_rule: bool = False,
    late: bool = True,
    entered: bool = True,
    waiver: bool = False,
    timeliness: bool = True,
) -> list[Column]:
    """The columns of a sheet of findings; optional ones only where the findings have them."""
    columns = []
    if with_rule:
        columns += [
            Column(t("col.code"), pl.col("rule")),
            Column(t("col.rule"), rule_title_expr(t)),
        ]
    columns += [
        Column(t("col.teacher"), pl.col("teacher")),
        Column(t("col.class"), pl.col("class")),
        Column(t("col.subject"), pl.col("subject")),
    ]
    if _has_values(frame, "student"):
        columns.append(Column(t("col.student"), pl.col("student")))
    columns.append(Column(t("col.date"), pl.col("event_date"), Kind.DATE))
    if timeliness or _has_values(frame, "deadline"):
        columns.append(Column(t("col.deadline"), pl.col("deadline"), Kind.DATETIME))
    if entered and (timeliness or _has_values(frame, "entered_at")):
        columns.append(Column(t("col.entered_at"), pl.col("entered_at"), Kind.DATETIME))
    if late and (timeliness or _has_values(frame, "late_working_days")):
        columns += [
            Column(t("col.late_working_days"), pl.col("late_working_days"), Kind.INT),
            # Two decimals: a number a methodologist can sort, where a minute late is 0.02.
            Column(
                t("col.late_hours"),
                pl.col("late_hours").round(2, mode="half_away_from_zero"),
                Kind.FLOAT,
            ),
        ]
    if _has_values(frame, "entered_hi"):
        columns += [
            Column(t("col.entered_after"), pl.col("entered_lo"), Kind.DATETIME),
            Column(t("col.entered_by"), pl.col("entered_hi"), Kind.DATETIME),
        ]
    columns += [
        Column(t("col.file"), pl.col("path")),
        Column(t("col.sheet"), pl.col("sheet")),
        Column(t("col.row"), pl.col("row"), Kind.INT),
        Column(t("col.message"), pl.col("_message")),
        Column(t("col.citation"), citation_expr(t)),
    ]
    columns += _missing_columns(t, frame)
    if waiver:
        columns += [
            Column(t("col.waiver_reason"), pl.col("waiver_reason")),
            Column(t("col.waiver_until"), pl.col("waiver_until"), Kind.DATE),
        ]
    return columns


def _missing_columns(t: Translator, frame: pl.DataFrame) -> list[Column]:
    """One column per field a missing-record finding names (month, week, period...)."""
    dtype = frame.schema.get("missing")
    if not isinstance(dtype, pl.Struct) or not frame.height:
        return []
    names = [f.name for f in dtype.fields if f.name not in _MISSING_SHOWN_ELSEWHERE]
    if not names:
        return []
    present = frame.select(
        pl.col("missing").struct.field(name).is_not_null().any().alias(name) for name in names
    ).row(0, named=True)
    columns = []
    for name in names:
        if not present[name]:
            continue
        header = t("col.missing_field", field=field_name(t, name))
        expr, is_date = missing_field_expr(t, name)
        columns.append(Column(header, expr, Kind.DATE if is_date else Kind.TEXT))
    return columns


def _rule_sheets(book: _Book, result: AuditResult) -> None:
    t = book.t
    sources = sources_of(result)
    frame = result.violations
    for outcome in result.rules:
        if not outcome.violations:
            continue
        rows = frame.filter(pl.col("rule") == outcome.code)
        if rows.is_empty():
            continue
        spec = RULES.get(outcome.code)
        columns = _finding_columns(t, rows, timeliness=bool(spec and spec.timeliness))
        book.table(outcome.code, columns, _with_messages(rows, t, sources))


def _not_evaluable_columns(t: Translator, frame: pl.DataFrame) -> list[Column]:
    reasons = frame["reason"].drop_nulls().unique().to_list()
    words = {key: t(key) for key in reasons}
    return [
        Column(t("col.code"), pl.col("rule")),
        Column(t("col.rule"), rule_title_expr(t)),
        Column(t("col.file"), pl.col("path")),
        Column(t("col.sheet"), pl.col("sheet")),
        Column(t("col.row"), pl.col("row"), Kind.INT),
        Column(t("col.rows"), pl.col("rows"), Kind.INT),
        Column(t("col.reason"), pl.col("reason").replace_strict(words, default=pl.col("reason"))),
    ]


def _rejected_columns(t: Translator) -> list[Column]:
    return [
        Column(t("col.file"), pl.col("path")),
        Column(t("col.sheet"), pl.col("sheet")),
        Column(t("col.row"), pl.col("row"), Kind.INT),
        Column(t("col.column"), pl.col("column")),
        Column(t("col.value"), pl.col("value")),
        Column(t("col.reason"), pl.col("_reason")),
    ]


def _rejected_frame(t: Translator, result: AuditResult) -> pl.DataFrame:
    frame = result.rejected
    return frame.with_columns(rejection_messages(frame, t).alias("_reason"))


# --- summary ----------------------------------------------------------------------------------


def _summary_sheet(book: _Book, result: AuditResult) -> None:
    t = book.t
    sheet = book.add_sheet(t("sheet.summary"))
    codes = [r.code for r in result.rules if r.violations]
    headers = [
        t("col.teacher"),
        t("col.violations"),
        t("col.late"),
        t("col.evaluated"),
        t("col.late_rate"),
        *codes,
    ]
    teachers = ranked_teachers(result.teachers)
    names = [s.teacher or t("report.unknown_teacher") for s in teachers]
    longest = max((len(n) for n in names), default=0)
    sheet.set_column(0, 0, min(max(longest, len(headers[0]), 24) + 2, 50))
    sheet.set_column(1, 4, 14)
    sheet.set_column(5, 5 + max(len(codes) - 1, 0), 9)
    sheet.freeze_panes(1, 1)
    sheet.set_row(0, 30)
    book.header_row(sheet, 0, headers)

    row = 1
    for name, summary in zip(names, teachers, strict=True):
        sheet.write_string(row, 0, name)
        sheet.write_number(row, 1, summary.violations, book.formats[Kind.INT])
        sheet.write_number(row, 2, summary.late, book.formats[Kind.INT])
        sheet.write_number(row, 3, summary.evaluated, book.formats[Kind.INT])
        if summary.evaluated:
            sheet.write_number(row, 4, summary.late_rate, book.formats[Kind.PERCENT])
        for col, code in enumerate(codes, start=5):
            count = summary.by_rule.get(code, 0)
            if count:
                sheet.write_number(row, col, count, book.formats[Kind.INT])
        row += 1
    sheet.autofilter(0, 0, row - 1, len(headers) - 1)

    totals = book.totals
    sheet.write_string(row, 0, t("col.total"), totals[Kind.TEXT])
    sheet.write_number(row, 1, result.violation_count, totals[Kind.INT])
    sheet.write_number(row, 2, result.timeliness_late, totals[Kind.INT])
    sheet.write_number(row, 3, result.timeliness_evaluated, totals[Kind.INT])
    sheet.write_number(row, 4, result.late_rate, totals[Kind.PERCENT])
    by_rule = {r.code: r.violations for r in result.rules}
    for col, code in enumerate(codes, start=5):
        sheet.write_number(row, col, by_rule[code], totals[Kind.INT])
    row += 2

    row = _figures(book, sheet, row, result)
    row += 1
    rules_at = row
    row = _block(
        book,
        sheet,
        row,
        [t("col.code"), t("col.rule"), t("col.violations")],
        [(r.code, rule_title(t, r.code), r.violations) for r in result.rules if r.violations],
    )
    row += 1
    top = [s for s in teachers if s.violations and s.teacher is not None][:TOP_TEACHERS]
    teachers_at = row
    row = _block(
        book,
        sheet,
        row,
        [t("col.teacher"), t("col.violations")],
        [(s.teacher, s.violations) for s in top],
    )
    # Both charts to the right of the small tables, one under the other.
    offset = 0
    if codes:
        title = t("xlsx.chart_by_rule")
        chart = _bar_chart(book, sheet, title, rules_at, 2, len(codes))
        sheet.insert_chart(rules_at, 4, chart)
        offset = _chart_height(len(codes)) + 20
    if top:
        title = t("xlsx.chart_top_teachers", n=TOP_TEACHERS)
        chart = _bar_chart(book, sheet, title, teachers_at, 1, len(top))
        sheet.insert_chart(rules_at, 4, chart, {"y_offset": offset})


def _chart_height(bars: int) -> int:
    return 90 + 24 * bars


def _figures(book: _Book, sheet: Worksheet, row: int, result: AuditResult) -> int:
    """A few totals a director asks first, one a line."""
    t = book.t
    errors = error_count(result)
    not_evaluable = not_evaluable_rows(result)
    lines: list[tuple[str, Any, Kind]] = [
        (t("col.violations"), result.violation_count, Kind.INT),
        (t("col.errors"), errors, Kind.INT),
        (t("col.warnings"), result.violation_count - errors, Kind.INT),
        (t("col.pending"), result.pending.height, Kind.INT),
        (t("col.not_evaluable"), not_evaluable, Kind.INT),
        (t("col.waived"), result.waived.height, Kind.INT),
        (t("sheet.rejected"), result.rejected.height, Kind.INT),
        (t("col.school_late_rate"), result.late_rate, Kind.PERCENT),
    ]
    if result.undecided is not None:
        lines.insert(6, (t("col.undecided"), result.undecided.height, Kind.INT))
    for label, value, kind in lines:
        sheet.write_string(row, 0, label, book.bold)
        book.write(sheet, row, 1, value, kind)
        row += 1
    return row


def _block(
    book: _Book, sheet: Worksheet, row: int, headers: Sequence[str], rows: Sequence[tuple]
) -> int:
    """A small table under the main one (its header bold, not filtered)."""
    book.header_row(sheet, row, headers)
    row += 1
    for values in rows:
        for col, value in enumerate(values):
            book.write(sheet, row, col, value, Kind.INT if isinstance(value, int) else Kind.TEXT)
        row += 1
    return row


def _bar_chart(
    book: _Book, sheet: Worksheet, title: str, header_row: int, value_col: int, count: int
) -> Any:
    """A bar chart of a small table under ``header_row``: names in column A, counts in
    ``value_col``."""
    name = sheet.get_name()
    category_col = 0
    chart = book.workbook.add_chart({"type": "bar"})
    chart.add_series(
        {
            "name": title,
            "categories": [name, header_row + 1, category_col, header_row + count, category_col],
            "values": [name, header_row + 1, value_col, header_row + count, value_col],
            "data_labels": {"value": True},
        }
    )
    chart.set_title({"name": title, "name_font": {"size": 12}})
    chart.set_legend({"none": True})
    chart.set_y_axis({"reverse": True})  # the category axis of a bar chart: first at the top
    chart.set_x_axis({"min": 0})
    chart.set_size({"width": 640, "height": _chart_height(count)})
    return chart


# --- rules ------------------------------------------------------------------------------------


def deadline_lines(
    t: Translator, outcome: RuleOutcome, outcomes: Mapping[str, RuleOutcome]
) -> list[str]:
    """A rule's deadlines in words, one per kind of record, from what the run used."""
    spec = RULES.get(outcome.code)
    table = spec.tables[0] if spec and spec.tables else ""
    if not outcome.deadlines:
        borrowed = spec.deadline_from if spec else None
        if borrowed and outcomes.get(borrowed) and outcomes[borrowed].deadlines:
            return [t("deadline.from_rule", rule=borrowed)]
        return []
    lines = []
    has_default = False
    for value, text, counts_from in outcome.deadlines:
        try:
            choice = DeadlineChoice(parse_deadline(text), counts_from or "date")
            words = deadline_sentence(t, choice, table)
        except (DeadlineSyntaxError, KeyError):
            words = text
        if value is None:
            has_default = True
            lines.append(f"{t('deadline.other')}: {words}" if len(outcome.deadlines) > 1 else words)
        else:
            lines.append(f"{value}: {words}")
    if not has_default:
        lines.append(f"{t('deadline.other')}: {t('deadline.unchecked')}")
    return lines


def _rules_sheet(book: _Book, result: AuditResult) -> None:
    t = book.t
    outcomes = {r.code: r for r in result.rules}
    yes, no = t("report.yes"), t("report.no")
    frame = pl.DataFrame(
        {
            "code": [r.code for r in result.rules],
            "title": [rule_title(t, r.code) for r in result.rules],
            "enabled": [yes if r.enabled else no for r in result.rules],
            "status": [status_text(t, r) for r in result.rules],
            "deadlines": ["; ".join(deadline_lines(t, r, outcomes)) for r in result.rules],
            "severity": [severity_text(t, r.severity) for r in result.rules],
            "citation": [
                citation_text(t, r.citation) if r.enabled else (r.citation or "")
                for r in result.rules
            ],
            "violations": [r.violations for r in result.rules],
            "pending": [r.pending for r in result.rules],
            "not_evaluable": [r.not_evaluable for r in result.rules],
            "waived": [r.waived for r in result.rules],
        },
        schema={
            "code": pl.String,
            "title": pl.String,
            "enabled": pl.String,
            "status": pl.String,
            "deadlines": pl.String,
            "severity": pl.String,
            "citation": pl.String,
            "violations": pl.Int64,
            "pending": pl.Int64,
            "not_evaluable": pl.Int64,
            "waived": pl.Int64,
        },
    )
    columns = [
        Column(t("col.code"), pl.col("code")),
        Column(t("col.rule"), pl.col("title")),
        Column(t("col.enabled"), pl.col("enabled")),
        Column(t("col.status"), pl.col("status")),
        Column(t("col.deadlines"), pl.col("deadlines")),
        Column(t("col.severity"), pl.col("severity")),
        Column(t("col.citation"), pl.col("citation")),
        Column(t("col.violations"), pl.col("violations"), Kind.INT),
        Column(t("col.pending"), pl.col("pending"), Kind.INT),
        Column(t("col.not_evaluable"), pl.col("not_evaluable"), Kind.INT),
        Column(t("col.waived"), pl.col("waived"), Kind.INT),
    ]
    book.table(t("sheet.rules"), columns, frame)


# --- how the run was made ---------------------------------------------------------------------


def _run_sheet(book: _Book, result: AuditResult, privacy: Sequence[str]) -> None:
    t = book.t
    sheet = book.add_sheet(t("sheet.run"))
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 1, 60)
    sheet.set_column(2, 12, 14)
    sheet.freeze_panes(1, 0)
    book.header_row(sheet, 0, [t("col.item"), t("col.value")])
    profile = result.profile
    period = (
        t("report.period", start=t.date(result.period[0]), end=t.date(result.period[1]))
        if result.period
        else t("run.whole_period")
    )
    items: list[tuple[str, Any, Kind]] = [
        (t("run.tool"), f"eklase-audit {result.tool_version}", Kind.TEXT),
        (t("run.command"), shlex.join(result.command_line), Kind.TEXT),
        (t("run.profile"), profile.id, Kind.TEXT),
        (t("run.school"), profile.name, Kind.TEXT),
        (t("run.source"), source_text(t, profile.source), Kind.TEXT),
        (
            t("run.effective_from"),
            profile.effective_from or t("run.not_dated"),
            Kind.DATE if profile.effective_from else Kind.TEXT,
        ),
        (
            t("run.bell"),
            t("run.bell_default") if profile.bell_is_default else t("run.bell_own"),
            Kind.TEXT,
        ),
        (t("run.as_of"), result.as_of, Kind.DATETIME),
        (t("run.period"), period, Kind.TEXT),
    ]
    items += [
        (
            t("run.snapshot"),
            snapshot_text(t, s.path, s.taken_at, s.time_from),
            Kind.TEXT,
        )
        for s in result.snapshots
    ]
    items += [(t("run.privacy"), line, Kind.TEXT) for line in privacy]
    row = 1
    for label, value, kind in items:
        sheet.write_string(row, 0, label, book.bold)
        book.write(sheet, row, 1, value, kind)
        row += 1
    row += 1
    row = _inputs_table(book, sheet, row, result)
    row += 1
    sections: list[tuple[str, list[str]]] = [
        (t("run.skipped"), [skipped_text(t, s) for s in result.skipped]),
        (t("run.notes"), [note_text(t, n) for n in result.notes]),
        (t("run.expired"), [_waiver_line(t, w) for w in result.expired_waivers]),
        (t("run.unused"), [_waiver_line(t, w) for w in result.unused_waivers]),
        (
            t("run.split"),
            [
                t(
                    "run.split_line",
                    sheet=split.base,
                    rows=counted(t, "count.rows", split.rows),
                    sheets=", ".join(split.sheets),
                )
                for split in book.splits
            ],
        ),
    ]
    for title, lines in sections:
        if not lines:
            continue
        sheet.write_string(row, 0, title, book.bold)
        for line in lines:
            sheet.write_string(row, 1, line)
            row += 1
        row += 1


def source_text(t: Translator, source: str) -> str:
    """Where the profile came from: a config file's path, or "built-in" in words."""
    return t("run.source_builtin") if source == BUILTIN_SOURCE else source


def _waiver_line(t: Translator, waiver: Waiver) -> str:
    where = f" ({t('where.line', line=waiver.line)})" if waiver.line else ""
    return (
        t(
            "run.waiver_line",
            rule=waiver.rule,
            fields=waiver_fields_text(t, waiver),
            reason=waiver.reason,
            until=t.date(waiver.until),
        )
        + where
    )


def _inputs_table(book: _Book, sheet: Worksheet, row: int, result: AuditResult) -> int:
    """Each input with its checksum and how its rows reconcile; a filter on this table."""
    t = book.t
    headers = [
        t("col.file"),
        t("col.sheet"),
        t("col.kind"),
        t("col.encoding"),
        t("col.separator"),
        t("col.header_row"),
        t("col.sha256"),
        t("col.rows_read"),
        t("col.rows_rejected"),
        t("col.rows_out_of_scope"),
        t("col.rows_audited"),
        t("col.reconciles"),
    ]
    yes, no = t("report.yes"), t("report.no")
    first = row
    book.header_row(sheet, row, headers)
    row += 1
    for item in result.inputs:
        file = item.file
        counts = input_counts(item)
        values: list[tuple[Any, Kind]] = [
            (file.path, Kind.TEXT),
            (file.sheet, Kind.TEXT),
            (t(f"kind.{file.kind}"), Kind.TEXT),
            (encoding_text(file.encoding), Kind.TEXT),
            (separator_text(t, file.separator), Kind.TEXT),
            (file.header_row, Kind.INT),
            (file.sha256, Kind.TEXT),
            *((count, Kind.INT) for count in counts),
            (yes if reconciles(counts) else no, Kind.TEXT),
        ]
        for col, (value, kind) in enumerate(values):
            book.write(sheet, row, col, value, kind)
        row += 1
    sheet.autofilter(first, 0, max(row - 1, first + 1), len(headers) - 1)
    totals = input_totals(result.inputs)
    sheet.write_string(row, 0, t("col.total"), book.totals[Kind.TEXT])
    for col, count in enumerate(totals, start=7):
        sheet.write_number(row, col, count, book.totals[Kind.INT])
    sheet.write_string(row, 11, yes if reconciles(totals) else no, book.totals[Kind.TEXT])
    return row + 1
