"""A school's config: extends and merging, discovery, choosing the profile, reading errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from eklase_audit.errors import ConfigError
from eklase_audit.messages import Translator
from eklase_audit.profiles.loader import (
    discover_config,
    load_config,
    load_profile,
    merge,
    resolve_profile,
)
from eklase_audit.rules.catalog import RULES

WriteConfig = Callable[..., Path]  # the `write_config` fixture of conftest.py
PROFILES = ["aknistes-vsk", "daugavpils-vg", "jelgava-4vsk", "liepaja-mazulitis", "upeslejas-sk"]


def test_merge_overrides_table_keys_and_replaces_lists() -> None:
    base = {"a": {"x": 1, "y": [1, 2]}, "b": 2}
    override = {"a": {"y": [3]}, "c": 3}
    assert merge(base, override) == {"a": {"x": 1, "y": [3]}, "b": 2, "c": 3}
    assert base == {"a": {"x": 1, "y": [1, 2]}, "b": 2}


def test_a_config_that_only_extends_is_the_profile(write_config: WriteConfig) -> None:
    config = load_config(write_config('extends = "aknistes-vsk"\n'))
    builtin = load_profile("aknistes-vsk")
    assert config.rules == builtin.rules
    assert config.calendar == builtin.calendar
    assert (config.name, config.citation_prefix, config.kind) == (
        builtin.name,
        builtin.citation_prefix,
        builtin.kind,
    )
    assert config.effective_from == dt.date(2025, 12, 4)
    assert config.id == "eklase-audit"
    assert config.source.endswith("eklase-audit.toml")
    assert builtin.source == "built-in"


def test_a_table_overrides_only_the_keys_it_names(write_config: WriteConfig) -> None:
    path = write_config(
        """
        extends = "aknistes-vsk"

        [rules.GRD001.by_work_type."formatīvais"]
        deadline = "working_days 5"

        [calendar.bell]
        confirmed = true

        [calendar.bell.lessons]
        1 = "08:15-08:55"
        """
    )
    profile = load_config(path)
    grd001 = profile.rules["GRD001"]
    formative = grd001.by["formatīvais"]
    assert formative.deadline is not None and formative.deadline.n == 5
    assert formative.counts_from == "date" and formative.citation == "5. p."
    assert grd001.by["summatīvais"].counts_from == "submitted_at"
    assert grd001.enabled and grd001.citation == "5.–6. p."
    bell = profile.calendar.bell
    assert not bell.is_default
    assert bell.lessons[1] == (dt.time(8, 15), dt.time(8, 55))
    assert bell.lessons[2] == (dt.time(9, 20), dt.time(10, 0))


def test_a_list_replaces_the_inherited_list(write_config: WriteConfig) -> None:
    path = write_config(
        """
        extends = "aknistes-vsk"

        [calendar]
        days_off = [2025-11-17, "04.05.2026"]

        [rules.REP001]
        skip_months = [7]
        """
    )
    profile = load_config(path)
    assert profile.rules["REP001"].params["skip_months"] == (7,)
    assert profile.calendar.days_off == (dt.date(2025, 11, 17), dt.date(2026, 5, 4))


def test_a_chain_of_extends_is_followed(write_config: WriteConfig) -> None:
    write_config(
        """
        extends = "upeslejas-sk"
        name = "Novada skola"

        [rules.REP001]
        severity = "error"

        [rules.ABS003]
        deadline = "days 2"
        """,
        name="district.toml",
    )
    path = write_config(
        """
        extends = "district.toml"

        [rules.ABS003]
        deadline = "days 3"
        """
    )
    profile = load_config(path)
    assert profile.name == "Novada skola"
    assert profile.rules["REP001"].severity == "error"
    abs003 = profile.rules["ABS003"]
    assert abs003.default is not None and abs003.default.deadline is not None
    assert abs003.default.deadline.n == 3
    assert abs003.default.counts_from == "note_submitted_at"
    assert profile.citation_prefix == "Upesleju sākumsk. 1-12/64"


def test_a_loop_of_extends_is_an_error_at_the_extends_line(write_config: WriteConfig) -> None:
    write_config('# the district\nextends = "school.toml"\n', name="district.toml")
    path = write_config('name = "A"\n\nextends = "district.toml"\n', name="school.toml")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    error = caught.value
    assert error.key == "config.extends_loop"
    assert error.location.path is not None and error.location.path.endswith("district.toml")
    assert error.location.line == 2
    assert "school.toml" in error.params["chain"]


def test_a_file_extending_itself_is_a_loop(write_config: WriteConfig) -> None:
    path = write_config('extends = "eklase-audit.toml"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.key == "config.extends_loop"
    assert caught.value.location.line == 1


def test_extending_something_unknown_is_an_error(write_config: WriteConfig) -> None:
    path = write_config('name = "A"\nextends = "akniste"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.key == "config.extends_unknown"
    assert caught.value.location.line == 2
    assert "aknistes-vsk" in caught.value.params["profiles"]


def test_a_rule_level_deadline_is_the_default_entry(write_config: WriteConfig) -> None:
    path = write_config(
        """
        extends = "upeslejas-sk"

        [rules.GRD001]
        deadline = "working_days 10"
        """
    )
    grd001 = load_config(path).rules["GRD001"]
    assert grd001.default is not None and grd001.default.deadline is not None
    assert grd001.default.deadline.n == 10
    assert set(grd001.by) == {"ieskaitīts/neieskaitīts", "pārbaudes darbs", "liela apjoma darbs"}


def test_none_leaves_a_kind_unchecked(write_config: WriteConfig) -> None:
    path = write_config(
        """
        extends = "daugavpils-vg"

        [rules.GRD001.by_work_type."formatīvs"]
        deadline = "none"
        """
    )
    grd001 = load_config(path).rules["GRD001"]
    assert grd001.by["formatīvais"].deadline is None
    assert grd001.default is not None and grd001.default.deadline is not None


def test_a_default_given_twice_in_one_file_is_an_error(write_config: WriteConfig) -> None:
    path = write_config(
        """
        extends = "aknistes-vsk"

        [rules.GRD001]
        deadline = "working_days 3"

        [rules.GRD001.by_work_type.default]
        deadline = "working_days 4"
        """
    )
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.key == "config.default_twice"
    assert caught.value.location.line == 4


def test_a_school_may_start_from_the_calendar_base(write_config: WriteConfig) -> None:
    path = write_config(
        """
        extends = "_lv-school"
        name = "Cita skola"
        citation = "Citas sk. kārtība"

        [rules.ABS001]
        enabled = true
        citation = "4. p."
        deadline = "same_day 16:00"
        """
    )
    profile = load_config(path)
    enabled = {code for code, rule in profile.rules.items() if rule.enabled}
    assert enabled == {"ABS001", "DQ001", "DQ002", "DQ003"}
    assert set(profile.rules) == set(RULES)
    assert profile.kind == "school" and len(profile.calendar.years) == 3
    assert profile.rules["LES003"].severity == "warning"


def test_a_config_without_a_name_is_an_error(write_config: WriteConfig) -> None:
    path = write_config('extends = "_lv-preschool"\ncitation = "X"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.key == "config.missing_key"
    assert caught.value.params == {"key": "name"}


def test_reader_sections_go_to_the_profile(write_config: WriteConfig) -> None:
    path = write_config(
        """
        extends = "liepaja-mazulitis"

        [columns.lessons]
        entered_at = ["Saglabāts", "Ievades laiks"]

        [values.absences]
        code = { "slim." = "ns" }
        """
    )
    profile = load_config(path)
    assert profile.columns == {"lessons": {"entered_at": ("Saglabāts", "Ievades laiks")}}
    assert profile.values == {"absences": {"code": {"slim.": "ns"}}}


def test_a_school_year_can_be_added(write_config: WriteConfig) -> None:
    path = write_config(
        """
        extends = "aknistes-vsk"

        [calendar.years."2027/2028".periods."1. semestris"]
        start = 2027-09-01
        end = 2027-12-17

        [calendar.years."2027/2028".periods."2. semestris"]
        start = 2028-01-03
        end = 2028-05-31
        end_by_grade = { 12 = 2028-06-16 }
        """
    )
    year = load_config(path).calendar.years[-1]
    assert (year.name, year.start, year.end) == (
        "2027/2028",
        dt.date(2027, 9, 1),
        dt.date(2028, 8, 31),
    )
    assert [period.name for period in year.periods] == ["1. semestris", "2. semestris"]
    assert year.periods[1].end_for(12) == dt.date(2028, 6, 16)
    assert year.breaks == ()


def test_a_period_that_ends_before_it_starts_is_an_error(write_config: WriteConfig) -> None:
    path = write_config(
        """
        extends = "aknistes-vsk"

        [calendar.years."2025/2026".periods."1. semestris"]
        end = 2025-08-19
        """
    )
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.key == "config.span_order"
    assert caught.value.location.path == str(path) and caught.value.location.line == 3


# --- finding and choosing the config ---------------------------------------------------------


def test_discover_config(tmp_path: Path, write_config: WriteConfig) -> None:
    assert discover_config(tmp_path) is None
    path = write_config('extends = "jelgava-4vsk"\n')
    assert discover_config(tmp_path) == path


def test_resolve_uses_the_folder_config(tmp_path: Path, write_config: WriteConfig) -> None:
    path = write_config('extends = "jelgava-4vsk"\nname = "Mana skola"\n')
    profile = resolve_profile(None, None, tmp_path)
    assert profile.name == "Mana skola" and profile.source == str(path)


def test_resolve_prefers_the_options(tmp_path: Path, write_config: WriteConfig) -> None:
    write_config('extends = "jelgava-4vsk"\nname = "Mana skola"\n')
    other = write_config('extends = "aknistes-vsk"\nname = "Cita"\n', name="other.toml")
    assert resolve_profile("upeslejas-sk", None, tmp_path).id == "upeslejas-sk"
    assert resolve_profile(None, other, tmp_path).name == "Cita"
    with pytest.raises(ConfigError) as caught:
        resolve_profile("upeslejas-sk", other, tmp_path)
    assert caught.value.key == "profile.both"


def test_no_profile_and_no_config_lists_the_profiles(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        resolve_profile(None, None, tmp_path)
    error = caught.value
    assert error.key == "profile.none"
    for lang in ("lv", "en"):
        text = Translator(lang).error(error)
        assert all(profile_id in text for profile_id in PROFILES)
        assert "eklase-audit.toml" in text


def test_load_profile_takes_an_id_or_a_path(write_config: WriteConfig) -> None:
    path = write_config('extends = "jelgava-4vsk"\nname = "Mana skola"\n')
    assert load_profile("jelgava-4vsk").source == "built-in"
    assert load_profile(str(path)).name == "Mana skola"
    with pytest.raises(ConfigError) as caught:
        load_profile("jelgava")
    assert caught.value.key == "profile.unknown"
    assert "jelgava-4vsk" in caught.value.params["profiles"]


# --- reading errors --------------------------------------------------------------------------


def test_a_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "nav.toml")
    assert caught.value.key == "config.not_found"
    assert caught.value.location.path == str(tmp_path / "nav.toml")


def test_invalid_toml_names_the_line(write_config: WriteConfig) -> None:
    path = write_config('extends = "aknistes-vsk"\n\n[rules.LES001\nenabled = true\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    error = caught.value
    assert error.key == "config.syntax" and error.location.line == 3
    text = Translator("en").error(error)
    assert text.startswith(f"{path}, line 3: ") and "(at line" not in text
    assert Translator("lv").error(error).startswith(f"{path}, 3. rinda: ")


def test_a_config_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "eklase-audit.toml"
    path.write_bytes('extends = "aknistes-vsk"\nname = "Aknīstes"\n'.encode("cp1257"))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.key == "config.not_utf8" and caught.value.location.line == 2


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "eklase-audit.toml"
    path.write_bytes('extends = "aknistes-vsk"\nname = "Aknīste"\n'.encode("utf-8-sig"))
    assert load_config(path).name == "Aknīste"
