"""Checks one profile or config file, before ``extends`` merges it with its base.

Each file is checked on its own so that an error names the file and line the user wrote it in.
The check also brings values to one form (dates as ``datetime.date``, vocabulary words in their
canonical spelling, a rule's own deadline moved into its ``by_*`` table as the ``default`` entry),
so that files merge key by key whatever spelling each used.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from eklase_audit.calendar.deadline_spec import DeadlineKind, DeadlineSyntaxError, parse_deadline
from eklase_audit.errors import ConfigError, Location
from eklase_audit.io.customise import SECTIONS as READER_SECTIONS
from eklase_audit.io.customise import customisation_from_mapping
from eklase_audit.io.schema import TABLES, VOCABULARIES, normalise_words
from eklase_audit.profiles.toml_lines import KeyPath, key_lines, line_of
from eklase_audit.rules.catalog import (
    COUNTS_FROM,
    GRADE_FORMS,
    RULES,
    ParamType,
    RuleSpec,
    Severity,
)

# The deadline forms with their arguments, as a config writes them.
DEADLINE_FORMS: dict[DeadlineKind, str] = {
    DeadlineKind.lesson_end: "lesson_end",
    DeadlineKind.same_day: "same_day [HH:MM]",
    DeadlineKind.working_days: "working_days N",
    DeadlineKind.days: "days N",
    DeadlineKind.next_lesson: "next_lesson",
    DeadlineKind.month_day: "month_day N",
    DeadlineKind.last_day_of_month: "last_day_of_month",
    DeadlineKind.last_working_day_of_month: "last_working_day_of_month",
    DeadlineKind.last_working_day_of_previous_month: "last_working_day_of_previous_month",
    DeadlineKind.previous_friday: "previous_friday HH:MM",
    DeadlineKind.before_period_end: "before_period_end N",
    DeadlineKind.before_break: "before_break",
    DeadlineKind.period_end: "period_end",
    DeadlineKind.period_start_by: "period_start_by MM-DD",
    DeadlineKind.period_start_working_days: "period_start_working_days N",
}
# A deadline that a school's config sets to leave records unchecked (e.g. to drop an inherited
# default entry).
NO_DEADLINE = "none"

TOP_LEVEL_KEYS = (
    "extends",
    "name",
    "order",
    "citation",
    "kind",
    "effective_from",
    "calendar",
    "rules",
    "columns",
    "values",
)
PROFILE_KINDS = ("school", "preschool")
CALENDAR_KEYS = ("country", "transferred_working_days", "days_off", "working_days", "bell", "years")
BELL_KEYS = ("confirmed", "lessons")
YEAR_KEYS = ("start", "end", "periods", "breaks")
PERIOD_KEYS = ("start", "end", "end_by_grade")
BREAK_KEYS = ("start", "end")
RULE_KEYS = ("enabled", "severity", "citation")
DEADLINE_KEYS = ("deadline", "from", "roll_forward")
BY_ENTRY_KEYS = (*DEADLINE_KEYS, "citation")
DEFAULT_ENTRY = "default"

# Parameters whose words (keys or items) are values of a vocabulary column.
_PARAM_VOCABULARY: dict[tuple[str, str], tuple[str, str]] = {
    ("LES003", "patterns"): ("lessons", "kind"),
    ("LES006", "class_hour_kinds"): ("lessons", "kind"),
    ("GRD002", "allowed"): ("grades", "work_type"),
    ("TST001", "test_work_types"): ("grades", "work_type"),
}
_TIME_RANGE = re.compile(r"\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*")
_YEAR_NAME = re.compile(r"(\d{4})/(\d{4})")
# Regular-expression features the rules' engine (Rust's regex, through Polars) does not have.
_UNSUPPORTED_REGEX = re.compile(r"\(\?<?[=!]|\\[1-9]")


@dataclass(frozen=True)
class Source:
    """One file of a profile chain: what to call it in errors, and where its keys are."""

    label: str
    text: str
    lines: Mapping[KeyPath, int]

    @classmethod
    def of(cls, label: str, text: str) -> Source:
        return cls(label, text, key_lines(text))

    def error(self, message: str, path: KeyPath, /, **params: Any) -> ConfigError:
        """A ConfigError at the line where ``path`` is written."""
        line = line_of(self.lines, path)
        return ConfigError(message, params, Location(path=self.label, line=line))


def validate_file(data: Mapping[str, Any], source: Source) -> dict[str, Any]:
    """The file's settings, checked and in canonical form; raises ConfigError at the first fault."""
    check = _Checker(source)
    out: dict[str, Any] = {}
    for key, value in data.items():
        path = (key,)
        if key not in TOP_LEVEL_KEYS:
            raise check.unknown_key(path, TOP_LEVEL_KEYS)
        if key in ("extends", "name", "order", "citation"):
            out[key] = check.string(path, value)
        elif key == "kind":
            out[key] = check.choice(path, value, PROFILE_KINDS)
        elif key == "effective_from":
            out[key] = check.date(path, value)
        elif key == "calendar":
            out[key] = check.calendar(path, value)
        elif key == "rules":
            out[key] = check.rules(path, value)
    if any(section in data for section in READER_SECTIONS):
        # The readers own these two sections: they check and normalise them.
        sections = {key: data[key] for key in READER_SECTIONS if key in data}
        found = customisation_from_mapping(sections, source.text, source.label)
        read = {"columns": found.columns, "values": found.values}
        out.update({key: read[key] for key in sections})
    return out


def canonical_word(table: str, column: str, word: str) -> str | None:
    """The canonical spelling of a vocabulary word, or None when the column does not know it."""
    wanted = normalise_words(word)
    for canonical, spellings in VOCABULARIES[(table, column)].items():
        if wanted == normalise_words(canonical) or any(
            wanted == normalise_words(s) for s in spellings
        ):
            return canonical
    return None


def parse_date(value: Any) -> dt.date | None:
    """A TOML date, or a text ``2025-11-17`` / ``17.11.2025`` / ``17.11.2025.``; else None."""
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip().rstrip(".")
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_time_range(text: str) -> tuple[dt.time, dt.time] | None:
    """``"08:30-09:10"`` -> (08:30, 09:10); None when it is not a range of two times."""
    match = _TIME_RANGE.fullmatch(text)
    if not match:
        return None
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        return None
    start, end = dt.time(h1, m1), dt.time(h2, m2)
    return (start, end) if start < end else None


def _names(values: Any) -> str:
    return ", ".join(str(v) for v in values)


class _Checker:
    """The checks of one file; each returns the value in canonical form or raises."""

    def __init__(self, source: Source) -> None:
        self.source = source

    # --- errors and plain types ---------------------------------------------------------------

    def fail(self, message: str, path: KeyPath, /, **params: Any) -> ConfigError:
        return self.source.error(message, path, **params)

    def unknown_key(self, path: KeyPath, allowed: Any) -> ConfigError:
        if len(path) == 1:
            return self.fail("config.unknown_top_key", path, key=path[0], allowed=_names(allowed))
        return self.fail(
            "config.unknown_key",
            path,
            key=path[-1],
            table=_table_name(path[:-1]),
            allowed=_names(allowed),
        )

    def expect(self, path: KeyPath, expected: str) -> ConfigError:
        return self.fail(f"config.expected.{expected}", path, key=_dotted(path))

    def string(self, path: KeyPath, value: Any) -> str:
        if not isinstance(value, str):
            raise self.expect(path, "string")
        return value

    def boolean(self, path: KeyPath, value: Any) -> bool:
        if not isinstance(value, bool):
            raise self.expect(path, "bool")
        return value

    def integer(self, path: KeyPath, value: Any) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.expect(path, "int")
        return value

    def table(self, path: KeyPath, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.expect(path, "table")
        return value

    def string_list(self, path: KeyPath, value: Any) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.expect(path, "string_list")
        return list(value)

    def int_list(self, path: KeyPath, value: Any) -> list[int]:
        if not isinstance(value, list) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        ):
            raise self.expect(path, "int_list")
        return list(value)

    def choice(self, path: KeyPath, value: Any, allowed: tuple[str, ...]) -> str:
        text = self.string(path, value)
        if text not in allowed:
            raise self.fail(
                "config.bad_choice", path, key=_dotted(path), value=text, allowed=_names(allowed)
            )
        return text

    def date(self, path: KeyPath, value: Any) -> dt.date:
        parsed = parse_date(value)
        if parsed is None:
            raise self.fail("config.bad_date", path, key=_dotted(path), value=str(value))
        return parsed

    def date_list(self, path: KeyPath, value: Any) -> list[dt.date]:
        if not isinstance(value, list):
            raise self.expect(path, "date_list")
        return [self.date(path, item) for item in value]

    def keys(self, path: KeyPath, value: dict[str, Any], allowed: tuple[str, ...]) -> None:
        for key in value:
            if key not in allowed:
                raise self.unknown_key((*path, key), allowed)

    def regex(self, path: KeyPath, value: Any) -> str:
        text = self.string(path, value)
        try:
            re.compile(text)
        except re.error as error:
            raise self.fail(
                "config.bad_regex", path, key=_dotted(path), detail=str(error)
            ) from None
        if _UNSUPPORTED_REGEX.search(text):
            raise self.fail("config.regex_feature", path, key=_dotted(path))
        return text

    # --- calendar -----------------------------------------------------------------------------

    def calendar(self, path: KeyPath, value: Any) -> dict[str, Any]:
        table = self.table(path, value)
        self.keys(path, table, CALENDAR_KEYS)
        out: dict[str, Any] = {}
        for key, item in table.items():
            here = (*path, key)
            if key == "country":
                out[key] = self.string(here, item)
            elif key == "transferred_working_days":
                out[key] = self.boolean(here, item)
            elif key in ("days_off", "working_days"):
                out[key] = self.date_list(here, item)
            elif key == "bell":
                out[key] = self.bell(here, item)
            else:
                out[key] = {
                    name: self.year((*here, name), year)
                    for name, year in self.table(here, item).items()
                }
        return out

    def bell(self, path: KeyPath, value: Any) -> dict[str, Any]:
        table = self.table(path, value)
        self.keys(path, table, BELL_KEYS)
        out: dict[str, Any] = {}
        if "confirmed" in table:
            out["confirmed"] = self.boolean((*path, "confirmed"), table["confirmed"])
        if "lessons" in table:
            here = (*path, "lessons")
            lessons: dict[int, tuple[dt.time, dt.time]] = {}
            for number, times in self.table(here, table["lessons"]).items():
                at = (*here, number)
                if not number.isdigit() or not 0 <= int(number) <= 20:
                    raise self.fail("config.bad_lesson_number", at, value=number)
                parsed = parse_time_range(self.string(at, times))
                if parsed is None:
                    raise self.fail("config.bad_time_range", at, key=_dotted(at), value=times)
                lessons[int(number)] = parsed
            out["lessons"] = lessons
        return out

    def year(self, path: KeyPath, value: Any) -> dict[str, Any]:
        match = _YEAR_NAME.fullmatch(path[-1])
        if not match or int(match[2]) != int(match[1]) + 1:
            raise self.fail("config.bad_year_name", path, value=path[-1])
        table = self.table(path, value)
        self.keys(path, table, YEAR_KEYS)
        out: dict[str, Any] = {}
        for key, item in table.items():
            here = (*path, key)
            if key in ("start", "end"):
                out[key] = self.date(here, item)
            elif key == "periods":
                out[key] = {
                    name: self.period((*here, name), period)
                    for name, period in self.table(here, item).items()
                }
            else:
                out[key] = {
                    name: self.dated((*here, name), span, BREAK_KEYS)
                    for name, span in self.table(here, item).items()
                }
        return out

    def period(self, path: KeyPath, value: Any) -> dict[str, Any]:
        out = self.dated(path, value, PERIOD_KEYS)
        if "end_by_grade" in out:
            here = (*path, "end_by_grade")
            by_grade: dict[int, dt.date] = {}
            for grade, end in self.table(here, out["end_by_grade"]).items():
                if not grade.isdigit() or not 1 <= int(grade) <= 12:
                    raise self.fail("config.bad_grade", (*here, grade), value=grade)
                by_grade[int(grade)] = self.date((*here, grade), end)
            out["end_by_grade"] = by_grade
        return out

    def dated(self, path: KeyPath, value: Any, allowed: tuple[str, ...]) -> dict[str, Any]:
        table = self.table(path, value)
        self.keys(path, table, allowed)
        return {
            key: self.date((*path, key), item) if key in ("start", "end") else item
            for key, item in table.items()
        }

    # --- rules --------------------------------------------------------------------------------

    def rules(self, path: KeyPath, value: Any) -> dict[str, Any]:
        table = self.table(path, value)
        out: dict[str, Any] = {}
        for code, item in table.items():
            spec = RULES.get(code)
            if spec is None:
                raise self.fail(
                    "config.unknown_rule", (*path, code), code=code, codes=_names(RULES)
                )
            out[code] = self.rule((*path, code), spec, self.table((*path, code), item))
        return out

    def rule(self, path: KeyPath, spec: RuleSpec, table: dict[str, Any]) -> dict[str, Any]:
        by_key = f"by_{spec.by_column}" if spec.by_column else None
        allowed = [*RULE_KEYS, *spec.params]
        if spec.timeliness:
            allowed += DEADLINE_KEYS
            if by_key:
                allowed.append(by_key)
        out: dict[str, Any] = {}
        for key, item in table.items():
            here = (*path, key)
            if key not in allowed:
                raise self.misplaced(here, spec, by_key, allowed)
            if key == "enabled":
                out[key] = self.boolean(here, item)
                if spec.always_on and not out[key]:
                    raise self.fail("config.always_on", here, rule=spec.code)
            elif key == "severity":
                out[key] = self.choice(here, item, tuple(s.value for s in Severity))
            elif key == "citation":
                out[key] = self.string(here, item)
            elif key in DEADLINE_KEYS:
                out[key] = self.deadline_key(here, spec, item)
            elif key == by_key:
                out[key] = self.by_table(here, spec, item)
            else:
                out[key] = self.param(here, spec, key, item)
        own = {key: out.pop(key) for key in DEADLINE_KEYS if key in out}
        if own and by_key:
            # A rule's own deadline is the default entry of its by-table.
            by = out.setdefault(by_key, {})
            if DEFAULT_ENTRY in by:
                raise self.fail(
                    "config.default_twice", (*path, "deadline"), rule=spec.code, table=by_key
                )
            by[DEFAULT_ENTRY] = own
        elif own:
            out[DEFAULT_ENTRY] = own
        return out

    def misplaced(
        self, path: KeyPath, spec: RuleSpec, by_key: str | None, allowed: list[str]
    ) -> ConfigError:
        key = path[-1]
        if key in DEADLINE_KEYS or key.startswith("by_"):
            if not spec.timeliness:
                return self.fail("config.no_deadline", path, rule=spec.code, key=key)
            if key.startswith("by_"):
                if by_key is None:
                    return self.fail("config.no_by_table", path, rule=spec.code, key=key)
                return self.fail(
                    "config.wrong_by_table",
                    path,
                    rule=spec.code,
                    key=key,
                    column=spec.by_column,
                    allowed=by_key,
                )
        return self.unknown_key(path, allowed)

    def deadline_key(self, path: KeyPath, spec: RuleSpec, value: Any) -> Any:
        key = path[-1]
        if key == "roll_forward":
            return self.boolean(path, value)
        if key == "from":
            allowed = _counts_from(spec)
            text = self.string(path, value)
            if text not in allowed:
                raise self.fail(
                    "config.bad_from", path, rule=spec.code, value=text, allowed=_names(allowed)
                )
            return text
        text = self.string(path, value).strip()
        if text == NO_DEADLINE:
            return text
        try:
            parse_deadline(text)
        except DeadlineSyntaxError:
            raise self.fail(
                "config.bad_deadline",
                path,
                value=text,
                forms=_names([*DEADLINE_FORMS.values(), NO_DEADLINE]),
            ) from None
        return text

    def by_table(self, path: KeyPath, spec: RuleSpec, value: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        assert spec.by_column is not None
        for word, entry in self.table(path, value).items():
            here = (*path, word)
            name = self.vocabulary_word(here, spec.tables[0], spec.by_column, word)
            entry = self.table(here, entry)
            self.keys(here, entry, BY_ENTRY_KEYS)
            out[name] = {
                key: self.string((*here, key), item)
                if key == "citation"
                else self.deadline_key((*here, key), spec, item)
                for key, item in entry.items()
            }
        return out

    def vocabulary_word(self, path: KeyPath, table: str, column: str, word: str) -> str:
        """``default`` or a word of the column's vocabulary, in canonical spelling."""
        if word == DEFAULT_ENTRY or (table, column) not in VOCABULARIES:
            return word
        canonical = canonical_word(table, column, word)
        if canonical is None:
            allowed = [DEFAULT_ENTRY, *VOCABULARIES[(table, column)]]
            raise self.fail(
                "config.unknown_word", path, value=word, column=column, allowed=_names(allowed)
            )
        return canonical

    def param(self, path: KeyPath, spec: RuleSpec, name: str, value: Any) -> Any:
        kind = spec.params[name]
        vocabulary = _PARAM_VOCABULARY.get((spec.code, name))
        result: Any
        if kind is ParamType.STRING:
            result = self.string(path, value)
        elif kind is ParamType.BOOL:
            result = self.boolean(path, value)
        elif kind is ParamType.INT:
            result = self.integer(path, value)
        elif kind is ParamType.REGEX:
            result = self.regex(path, value)
        elif kind is ParamType.STRING_LIST:
            result = self.string_list(path, value)
            if vocabulary:
                result = [self.vocabulary_word(path, *vocabulary, word) for word in result]
        elif kind is ParamType.INT_LIST:
            result = self.int_list(path, value)
        elif kind is ParamType.REGEX_BY_VALUE:
            result = self.by_value(path, value, vocabulary, self.regex)
        else:
            result = self.by_value(path, value, vocabulary, self.string_list)
        extra = _EXTRA_CHECKS.get((spec.code, name))
        return extra(self, path, result) if extra else result

    def by_value(
        self,
        path: KeyPath,
        value: Any,
        vocabulary: tuple[str, str] | None,
        check: Callable[[KeyPath, Any], Any],
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for word, item in self.table(path, value).items():
            here = (*path, word)
            name = self.vocabulary_word(here, *vocabulary, word) if vocabulary else word
            out[name] = check(here, item)
        return out


def _counts_from(spec: RuleSpec) -> list[str]:
    """What a rule's deadline may count from: the event's date or a time column of its table."""
    columns = TABLES[spec.tables[0]].columns if spec.tables else {}
    return sorted(c for c in COUNTS_FROM if c == "date" or c in columns)


def _dotted(path: KeyPath) -> str:
    return ".".join(f'"{p}"' if not re.fullmatch(r"[A-Za-z0-9_-]+", p) else p for p in path)


def _table_name(path: KeyPath) -> str:
    return f"[{_dotted(path)}]"


def _check_grade_forms(
    checker: _Checker, path: KeyPath, value: dict[str, list[str]]
) -> dict[str, list[str]]:
    for word, forms in value.items():
        for form in forms:
            if form not in GRADE_FORMS:
                raise checker.fail(
                    "config.bad_grade_form",
                    (*path, word),
                    value=form,
                    allowed=_names(GRADE_FORMS),
                )
    return value


def _check_months(checker: _Checker, path: KeyPath, value: list[int]) -> list[int]:
    for month in value:
        if not 1 <= month <= 12:
            raise checker.fail("config.bad_month", path, value=month)
    return value


def _lower_codes(checker: _Checker, path: KeyPath, value: list[str]) -> list[str]:
    """Absence codes are lower-cased by the readers: compare like with like."""
    return [code.strip().lower() for code in value]


# Checks (and normal forms) of particular parameters, after their type is known to be right.
_EXTRA_CHECKS: dict[tuple[str, str], Callable[[_Checker, KeyPath, Any], Any]] = {
    ("GRD002", "allowed"): _check_grade_forms,
    ("REP001", "skip_months"): _check_months,
    ("ABS002", "allowed_codes"): _lower_codes,
}
