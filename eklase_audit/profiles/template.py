"""The editable config `eklase-audit init` writes: it extends a built-in profile and shows every
setting of that profile commented out, with words a deputy director can follow.

Prose lines start with ``# `` and settings with ``#`` alone, so deleting the ``#`` of a setting
gives valid TOML with the profile's own value: the file loads unchanged as written, and with every
setting uncommented it loads to the same rules and calendar.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Iterable, Mapping
from typing import Any

from eklase_audit.calendar.deadline_spec import DeadlineSpec
from eklase_audit.messages import Translator
from eklase_audit.profiles.describe import citation_words, rule_deadlines
from eklase_audit.profiles.model import DeadlineChoice, Profile, RuleConfig
from eklase_audit.profiles.validate import DEADLINE_FORMS, DEFAULT_ENTRY, NO_DEADLINE
from eklase_audit.rules.catalog import COUNTS_FROM, RULES

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_WIDTH = 100
_RULER = "# " + "-" * 76


def render_config(profile: Profile, t: Translator) -> str:
    """The text of an ``eklase-audit.toml`` that extends ``profile`` (a built-in one)."""
    out: list[str] = []
    out += _prose(t("init.file.title", name=profile.name))
    out.append("#")
    out += _prose(t("init.file.intro", profile=profile.id, order=profile.order or profile.name))
    out += ["", f"extends = {_value(profile.id)}", ""]
    out += _heading(t("init.file.school"))
    out.append(f"#name = {_value(profile.name)}")
    out.append("")
    out += _calendar(profile, t)
    out += _heading(t("init.file.rules"))
    out += _prose(
        t(
            "init.file.rules_help",
            forms=", ".join([*DEADLINE_FORMS.values(), NO_DEADLINE]),
            counts_from=", ".join(sorted(COUNTS_FROM)),
        )
    )
    out.append("")
    for rule in profile.rules.values():
        out += _rule(profile, rule, t)
        out.append("")
    out += _exports(t)
    return "\n".join(out).rstrip() + "\n"


def _calendar(profile: Profile, t: Translator) -> list[str]:
    calendar = profile.calendar
    out = _heading(t("init.file.calendar"))
    out += _prose(t("init.file.calendar_help"))
    out.append("#[calendar]")
    out.append(f"#transferred_working_days = {_value(calendar.transferred_working_days)}")
    out.append(f"#days_off = {_value(list(calendar.days_off))}")
    out.append(f"#working_days = {_value(list(calendar.working_days))}")
    out.append("")
    out += _prose(t("init.file.bell_help"))
    out.append("#[calendar.bell]")
    out.append(f"#confirmed = {_value(not calendar.bell.is_default)}")
    out.append("")
    out.append("#[calendar.bell.lessons]")
    for number, (start, end) in calendar.bell.lessons.items():
        out.append(f"#{number} = {_value(f'{start:%H:%M}-{end:%H:%M}')}")
    out.append("")
    out += _prose(t("init.file.years_help"))
    out.append("")
    return out


def _rule(profile: Profile, rule: RuleConfig, t: Translator) -> list[str]:
    spec = RULES[rule.code]
    title = t(f"rule.{rule.code}.title")
    out = [f"# {rule.code}: {title}" + ("" if rule.enabled else f" ({t('init.file.rule_off')})")]
    deadlines = rule_deadlines(t, profile, rule.code)
    if deadlines:
        out += _prose(t("init.file.rule_deadline", deadline="; ".join(deadlines)))
    if rule.enabled:
        out += _prose(t("init.file.rule_source", citation=citation_words(t, profile, rule)))

    section = f"rules.{rule.code}"
    out.append(f"#[{section}]")
    out.append(f"#enabled = {_value(rule.enabled)}")
    out.append(f"#severity = {_value(rule.severity.value)}")
    if rule.citation is not None:
        out.append(f"#citation = {_value(rule.citation)}")
    by_table = f"by_{spec.by_column}" if spec.by_column and spec.timeliness else None
    entries: dict[str, DeadlineChoice] = dict(rule.by)
    default = rule.default
    if default is not None and (default.citation is None or by_table is None):
        out += _choice_lines(default, with_citation=False)
        default = None
    tables = {name: value for name, value in rule.params.items() if isinstance(value, Mapping)}
    for name, value in rule.params.items():
        if name not in tables:
            out.append(f"#{_key(name)} = {_value(value)}")
    for name, table in tables.items():
        out.append("")
        out.append(f"#[{section}.{_key(name)}]")
        out += [f"#{_key(word)} = {_value(item)}" for word, item in table.items()]
    if default is not None:
        entries[DEFAULT_ENTRY] = default
    for word, choice in entries.items():
        out.append("")
        out.append(f"#[{section}.{by_table}.{_key(word)}]")
        out += _choice_lines(choice, with_citation=True)
    return out


def _choice_lines(choice: DeadlineChoice, *, with_citation: bool) -> list[str]:
    spec = choice.deadline
    out = [f"#deadline = {_value(deadline_text(spec))}"]
    if choice.counts_from != "date":
        out.append(f"#from = {_value(choice.counts_from)}")
    if spec is not None and spec.n is not None and not spec.roll_forward:
        out.append("#roll_forward = false")
    if with_citation and choice.citation is not None:
        out.append(f"#citation = {_value(choice.citation)}")
    return out


def deadline_text(spec: DeadlineSpec | None) -> str:
    """A deadline in a config's words; ``same_day`` alone for the end of the day."""
    return NO_DEADLINE if spec is None else spec.text


def _exports(t: Translator) -> list[str]:
    out = _heading(t("init.file.exports"))
    out += _prose(t("init.file.columns_help"))
    out.append("#[columns.lessons]")
    out.append('#entered_at = ["Saglabāts", "Ievades laiks"]')
    out.append("")
    out += _prose(t("init.file.values_help"))
    out.append("#[values.absences]")
    out.append('#code = { "slim." = "ns" }')
    return out


def _heading(text: str) -> list[str]:
    return [_RULER, f"# {text}", _RULER]


def _prose(text: str) -> list[str]:
    """Comment lines, wrapped to the width the rest of the file keeps."""
    out: list[str] = []
    for line in text.splitlines():
        wrapped = textwrap.wrap(line, _WIDTH - 2, break_long_words=False, break_on_hyphens=False)
        out += [f"# {part}" for part in wrapped] or ["#"]
    return out


def _key(name: str) -> str:
    return name if _BARE_KEY.fullmatch(name) else _string(name)


def _string(text: str) -> str:
    """A TOML string: literal ('...') when that needs no escapes (regular expressions read
    better), else a basic string with escapes."""
    if "'" not in text and "\n" not in text and "\\" in text:
        return f"'{text}'"
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, Iterable):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")
