"""Each mistake in a config is one ConfigError that names the file, the line and what is allowed."""

from __future__ import annotations

import string
from collections.abc import Callable
from pathlib import Path

import pytest

from eklase_audit.calendar.deadline_spec import DeadlineKind, parse_deadline
from eklase_audit.errors import ConfigError
from eklase_audit.messages import Translator, catalogue
from eklase_audit.profiles.loader import load_config
from eklase_audit.profiles.toml_lines import key_lines, line_of
from eklase_audit.profiles.validate import DEADLINE_FORMS

WriteConfig = Callable[..., Path]  # the `write_config` fixture of conftest.py

HEAD = 'extends = "aknistes-vsk"\nname = "Skola"\n\n'

# (config after HEAD, message key, line of the mistake, a word the message must show)
CASES = {
    "unknown top-level key": ('colour = "red"\n', "config.unknown_top_key", 4, "citation"),
    "unknown key in a rule": (
        '[rules.GRD001]\nenabled = true\ndeadlin = "working_days 3"\n',
        "config.unknown_key",
        6,
        "deadline",
    ),
    "unknown rule code": ("[rules.GRD010]\nenabled = true\n", "config.unknown_rule", 4, "GRD001"),
    "unknown rule code in a dotted table": (
        "[rules]\nLES001.enabled = true\nXYZ001 = { enabled = true }\n",
        "config.unknown_rule",
        6,
        "LES001",
    ),
    "bad deadline": (
        '[rules.ABS001]\ndeadline = "same_day 5pm"\n',
        "config.bad_deadline",
        5,
        "working_days N",
    ),
    "unknown deadline form": (
        '[rules.GRD001.by_work_type."formatīvais"]\ncitation = "5. p."\ndeadline = "workdays 3"\n',
        "config.bad_deadline",
        6,
        "working_days N",
    ),
    "bad from": (
        '[rules.GRD001.by_work_type."summatīvais"]\nfrom = "handed_in"\n',
        "config.bad_from",
        5,
        "submitted_at",
    ),
    "from of another table": (
        '[rules.ABS001]\nfrom = "submitted_at"\n',
        "config.bad_from",
        5,
        "note_submitted_at",
    ),
    "wrong by-table": (
        '[rules.GRD001.by_kind."formatīvais"]\ndeadline = "working_days 3"\n',
        "config.wrong_by_table",
        4,
        "by_work_type",
    ),
    "by-table on a rule with one deadline": (
        '[rules.ABS001]\nenabled = true\n\n[rules.ABS001.by_kind.stunda]\ndeadline = "same_day"\n',
        "config.no_by_table",
        7,
        "ABS001",
    ),
    "deadline on a rule without one": (
        '[rules.LES003]\ndeadline = "same_day"\n',
        "config.no_deadline",
        5,
        "LES003",
    ),
    "bad severity": ('[rules.REP001]\nseverity = "info"\n', "config.bad_choice", 5, "warning"),
    "not a boolean": ('[rules.REP001]\nenabled = "yes"\n', "config.expected.bool", 5, "enabled"),
    "unknown kind of work": (
        '[rules.GRD001.by_work_type."kontroldarbz"]\ndeadline = "working_days 3"\n',
        "config.unknown_word",
        4,
        "pārbaudes darbs",
    ),
    "bad regular expression": (
        "[rules.LES003.patterns]\ndefault = '(SR'\n",
        "config.bad_regex",
        5,
        "patterns",
    ),
    "look-ahead": (
        "[rules.LES003]\npatterns = { default = '(?=SR)' }\n",
        "config.regex_feature",
        5,
        "patterns",
    ),
    "data-quality rule turned off": (
        "[rules.DQ002]\nenabled = false\n",
        "config.always_on",
        5,
        "DQ002",
    ),
    "unknown grade form": (
        '[rules.GRD002]\nallowed = { default = ["ten_points"] }\n',
        "config.bad_grade_form",
        5,
        "ten_point",
    ),
    "bad month": ("[rules.REP001]\nskip_months = [13]\n", "config.bad_month", 5, "13"),
    "bad date": ('effective_from = "31.09.2025"\n', "config.bad_date", 4, "2025-11-17"),
    "bad bell time": (
        '[calendar.bell.lessons]\n1 = "08:30"\n',
        "config.bad_time_range",
        5,
        "08:30-09:10",
    ),
    "bad school year": (
        '[calendar.years."2025/2027".periods.x]\nstart = 2025-09-01\nend = 2025-10-01\n',
        "config.bad_year_name",
        4,
        "2025/2026",
    ),
    "unknown calendar key": (
        "[calendar]\nholidays = []\n",
        "config.unknown_key",
        5,
        "days_off",
    ),
    "bad kind": ('kind = "gymnasium"\n', "config.bad_choice", 4, "preschool"),
}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_a_mistake_names_its_file_and_line(case: str, write_config: WriteConfig) -> None:
    body, key, line, shown = CASES[case]
    path = write_config(HEAD + body)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    error = caught.value
    assert error.key == key
    assert error.location.path == str(path)
    assert error.location.line == line
    for lang in ("lv", "en"):
        assert error.key in catalogue(lang)
        text = Translator(lang).error(error)
        assert text.startswith(str(path))
        assert shown in text
        assert "{" not in text.replace("{ ", "")  # every placeholder filled


def test_an_error_in_an_extended_file_names_that_file(write_config: WriteConfig) -> None:
    write_config('extends = "aknistes-vsk"\n\n[rules.ABS001]\ndeadline = "soon"\n', "base.toml")
    path = write_config('extends = "base.toml"\nname = "Skola"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.key == "config.bad_deadline"
    assert caught.value.location.path is not None
    assert caught.value.location.path.endswith("base.toml")
    assert caught.value.location.line == 4


def test_an_unknown_reader_column_names_its_line(write_config: WriteConfig) -> None:
    path = write_config(HEAD + '[columns.lessons]\nentered = ["Saglabāts"]\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.location.path == str(path)
    assert caught.value.location.line == 5


def test_other_spellings_of_a_kind_are_brought_to_the_canonical_word(
    write_config: WriteConfig,
) -> None:
    path = write_config(
        HEAD + '[rules.GRD001.by_work_type."Formatīvs"]\ndeadline = "working_days 4"\n'
        '\n[rules.TRM001.by_period."1.semestris"]\ndeadline = "period_end"\n'
    )
    rules = load_config(path).rules
    formative = rules["GRD001"].by["formatīvais"]
    assert formative.deadline is not None and formative.deadline.n == 4
    assert set(rules["TRM001"].by) == {"1. semestris", "2. semestris", "gads"}


def test_every_deadline_form_is_listed_and_parses() -> None:
    assert set(DEADLINE_FORMS) == set(DeadlineKind)
    samples = {"N": "3", "HH:MM": "17:00", "MM-DD": "09-01"}
    for kind, form in DEADLINE_FORMS.items():
        words = form.replace("[", "").replace("]", "").split()
        text = " ".join(samples.get(word, word) for word in words)
        assert parse_deadline(text).kind is kind


# --- where keys are written ------------------------------------------------------------------


def test_key_lines_follow_tables_dotted_and_quoted_keys() -> None:
    text = (
        "# a comment\n"
        'name = "x"\n'
        "[rules.GRD001]\n"
        "enabled = true\n"
        'patterns.default = "a"\n'
        '[rules.GRD001.by_work_type."pārbaudes darbs"]\n'
        'deadline = "working_days 3"\n'
        "list = [\n"
        '  "not = a key",\n'
        "]\n"
        'text = """\n'
        "fake = 1\n"
        '"""\n'
        "after = 2\n"
        "inline = { a = 1 }\n"
    )
    lines = key_lines(text)
    assert lines[("name",)] == 2
    assert lines[("rules",)] == 3
    assert lines[("rules", "GRD001", "enabled")] == 4
    assert lines[("rules", "GRD001", "patterns", "default")] == 5
    assert lines[("rules", "GRD001", "by_work_type", "pārbaudes darbs", "deadline")] == 7
    assert ("rules", "GRD001", "by_work_type", "pārbaudes darbs", "not") not in lines
    assert ("rules", "GRD001", "by_work_type", "pārbaudes darbs", "fake") not in lines
    after = ("rules", "GRD001", "by_work_type", "pārbaudes darbs", "after")
    assert lines[after] == 14
    inline = ("rules", "GRD001", "by_work_type", "pārbaudes darbs", "inline", "a")
    assert line_of(lines, inline) == 15
    assert line_of(lines, ("nothing",)) is None


def test_message_placeholders_are_the_same_in_both_languages() -> None:
    lv, en = catalogue("lv"), catalogue("en")
    for key in (k for k in en if k.startswith(("config.", "profile.", "profiles.", "init."))):
        assert key in lv, key
        assert _fields(lv[key]) == _fields(en[key]), key


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
