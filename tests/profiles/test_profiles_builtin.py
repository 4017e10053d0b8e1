"""The five built-in profiles against RULES.md, checked by hand, school by school."""

from __future__ import annotations

import datetime as dt
import re
import tomllib

import polars as pl
import pytest

from eklase_audit.errors import ConfigError
from eklase_audit.profiles.loader import builtin_profile_ids, builtin_text, load_profile
from eklase_audit.profiles.model import DeadlineChoice, Profile
from eklase_audit.profiles.template import deadline_text
from eklase_audit.rules.catalog import RULES, ParamType, Severity

PROFILES = ["aknistes-vsk", "daugavpils-vg", "jelgava-4vsk", "liepaja-mazulitis", "upeslejas-sk"]
DQ = {"DQ001", "DQ002", "DQ003"}

# RULES.md's tables: the rules each order turns on.
ENABLED = {
    "daugavpils-vg": {
        "LES000", "LES001", "LES002", "LES004", "LES005", "LES007", "HW001", "ABS001",
        "GRD001", "GRD002", "TRM001", "TRM002", "REP001", "CNV001", "TST001", "SET001",
        "SET002", "ACC001",
    },
    "jelgava-4vsk": {
        "LES000", "LES001", "LES002", "LES006", "ABS001", "GRD002", "REP001", "SET001",
        "SET002", "ACC002",
    },
    "upeslejas-sk": {
        "LES000", "LES001", "LES002", "HW001", "ABS001", "ABS003", "GRD001", "GRD002",
        "TRM001", "TRM002", "TRM003", "TRM004", "REP001", "REP002", "CNV001", "ACC002",
    },
    "aknistes-vsk": {
        "LES000", "LES001", "LES002", "LES003", "HW001", "ABS001", "GRD001", "GRD002",
        "TRM001", "TRM002", "TRM003", "REP001",
    },
    "liepaja-mazulitis": {
        "LES001", "LES002", "HW001", "ABS001", "ABS002", "GRD001", "GRD002", "REP003",
        "CNV001", "PLN001", "PLN002", "PRE001", "PRE002", "ACC002",
    },
}  # fmt: skip

# SPEC "Severities": these are warnings, every other rule an error.
WARNINGS = {
    "REP001", "LES003", "LES004", "LES005", "LES007", "ABS002", "GRD002", "TRM003",
    "TST001", "PRE001", "PRE002", *DQ,
}  # fmt: skip

# (profile, rule, kind of record or None for the default) -> (deadline, counts from, paragraph).
# A paragraph of None means the rule's own citation is the one that applies.
DEADLINES: dict[tuple[str, str, str | None], tuple[str, str, str | None]] = {
    ("daugavpils-vg", "LES001", None): ("lesson_end", "date", None),
    ("daugavpils-vg", "ABS001", None): ("lesson_end", "date", None),
    ("daugavpils-vg", "HW001", None): ("same_day 18:00", "date", None),
    ("daugavpils-vg", "GRD001", None): ("working_days 10", "date", None),
    ("daugavpils-vg", "CNV001", None): ("working_days 1", "date", None),
    ("daugavpils-vg", "TRM001", "1. semestris"): ("period_end", "date", None),
    ("daugavpils-vg", "TRM001", "gads"): ("period_end", "date", None),
    ("daugavpils-vg", "REP001", None): ("month_day 5", "date", None),
    ("daugavpils-vg", "SET001", None): ("period_start_by 09-01", "date", None),
    ("daugavpils-vg", "SET002", "individuālais darbs"): ("period_start_by 09-15", "date", None),
    ("daugavpils-vg", "SET002", "interešu izglītība"): ("period_start_by 09-15", "date", None),
    ("daugavpils-vg", "ACC001", None): ("same_day", "left_at", None),
    ("jelgava-4vsk", "LES001", None): ("same_day", "date", None),
    ("jelgava-4vsk", "ABS001", None): ("same_day", "date", None),
    ("jelgava-4vsk", "REP001", None): ("month_day 5", "date", None),
    ("jelgava-4vsk", "SET001", None): ("period_start_working_days 2", "date", None),
    ("jelgava-4vsk", "SET002", "mācību priekšmeta grupa"): ("days 5", "date", "3.3. p."),
    ("jelgava-4vsk", "SET002", "fakultatīvs"): ("working_days 10", "date", "3.4. p."),
    ("jelgava-4vsk", "ACC002", None): ("days 7", "requested_at", None),
    ("upeslejas-sk", "LES001", None): ("same_day 19:00", "date", None),
    ("upeslejas-sk", "LES001", "individuālais darbs"): ("period_end", "date", "3.5. p."),
    ("upeslejas-sk", "HW001", None): ("same_day 19:00", "date", None),
    ("upeslejas-sk", "ABS001", None): ("same_day 19:00", "date", None),
    ("upeslejas-sk", "ABS003", None): ("days 1", "note_submitted_at", None),
    ("upeslejas-sk", "GRD001", "ieskaitīts/neieskaitīts"): ("next_lesson", "date", "3.4.3.1. p."),
    ("upeslejas-sk", "GRD001", "pārbaudes darbs"): ("working_days 3", "date", "3.4.3.2. p."),
    ("upeslejas-sk", "GRD001", "liela apjoma darbs"): ("working_days 6", "date", "3.4.3.3. p."),
    ("upeslejas-sk", "REP001", None): ("month_day 5", "date", None),
    ("upeslejas-sk", "REP002", None): ("last_working_day_of_month", "date", None),
    ("upeslejas-sk", "TRM001", "2. semestris"): ("period_end", "date", None),
    ("upeslejas-sk", "TRM004", None): ("before_break", "date", None),
    ("upeslejas-sk", "CNV001", None): ("same_day", "date", None),
    ("upeslejas-sk", "ACC002", None): ("days 7", "requested_at", None),
    ("aknistes-vsk", "LES001", None): ("same_day 17:00", "date", None),
    ("aknistes-vsk", "HW001", None): ("same_day 17:00", "date", None),
    ("aknistes-vsk", "ABS001", None): ("same_day 17:00", "date", None),
    ("aknistes-vsk", "GRD001", "formatīvais"): ("working_days 3", "date", "5. p."),
    ("aknistes-vsk", "GRD001", "summatīvais"): ("working_days 7", "submitted_at", "6. p."),
    ("aknistes-vsk", "REP001", None): ("month_day 5", "date", None),
    ("aknistes-vsk", "TRM001", "1. semestris"): ("before_period_end 3", "date", None),
    ("aknistes-vsk", "TRM001", "gads"): ("before_period_end 3", "date", None),
    ("liepaja-mazulitis", "LES001", None): ("same_day 07:30", "date", None),
    ("liepaja-mazulitis", "LES001", "individuālais darbs"): ("same_day", "date", "3.14., 3.15. p."),
    ("liepaja-mazulitis", "HW001", None): ("same_day 07:30", "date", None),
    ("liepaja-mazulitis", "ABS001", None): ("same_day 09:00", "date", None),
    ("liepaja-mazulitis", "GRD001", None): ("month_day 5", "date", None),
    ("liepaja-mazulitis", "REP003", None): ("last_day_of_month", "date", None),
    ("liepaja-mazulitis", "CNV001", None): ("same_day", "date", None),
    ("liepaja-mazulitis", "PLN001", None): ("last_working_day_of_previous_month", "date", None),
    ("liepaja-mazulitis", "PLN002", None): ("previous_friday 19:00", "date", None),
    ("liepaja-mazulitis", "ACC002", None): ("days 7", "requested_at", None),
}

CITATIONS: dict[tuple[str, str], str] = {
    ("daugavpils-vg", "LES001"): "17. p.",
    ("daugavpils-vg", "LES004"): "20.1. p.",
    ("daugavpils-vg", "LES005"): "20.2. p.",
    ("daugavpils-vg", "LES007"): "20.3.1.–20.3.2. p.",
    ("daugavpils-vg", "TST001"): "18. p.",
    ("daugavpils-vg", "GRD001"): "19. p.",
    ("daugavpils-vg", "TRM001"): "21. p.",
    ("daugavpils-vg", "CNV001"): "22. p.",
    ("daugavpils-vg", "REP001"): "14. p.",
    ("daugavpils-vg", "SET001"): "16. p.",
    ("daugavpils-vg", "SET002"): "7.5. p.",
    ("daugavpils-vg", "ACC001"): "6., 9.1. p.",
    ("jelgava-4vsk", "LES001"): "3.5. p.",
    ("jelgava-4vsk", "LES002"): "3.5. p.",
    ("jelgava-4vsk", "LES006"): "3.6. p.",
    ("jelgava-4vsk", "REP001"): "5.1. p.",
    ("jelgava-4vsk", "SET001"): "3.2. p.",
    ("jelgava-4vsk", "ACC002"): "2.3. p.",
    ("upeslejas-sk", "LES001"): "3.4.1. p.",
    ("upeslejas-sk", "ABS003"): "3.3.2. p.",
    ("upeslejas-sk", "REP001"): "3.3.4. p.",
    ("upeslejas-sk", "REP002"): "3.3.3. p.",
    ("upeslejas-sk", "TRM001"): "3.4.4.–3.4.5. p.",
    ("upeslejas-sk", "TRM003"): "3.4.6. p.",
    ("upeslejas-sk", "TRM004"): "3.3.5., 3.4.4. p.",
    ("upeslejas-sk", "CNV001"): "3.4.8. p.",
    ("upeslejas-sk", "ACC002"): "3.2.9. p.",
    ("aknistes-vsk", "LES001"): "2. p.",
    ("aknistes-vsk", "LES003"): "3.1., 3.2. p.",
    ("aknistes-vsk", "REP001"): "7. p.",
    ("aknistes-vsk", "TRM001"): "8., 8.1. p.",
    ("aknistes-vsk", "TRM003"): "9. p.",
    ("liepaja-mazulitis", "LES001"): "3.9. p.",
    ("liepaja-mazulitis", "LES002"): "3.9.1. p.",
    ("liepaja-mazulitis", "HW001"): "3.9.2. p.",
    ("liepaja-mazulitis", "ABS001"): "3.10. p.",
    ("liepaja-mazulitis", "ABS002"): "3.10.1.–3.10.2. p.",
    ("liepaja-mazulitis", "GRD001"): "3.13. p.",
    ("liepaja-mazulitis", "GRD002"): "3.13.1., 3.13.2. (otrais) p.",
    ("liepaja-mazulitis", "REP003"): "3.11. p.",
    ("liepaja-mazulitis", "CNV001"): "3.17. p.",
    ("liepaja-mazulitis", "PLN001"): "3.5. p.",
    ("liepaja-mazulitis", "PLN002"): "3.6. p.",
    ("liepaja-mazulitis", "PRE001"): "3.8. p.",
    ("liepaja-mazulitis", "PRE002"): "3.7. p.",
    ("liepaja-mazulitis", "ACC002"): "2.3. p.",
}


@pytest.fixture(scope="module", params=PROFILES)
def profile(request: pytest.FixtureRequest) -> Profile:
    return load_profile(request.param)


def test_the_five_profiles_are_listed_and_the_bases_are_not() -> None:
    assert builtin_profile_ids() == PROFILES


@pytest.mark.parametrize("base", ["_lv-school", "_lv-preschool"])
def test_a_base_cannot_be_chosen_as_a_profile(base: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_profile(base)
    assert caught.value.key == "profile.unknown"


@pytest.mark.parametrize("profile_id", PROFILES)
def test_every_rule_is_written_out_with_enabled_and_severity(profile_id: str) -> None:
    written = tomllib.loads(builtin_text(profile_id))["rules"]
    assert set(written) == set(RULES)
    for code, settings in written.items():
        assert isinstance(settings["enabled"], bool), code
        assert settings["severity"] in ("error", "warning"), code


def test_every_rule_is_in_the_loaded_profile(profile: Profile) -> None:
    assert set(profile.rules) == set(RULES)


def test_enabled_rules_are_rules_md(profile: Profile) -> None:
    enabled = {code for code, rule in profile.rules.items() if rule.enabled}
    assert enabled == ENABLED[profile.id] | DQ


def test_severities_are_spec_defaults(profile: Profile) -> None:
    for code, rule in profile.rules.items():
        expected = Severity.warning if code in WARNINGS else Severity.error
        assert rule.severity is expected, code


def test_a_rule_that_is_off_has_no_deadline_and_no_citation(profile: Profile) -> None:
    for code, rule in profile.rules.items():
        if not rule.enabled:
            assert not rule.has_deadline(), code
            assert rule.citation is None, code


def test_an_enabled_rule_cites_a_paragraph_unless_it_is_data_quality(profile: Profile) -> None:
    # GRD002 is data quality where the order says nothing of grade forms.
    silent = {"aknistes-vsk", "daugavpils-vg", "jelgava-4vsk"}
    data_quality = DQ | ({"GRD002"} if profile.id in silent else set())
    for code, rule in profile.rules.items():
        if not rule.enabled:
            continue
        if code in data_quality:
            assert rule.citation is None, code
        else:
            assert rule.citation and rule.citation.endswith("p."), code


def test_an_enabled_deadline_rule_has_a_deadline_of_its_own_or_borrowed(profile: Profile) -> None:
    for code, rule in profile.rules.items():
        spec = RULES[code]
        if rule.enabled and spec.timeliness and code != "LES006":
            source = profile.rules[spec.deadline_from] if spec.deadline_from else rule
            assert rule.has_deadline() or source.has_deadline(), code


def test_an_enabled_rule_has_the_parameters_it_needs(profile: Profile) -> None:
    needed = {
        "ABS002": "allowed_codes",
        "LES003": "patterns",
        "LES004": "reason_pattern",
        "LES005": "note_pattern",
        "LES006": "class_hour_kinds",
        "LES007": "phrases",
        "PRE001": "areas",
        "PRE002": "health_area",
        "TST001": "test_work_types",
        "TRM003": "exempt_mark",
        "GRD002": "allowed",
    }
    for code, param in needed.items():
        if profile.rules[code].enabled:
            assert profile.rules[code].params.get(param), (code, param)


def test_regular_expressions_run_in_python_and_in_polars(profile: Profile) -> None:
    for code, rule in profile.rules.items():
        for name, kind in RULES[code].params.items():
            value = rule.params.get(name)
            if value is None:
                continue
            if kind is ParamType.REGEX:
                patterns = [value]
            elif kind is ParamType.REGEX_BY_VALUE:
                patterns = list(value.values())
            else:
                continue
            for pattern in patterns:
                re.compile(pattern)
                pl.Series(["x"]).str.contains(pattern)


@pytest.mark.parametrize(("key", "expected"), DEADLINES.items(), ids=lambda v: str(v))
def test_deadlines_match_rules_md(
    key: tuple[str, str, str | None], expected: tuple[str, str, str | None]
) -> None:
    profile_id, code, kind = key
    rule = load_profile(profile_id).rules[code]
    choice = rule.default if kind is None else rule.by[kind]
    assert isinstance(choice, DeadlineChoice)
    deadline, counts_from, paragraph = expected
    assert deadline_text(choice.deadline) == deadline
    assert choice.counts_from == counts_from
    assert choice.citation == paragraph


@pytest.mark.parametrize(("key", "paragraph"), CITATIONS.items(), ids=lambda v: str(v))
def test_citations_match_rules_md(key: tuple[str, str], paragraph: str) -> None:
    profile_id, code = key
    assert load_profile(profile_id).rules[code].citation == paragraph


def test_identity_of_each_order() -> None:
    facts = {
        p: (load_profile(p).citation_prefix, load_profile(p).kind, load_profile(p).effective_from)
        for p in PROFILES
    }
    assert facts == {
        "daugavpils-vg": ("Daugavpils VĢ 1-6/12", "school", dt.date(2021, 9, 1)),
        "jelgava-4vsk": ("Jelgavas 4. vsk. E-klases kārtība", "school", None),
        "upeslejas-sk": ("Upesleju sākumsk. 1-12/64", "school", dt.date(2021, 9, 1)),
        "aknistes-vsk": ("Aknīstes vsk. 1-18/3", "school", dt.date(2025, 12, 4)),
        "liepaja-mazulitis": ("Liepājas PII „Mazulītis” Nr. 12", "preschool", None),
    }
    assert load_profile("aknistes-vsk").citation("5. p.") == "Aknīstes vsk. 1-18/3, 5. p."


def test_jelgava_leaves_grades_to_the_school() -> None:
    grd001 = load_profile("jelgava-4vsk").rules["GRD001"]
    assert not grd001.enabled and not grd001.has_deadline()


def test_upesleja_checks_tests_only_and_improved_grades_from_the_correction() -> None:
    grd001 = load_profile("upeslejas-sk").rules["GRD001"]
    assert grd001.default is None
    assert set(grd001.by) == {"ieskaitīts/neieskaitīts", "pārbaudes darbs", "liela apjoma darbs"}
    assert grd001.params["improved_from_correction"] is True
    assert load_profile("upeslejas-sk").rules["TRM003"].params["exempt_mark"] == "a"


def test_akniste_parameters() -> None:
    rules = load_profile("aknistes-vsk").rules
    assert rules["GRD001"].default is None
    assert rules["REP001"].params["skip_months"] == (8,)
    assert rules["TRM003"].params["exempt_mark"] == "atb"
    patterns = rules["LES003"].params["patterns"]
    ordinary, individual = rules["LES003"].params["examples"]
    assert re.search(patterns["default"], ordinary)
    assert re.search(patterns["individuālais darbs"], individual)
    assert not re.search(patterns["default"], "Daļskaitļi")
    assert not re.search(patterns["individuālais darbs"], "Individuālais darbs")


def test_mazulitis_parameters() -> None:
    rules = load_profile("liepaja-mazulitis").rules
    assert rules["ABS002"].params["allowed_codes"] == ("n", "ns", "nc")
    assert rules["ABS002"].params["blank_note"] == "izglītība ģimenē"
    assert rules["GRD002"].params["allowed"] == {"default": ("stap", "blank")}
    assert len(rules["PRE001"].params["areas"]) == 7
    assert rules["PRE002"].params["health_area"]


def test_daugavpils_parameters() -> None:
    rules = load_profile("daugavpils-vg").rules
    reason = rules["LES004"].params["reason_pattern"]
    assert re.search(reason, "Rīkojums 06.10.2025. Nr. 1-11/45")
    assert re.search(reason, "2025. gada 3. oktobra rīkojums Nr. 12")
    assert not re.search(reason, "slimība")
    assert not re.search(reason, "06.10.2025.")
    assert rules["LES007"].params["marker"] == "Latvijas skolas soma"
    assert len(rules["LES007"].params["phrases"]) == 3
    assert set(rules["TST001"].params["test_work_types"]) == {"pārbaudes darbs", "summatīvais"}
    assert rules["ABS002"].params == {}


def test_school_calendar_facts() -> None:
    calendar = load_profile("daugavpils-vg").calendar
    assert calendar.country == "LV" and calendar.transferred_working_days
    assert [year.name for year in calendar.years] == ["2024/2025", "2025/2026", "2026/2027"]
    year = calendar.years[1]
    periods = {period.name: period for period in year.periods}
    assert list(periods) == ["1. semestris", "2. semestris"]  # "gads" is the calendar's
    assert (periods["1. semestris"].start, periods["1. semestris"].end) == (
        dt.date(2025, 9, 1),
        dt.date(2025, 12, 19),
    )
    assert periods["2. semestris"].end_for(9) == dt.date(2026, 6, 12)
    assert periods["2. semestris"].end_for(12) == dt.date(2026, 6, 19)
    assert periods["2. semestris"].end_for(7) == dt.date(2026, 5, 29)
    assert (year.start, year.end) == (dt.date(2025, 9, 1), dt.date(2026, 8, 31))
    breaks = {item.name: (item.start, item.end) for item in year.breaks}
    assert breaks == {
        "rudens": (dt.date(2025, 10, 20), dt.date(2025, 10, 24)),
        "ziemas": (dt.date(2025, 12, 22), dt.date(2026, 1, 2)),
        "pavasara": (dt.date(2026, 3, 9), dt.date(2026, 3, 13)),
    }
    first = {period.name: period for period in calendar.years[0].periods}
    assert first["1. semestris"].start == dt.date(2024, 9, 2)
    assert first["2. semestris"].end_for(9) == dt.date(2025, 6, 13)
    last = {period.name: period for period in calendar.years[2].periods}
    assert last["2. semestris"].end == dt.date(2027, 5, 31)
    assert last["2. semestris"].end_for(12) == dt.date(2027, 6, 18)


def test_preschool_calendar_has_no_semesters() -> None:
    calendar = load_profile("liepaja-mazulitis").calendar
    year = calendar.years[1]
    spans = [(period.name, period.start, period.end) for period in year.periods]
    assert spans == [
        ("1. posms", dt.date(2025, 9, 1), dt.date(2026, 5, 31)),
        ("2. posms", dt.date(2026, 6, 1), dt.date(2026, 8, 31)),
    ]
    assert (year.start, year.end) == (dt.date(2025, 9, 1), dt.date(2026, 8, 31))
    assert year.breaks == ()


def test_the_bell_schedule_is_the_common_default(profile: Profile) -> None:
    bell = profile.calendar.bell
    assert bell.is_default
    assert len(bell.lessons) == 10
    assert bell.lessons[1] == (dt.time(8, 30), dt.time(9, 10))
    assert bell.lessons[10] == (dt.time(16, 20), dt.time(17, 0))
    assert profile.calendar.transferred_working_days
