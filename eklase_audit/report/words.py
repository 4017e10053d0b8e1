"""Numbers, counts, notes and waivers in the reader's language, shared by every reporter.

Latvian nouns agree with the number before them: 1 pārkāpums, 2 pārkāpumi, 21 pārkāpums,
0 pārkāpumu. A counted phrase is three messages (``.one``, ``.other``, ``.zero``) in each language.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence

import polars as pl

from eklase_audit.errors import Location
from eklase_audit.io.model import Note, SkippedInput
from eklase_audit.messages import TABLE_PARAMS, Translator
from eklase_audit.report.findings_text import day_expr, month_expr, month_text
from eklase_audit.result import AuditResult, InputSummary, RuleOutcome, TeacherSummary, Waiver
from eklase_audit.rules.catalog import RULES

NBSP = "\u00a0"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def number(t: Translator, value: int) -> str:
    """``1 234`` (with a no-break space) in Latvian, ``1,234`` in English."""
    text = f"{value:,}"
    return text.replace(",", NBSP) if t.lang == "lv" else text


def decimal(t: Translator, value: float, digits: int = 1) -> str:
    """``48,0`` in Latvian, ``48.0`` in English."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if t.lang == "lv" else text


def round_half_away(value: float, digits: int) -> float:
    """Rounded as the JSON's hours are (half away from zero: 1.25 h is 1.3 h), not as Python's
    ``round`` would (half to even)."""
    scale = 10**digits
    return math.copysign(math.floor(abs(value) * scale + 0.5) / scale, value)


def percent(t: Translator, rate: float) -> str:
    """``57,1 %`` in Latvian, ``57.1%`` in English."""
    return f"{decimal(t, rate * 100)} %" if t.lang == "lv" else f"{decimal(t, rate * 100)}%"


def plural_form(t: Translator, n: int) -> str:
    """Which form a count takes: Latvian ``one`` for 1, 21, 31... (not 11), ``zero`` for 0."""
    if t.lang == "lv":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        return "zero" if n == 0 else "other"
    return "one" if n == 1 else ("zero" if n == 0 else "other")


def counted(t: Translator, key: str, n: int) -> str:
    """``5 pārkāpumi`` from ``count.violations``."""
    return t(f"{key}.{plural_form(t, n)}", n=number(t, n))


def late_time_text(t: Translator, hours: float | None) -> str:
    """How late, for people: ``48,0 h`` from an hour on; under an hour the minutes begun
    (``1 min`` for an entry a few seconds late), so that nothing late reads as ``0,0 h``."""
    if hours is None:
        return ""
    seconds = round(hours * 3600)
    if seconds >= 3600:
        return t("report.hours", hours=decimal(t, round_half_away(hours, 1)))
    minutes = min(math.ceil(seconds / 60), 59) if seconds > 0 else 0
    return t("report.minutes", minutes=minutes)


def late_by_text(t: Translator, working_days: int | None, hours: float | None) -> str:
    """``1 d.d. / 48,0 h`` or ``0 d.d. / 1 min``; empty when the finding has no deadline."""
    if working_days is None:
        return ""
    return t("report.late_by", days=working_days, time=late_time_text(t, hours or 0.0))


def ranked_teachers(teachers: Sequence[TeacherSummary]) -> list[TeacherSummary]:
    """Most violations first, then the highest late-entry rate, then by name; the records that
    name no teacher (missing reports, rejected rows) last, always: they are nobody's."""
    return sorted(
        teachers, key=lambda s: (not s.teacher, -s.violations, -s.late_rate, s.teacher or "")
    )


def citation_text(t: Translator, citation: str | None) -> str:
    """The order's paragraph; where no order speaks (the DQ rules, GRD002 in most schools),
    "data quality" (RULES.md)."""
    return citation or t("citation.data_quality")


def citation_expr(t: Translator) -> pl.Expr:
    """:func:`citation_text` as a column."""
    return pl.coalesce(pl.col("citation"), pl.lit(t("citation.data_quality")))


def severity_text(t: Translator, severity: str | None) -> str:
    return t(f"severity.{severity}") if severity else ""


def severity_expr(t: Translator, frame: pl.DataFrame) -> pl.Expr:
    """:func:`severity_text` as a column."""
    words = {s: severity_text(t, s) for s in frame["severity"].drop_nulls().unique()}
    shown = pl.col("severity").replace_strict(words, default="", return_dtype=pl.String)
    return shown.fill_null("")


def rule_title(t: Translator, code: str | None) -> str:
    return t(f"rule.{code}.title") if code and t.has(f"rule.{code}.title") else (code or "")


def rule_title_expr(t: Translator) -> pl.Expr:
    """:func:`rule_title` of the ``rule`` column."""
    titles = {code: rule_title(t, code) for code in RULES}
    return pl.col("rule").replace_strict(titles, default=pl.col("rule"))


def status_text(t: Translator, outcome: RuleOutcome) -> str:
    """Whether a rule ran, and that --select turned it on where the profile has it off."""
    status = t(f"status.{outcome.status}")
    return f"{status} ({t('report.turned_on')})" if outcome.turned_on else status


def where_text(t: Translator, path: str | None, sheet: str | None, row: int | None) -> str:
    """``file.csv, 6. rinda`` / ``file.xlsx, sheet 'Stundas', row 6``."""
    return t.location(Location(path=path, sheet=sheet, row=row))


def sources_of(result: AuditResult) -> dict[int, tuple[str, str | None]]:
    """(path, sheet) of each input by its index: where a duplicate's first copy is."""
    return {s.file.index: (s.file.path, s.file.sheet) for s in result.inputs}


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
    """A CSV file's separator; a tab named in words."""
    if separator is None:
        return None
    return t("inspect.separator_tab") if separator == "\t" else separator


def param_words(t: Translator, params: Mapping[str, object]) -> dict[str, object]:
    """Parameters as people read them: table kinds named, ISO dates in the local style."""
    shown: dict[str, object] = {}
    for name, value in t.table_words(params).items():
        if name in TABLE_PARAMS:
            shown[name] = value
        elif isinstance(value, str) and _ISO_DATE.fullmatch(value):
            shown[name] = t.date(dt.date.fromisoformat(value))
        elif isinstance(value, dt.datetime):
            shown[name] = t.datetime(value)
        elif isinstance(value, dt.date):
            shown[name] = t.date(value)
        else:
            shown[name] = value
    return shown


def note_message(t: Translator, note: Note) -> str:
    """What a note says, in words."""
    return t(note.key, **param_words(t, note.params))


def note_text(t: Translator, note: Note) -> str:
    """A note in words, after the file (or files) it is about."""
    text = note_message(t, note)
    return f"{note.place}: {text}" if note.place else text


def skip_reason(t: Translator, skipped: SkippedInput) -> str:
    """Why a file or sheet was skipped, in words."""
    return t(skipped.reason, **param_words(t, skipped.params))


def skipped_text(t: Translator, skipped: SkippedInput) -> str:
    where = skipped.path + (f" ({skipped.sheet})" if skipped.sheet else "")
    return f"{where}: {skip_reason(t, skipped)}"


def field_name(t: Translator, name: str) -> str:
    """A record field (teacher, class, date, ...) named in the reader's language."""
    key = f"field.{name}"
    return t(key) if t.has(key) else name


def field_value(t: Translator, name: str, value: str) -> str:
    if name in ("date", "week") and _ISO_DATE.fullmatch(value):
        return t.date(dt.date.fromisoformat(value))
    if name == "month":
        return month_text(t, value)
    return value


def missing_field_expr(t: Translator, name: str) -> tuple[pl.Expr, bool]:
    """A field of ``missing`` as a column people read, and whether it is a date."""
    value = pl.col("missing").struct.field(name)
    if name in ("date", "week"):
        return value.str.to_date("%Y-%m-%d", strict=False), True
    if name == "month" and t.lang == "lv":
        return month_expr(t, value), False
    return value, False


def missing_text_expr(t: Translator, frame: pl.DataFrame) -> pl.Expr:
    """What a missing-record finding says is missing, as a column people read:
    ``klase: 8.a; mēnesis: 11.2025.`` (the fields that have a value, in the frame's order)."""
    dtype = frame.schema.get("missing")
    if not isinstance(dtype, pl.Struct):
        return pl.lit("")
    parts = []
    for field in dtype.fields:
        value = pl.col("missing").struct.field(field.name).cast(pl.String)
        shown = _field_value_expr(t, field.name, value)
        present = value.is_not_null() & (value != "")
        label = pl.lit(f"{field_name(t, field.name)}: ")
        parts.append(pl.when(present).then(pl.concat_str(label, shown)))
    return pl.concat_str(parts, separator="; ", ignore_nulls=True)


def _field_value_expr(t: Translator, name: str, value: pl.Expr) -> pl.Expr:
    """:func:`field_value` for a column of text."""
    if name in ("date", "week"):
        day = day_expr(t, value.str.to_date("%Y-%m-%d", strict=False))
        return pl.when(value.str.contains(f"^{_ISO_DATE.pattern}$")).then(day).otherwise(value)
    if name == "month":
        return month_expr(t, value)
    return value


def waiver_fields_text(t: Translator, waiver: Waiver) -> str:
    """``skolotājs: Inga Šņore, datums: 02.09.2025.``; ``visi ieraksti`` when it names none."""
    if not waiver.fields:
        return t("waiver.all_records")
    return ", ".join(
        f"{field_name(t, name)}: {field_value(t, name, value)}"
        for name, value in waiver.fields.items()
    )


def waiver_notes(t: Translator, result: AuditResult) -> list[str]:
    """One sentence per expired and per unused waiver."""
    expired = [
        t(
            "note.waiver_expired",
            rule=w.rule,
            fields=waiver_fields_text(t, w),
            until=t.date(w.until),
        )
        for w in result.expired_waivers
    ]
    unused = [
        t("note.waiver_unused", rule=w.rule, fields=waiver_fields_text(t, w))
        for w in result.unused_waivers
    ]
    return expired + unused


def snapshot_text(t: Translator, path: str, taken_at: dt.datetime, time_from: str) -> str:
    return t(
        "snapshot.taken",
        path=path,
        time=t.datetime(taken_at),
        source=t(f"snapshot.from.{time_from}"),
    )


def not_evaluable_rows(result: AuditResult) -> int:
    frame = result.not_evaluable
    return int(frame["rows"].sum()) if frame.height else 0


def error_count(result: AuditResult) -> int:
    """Violations of severity error (the others are warnings)."""
    frame = result.violations
    return int((frame["severity"] == "error").sum()) if frame.height else 0


def header_text(t: Translator, result: AuditResult) -> str:
    """The school, its profile and the reference time of the run."""
    return t(
        "report.header",
        school=result.profile.name,
        profile=result.profile.id,
        as_of=t.datetime(result.as_of),
    )


def late_rate_text(t: Translator, result: AuditResult) -> str:
    """The school's late-entry rate, with the late and evaluated records it comes from."""
    return t(
        "report.late_rate",
        rate=percent(t, result.late_rate),
        late=number(t, result.timeliness_late),
        evaluated=number(t, result.timeliness_evaluated),
    )


def teacher_cells(t: Translator, summary: TeacherSummary) -> list[str]:
    """A teacher's row: name, violations, late of evaluated, late-entry rate (none when nothing
    of theirs was evaluated)."""
    return [
        summary.teacher or t("report.unknown_teacher"),
        number(t, summary.violations),
        f"{number(t, summary.late)} / {number(t, summary.evaluated)}",
        percent(t, summary.late_rate) if summary.evaluated else "",
    ]


def input_counts(item: InputSummary) -> tuple[int, int, int, int]:
    """An input's rows: read, rejected, out of scope, audited."""
    file = item.file
    return (file.rows_read, file.rows_rejected, item.rows_out_of_scope, item.rows_audited)


def input_totals(inputs: Sequence[InputSummary]) -> tuple[int, int, int, int]:
    """:func:`input_counts` added up over the inputs."""
    counts = [input_counts(item) for item in inputs]
    return (
        sum(c[0] for c in counts),
        sum(c[1] for c in counts),
        sum(c[2] for c in counts),
        sum(c[3] for c in counts),
    )


def reconciles(counts: tuple[int, int, int, int]) -> bool:
    """Every row read was rejected, out of scope or audited."""
    read, rejected, out_of_scope, audited = counts
    return read == rejected + out_of_scope + audited


def summary_text(t: Translator, result: AuditResult) -> str:
    """The run's last line: violations by severity, pending, not evaluable, waived, rejected."""
    frame = result.violations
    errors = error_count(result)
    return t(
        "report.summary",
        violations=counted(t, "count.violations", frame.height),
        errors=counted(t, "count.errors", errors),
        warnings=counted(t, "count.warnings", frame.height - errors),
        pending=counted(t, "count.pending", result.pending.height),
        not_evaluable=counted(t, "count.not_evaluable", not_evaluable_rows(result)),
        waived=counted(t, "count.waived", result.waived.height),
        rejected=counted(t, "count.rejected", result.rejected.height),
    )
