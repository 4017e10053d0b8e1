"""Privacy: what of the school's personal data reaches the outputs.

Applied to the :class:`~eklase_audit.result.AuditResult` once, before any reporter sees it, so that
every output (terminal, JSON, CSV, Markdown, workbook) is the same with respect to privacy:

- personal codes (personas kods) are replaced by a fixed mask in every string, unless asked for;
- ``--pseudonymize`` replaces students' names by stable pseudonyms, ``--pseudonymize-teachers``
  teachers' names: a keyed hash (HMAC-SHA256 over the normalised name), so the same person gets
  the same pseudonym in every run with the same key and no one can reverse it without the key;
- under either, free text (topics, notes, reasons: names hide there in any declension) is left
  out, unless ``--keep-text``.

The key is a random secret made on first use, kept in a file beside the school's config.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from eklase_audit.errors import ConfigError, Location
from eklase_audit.io.model import InputFile, Note, SkippedInput
from eklase_audit.result import AuditResult, InputSummary, TeacherSummary, Waiver

KEY_FILE_NAME = ".eklase-audit.key"
KEY_BYTES = 32
PSEUDONYM_DIGITS = 8  # hex digits: 32 bits, collisions unlikely even across a municipality

PERSONAL_CODE_MASK = "XXXXXX-XXXXX"
# What stands in for free text that is left out.
OMITTED = "[…]"

# A personal code: ddmmyy-cnnnn (c the century digit) or the newer 32nnnn-nnnnn. With the hyphen
# any 6+5 digits are taken for a code; without it only what is clearly one (a valid day and month
# and a century digit 0-2, or the 32 prefix), so that other 11-digit numbers are left alone.
_CODE = (
    r"\d{6}-\d{5}"
    r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[0-2]\d{4}"
    r"|32\d{9}"
)
# Polars' regex engine has no look-around: the neighbours are captured and put back.
_CODE_IN_TEXT = rf"(^|[^0-9])(?:{_CODE})([^0-9]|$)"
_CODE_REPLACEMENT = "${1}" + PERSONAL_CODE_MASK + "${2}"
_CODE_PY = re.compile(rf"(?<!\d)(?:{_CODE})(?!\d)")

# Finding details whose ``value`` is a code, a grade or a list of learning areas, never free text.
# Every other value (topics, reasons, notes, a test's scope, an unreadable cell) is free text.
CODED_VALUE_DETAILS: frozenset[str] = frozenset(
    {
        "code_not_allowed",
        "bad_grade",
        "wrong_exempt_mark",
        "exempt_mark_as_grade",
        "areas_missing",
        "duplicate",
    }
)

_STUDENT_DOMAIN = b"student\x00"
_TEACHER_DOMAIN = b"teacher\x00"


@dataclass(frozen=True)
class PrivacyOptions:
    """What the command line asked for."""

    pseudonymize_students: bool = False
    pseudonymize_teachers: bool = False
    keep_text: bool = False
    include_personal_codes: bool = False

    @property
    def pseudonymizes(self) -> bool:
        return self.pseudonymize_students or self.pseudonymize_teachers

    @property
    def omits_text(self) -> bool:
        return self.pseudonymizes and not self.keep_text


@dataclass(frozen=True)
class PseudonymLabels:
    """The words a pseudonym starts with, in the language of the outputs."""

    student: str = "Student"
    teacher: str = "Teacher"


# --- the key ------------------------------------------------------------------------------------


def key_folder(config: Path | None, cwd: Path) -> Path:
    """Where the key lives: beside --config, else the current folder (where a discovered
    ``eklase-audit.toml`` is)."""
    return config.resolve().parent if config is not None else cwd


def load_or_create_key(path: Path) -> bytes:
    """The school's pseudonym key; a new random one is written (owner-only) on first use."""
    where = Location(path=str(path))
    if not path.exists():
        secret = secrets.token_bytes(KEY_BYTES)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # made meanwhile by another run: read that one
        except OSError as error:
            raise ConfigError("privacy.key_unwritable", {"error": _why(error)}, where) from None
        else:
            with os.fdopen(handle, "w", encoding="ascii") as stream:
                stream.write(secret.hex() + "\n")
            return secret
    try:
        text = path.read_text(encoding="ascii").strip()
        secret = bytes.fromhex(text)
    except OSError as error:
        raise ConfigError("privacy.key_unreadable", {"error": _why(error)}, where) from None
    except (UnicodeDecodeError, ValueError):
        raise ConfigError("privacy.key_invalid", {}, where) from None
    if len(secret) < 16:
        raise ConfigError("privacy.key_invalid", {}, where)
    return secret


def _why(error: OSError) -> str:
    return error.strerror or str(error)


# --- expressions ----------------------------------------------------------------------------------


def mask_codes(expr: pl.Expr) -> pl.Expr:
    """Personal codes in a string column replaced by the mask (twice: two codes one character
    apart share that character, which one pass consumes)."""
    once = expr.str.replace_all(_CODE_IN_TEXT, _CODE_REPLACEMENT)
    return once.str.replace_all(_CODE_IN_TEXT, _CODE_REPLACEMENT)


def mask_text(text: str) -> str:
    """The same as :func:`mask_codes` for one string outside a frame (paths, notes)."""
    return _CODE_PY.sub(PERSONAL_CODE_MASK, text)


def contains_code(text: str) -> bool:
    return _CODE_PY.search(text) is not None


def normalised_name(expr: pl.Expr) -> pl.Expr:
    """A name as compared and hashed: NFC, trimmed, single spaces, lower case."""
    return (
        expr.str.normalize("NFC").str.strip_chars().str.replace_all(r"\s+", " ").str.to_lowercase()
    )


@dataclass(frozen=True)
class _NameMap:
    """Names and the pseudonyms that replace them (two aligned Series)."""

    names: pl.Series
    pseudonyms: pl.Series

    def expr(self, column: pl.Expr) -> pl.Expr:
        return column.replace(self.names, self.pseudonyms)

    def text(self, name: str) -> str:
        index = self.names.index_of(name)
        return name if index is None else str(self.pseudonyms[index])


def _name_map(names: pl.Series, key: bytes, label: str, domain: bytes) -> _NameMap:
    """Pseudonyms for the distinct names (a hash per distinct name, not per row)."""
    distinct = names.cast(pl.String).drop_nulls().unique(maintain_order=True)
    distinct = distinct.filter(distinct.str.strip_chars() != "")  # an empty cell stays empty
    normal = pl.select(normalised_name(pl.lit(distinct))).to_series()
    digests = [
        hmac.new(key, domain + name.encode("utf-8"), hashlib.sha256).hexdigest() for name in normal
    ]
    pseudonyms = pl.Series(
        [f"{label} {digest[:PSEUDONYM_DIGITS].upper()}" for digest in digests], dtype=pl.String
    )
    return _NameMap(distinct, pseudonyms)


# --- the transform --------------------------------------------------------------------------------


def protect(
    result: AuditResult,
    options: PrivacyOptions,
    *,
    key: bytes | None = None,
    labels: PseudonymLabels | None = None,
) -> AuditResult:
    """The result as the outputs may show it. ``key`` is needed when pseudonymizing."""
    if not options.pseudonymizes and options.include_personal_codes:
        return result
    if options.pseudonymizes and key is None:
        raise ValueError("pseudonyms need a key")
    labels = labels or PseudonymLabels()
    frames = _finding_frames(result)
    students = teachers = None
    if options.pseudonymize_students and key is not None:
        names = [f["student"] for f in frames if "student" in f.columns]
        names += [_missing_students(f) for f in frames]
        names.append(_waiver_values(result, "student"))
        students = _name_map(pl.concat(names), key, labels.student, _STUDENT_DOMAIN)
    if options.pseudonymize_teachers and key is not None:
        names = [f["teacher"] for f in frames if "teacher" in f.columns]
        names.append(pl.Series([s.teacher for s in result.teachers], dtype=pl.String))
        names.append(_waiver_values(result, "teacher"))
        teachers = _name_map(pl.concat(names), key, labels.teacher, _TEACHER_DOMAIN)
    transform = _Transform(options, students, teachers)
    return dataclasses.replace(
        result,
        violations=transform.findings(result.violations),
        pending=transform.findings(result.pending),
        waived=transform.findings(result.waived),
        undecided=None if result.undecided is None else transform.findings(result.undecided),
        not_evaluable=transform.strings(result.not_evaluable),
        rejected=transform.rejected(result.rejected),
        teachers=transform.teacher_summaries(result.teachers),
        inputs=[transform.input_summary(s) for s in result.inputs],
        skipped=[transform.skipped(s) for s in result.skipped],
        notes=[transform.note(n) for n in result.notes],
        expired_waivers=[transform.waiver(w) for w in result.expired_waivers],
        unused_waivers=[transform.waiver(w) for w in result.unused_waivers],
        command_line=tuple(transform.text(part) for part in result.command_line),
        snapshots=[dataclasses.replace(s, path=transform.text(s.path)) for s in result.snapshots],
    )


def _finding_frames(result: AuditResult) -> list[pl.DataFrame]:
    frames = [result.violations, result.pending, result.waived]
    return frames + ([result.undecided] if result.undecided is not None else [])


def _missing_students(frame: pl.DataFrame) -> pl.Series:
    if "student" not in _struct_fields(frame, "missing"):
        return pl.Series([], dtype=pl.String)
    return frame["missing"].struct.field("student").cast(pl.String)


def _waiver_values(result: AuditResult, name: str) -> pl.Series:
    waivers = [*result.expired_waivers, *result.unused_waivers]
    return pl.Series([w.fields.get(name) for w in waivers], dtype=pl.String)


@dataclass(frozen=True)
class _Transform:
    options: PrivacyOptions
    students: _NameMap | None
    teachers: _NameMap | None

    # strings outside frames
    def text(self, value: str) -> str:
        return value if self.options.include_personal_codes else mask_text(value)

    def _optional(self, value: str | None) -> str | None:
        return None if value is None else self.text(value)

    def _free_text(self, value: str) -> str:
        return OMITTED if self.options.omits_text and value else self.text(value)

    def _student(self, name: str) -> str:
        return self.text(self.students.text(name) if self.students else name)

    def _teacher(self, name: str) -> str:
        return self.text(self.teachers.text(name) if self.teachers else name)

    def _params(self, params: Mapping[str, object]) -> dict[str, object]:
        return {k: self.text(v) if isinstance(v, str) else v for k, v in params.items()}

    def input_summary(self, summary: InputSummary) -> InputSummary:
        file: InputFile = summary.file
        masked = dataclasses.replace(
            file, path=self.text(file.path), sheet=self._optional(file.sheet)
        )
        return dataclasses.replace(summary, file=masked)

    def skipped(self, skipped: SkippedInput) -> SkippedInput:
        return dataclasses.replace(
            skipped,
            path=self.text(skipped.path),
            sheet=self._optional(skipped.sheet),
            params=self._params(skipped.params),
        )

    def note(self, note: Note) -> Note:
        return dataclasses.replace(
            note,
            params=self._params(note.params),
            path=self._optional(note.path),
            sheet=self._optional(note.sheet),
        )

    def waiver(self, waiver: Waiver) -> Waiver:
        fields = {}
        for name, value in waiver.fields.items():
            if name == "student":
                fields[name] = self._student(value)
            elif name == "teacher":
                fields[name] = self._teacher(value)
            else:
                fields[name] = self.text(value)
        return dataclasses.replace(waiver, fields=fields, reason=self._free_text(waiver.reason))

    def teacher_summaries(self, summaries: Sequence[TeacherSummary]) -> list[TeacherSummary]:
        """Renamed, and merged where two names became one (the same pseudonym)."""
        named: dict[str | None, list[TeacherSummary]] = {}
        for summary in summaries:
            name = None if summary.teacher is None else self._teacher(summary.teacher)
            named.setdefault(name, []).append(summary)
        return [
            dataclasses.replace(same[0], teacher=name)
            if len(same) == 1
            else summed_teachers(name, same)
            for name, same in named.items()
        ]

    # frames
    def _mask_all(self, frame: pl.DataFrame) -> list[pl.Expr]:
        if self.options.include_personal_codes:
            return []
        exprs = [mask_codes(pl.col(pl.String))]
        missing = frame.schema.get("missing")
        if isinstance(missing, pl.Struct):
            fields = [f.name for f in missing.fields if f.dtype == pl.String]
            if fields:
                exprs.append(
                    pl.col("missing").struct.with_fields(
                        [mask_codes(pl.field(name)) for name in fields]
                    )
                )
        return exprs

    def strings(self, frame: pl.DataFrame) -> pl.DataFrame:
        exprs = self._mask_all(frame)
        return frame.with_columns(exprs) if exprs else frame

    def findings(self, frame: pl.DataFrame) -> pl.DataFrame:
        renamed: list[pl.Expr] = []
        if self.students is not None and "student" in frame.columns:
            renamed.append(self.students.expr(pl.col("student")))
            if "student" in _struct_fields(frame, "missing"):
                renamed.append(
                    pl.col("missing").struct.with_fields(
                        self.students.expr(pl.field("student")).alias("student")
                    )
                )
        if self.teachers is not None and "teacher" in frame.columns:
            renamed.append(self.teachers.expr(pl.col("teacher")))
        if self.options.omits_text:
            if "value" in frame.columns:
                coded = pl.col("detail").is_in(list(CODED_VALUE_DETAILS)).fill_null(False)
                value = pl.col("value")
                renamed.append(pl.when(coded).then(value).otherwise(_omitted(value)).alias("value"))
            if "waiver_reason" in frame.columns:
                renamed.append(_omitted(pl.col("waiver_reason")))
        if renamed:
            frame = frame.with_columns(renamed)
        return self.strings(frame)

    def rejected(self, frame: pl.DataFrame) -> pl.DataFrame:
        if self.options.omits_text and "value" in frame.columns:
            frame = frame.with_columns(_omitted(pl.col("value")))
        return self.strings(frame)


def summed_teachers(teacher: str | None, summaries: Sequence[TeacherSummary]) -> TeacherSummary:
    """Several teachers' counts added up under one name (two names that became one pseudonym;
    the records that name no teacher)."""
    by_rule: dict[str, int] = {}
    for summary in summaries:
        for code, count in summary.by_rule.items():
            by_rule[code] = by_rule.get(code, 0) + count
    return TeacherSummary(
        teacher=teacher,
        violations=sum(s.violations for s in summaries),
        late=sum(s.late for s in summaries),
        evaluated=sum(s.evaluated for s in summaries),
        by_rule=by_rule,
    )


def _omitted(column: pl.Expr) -> pl.Expr:
    """Free text left out: a marker where there was text, nothing where there was none."""
    return (
        pl.when(column.is_null() | (column == ""))
        .then(column)
        .otherwise(pl.lit(OMITTED))
        .alias(column.meta.output_name())
    )


def _struct_fields(frame: pl.DataFrame, column: str) -> set[str]:
    dtype = frame.schema.get(column)
    return {f.name for f in dtype.fields} if isinstance(dtype, pl.Struct) else set()
