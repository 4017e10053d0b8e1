"""SPEC "Selection": --select narrows, turns an off rule on when it can run, --ignore removes."""

from __future__ import annotations

import pytest

from eklase_audit.errors import UsageError
from eklase_audit.profiles.loader import load_profile
from eklase_audit.selection import select_rules


def test_select_narrows_to_codes_and_prefixes() -> None:
    selection = select_rules(load_profile("aknistes-vsk"), ["LES,GRD001"], [])
    assert set(selection.codes) == {"LES000", "LES001", "LES002", "LES003", "GRD001"}
    assert not selection.turned_on


def test_select_repeated_option_is_the_same_as_commas() -> None:
    profile = load_profile("aknistes-vsk")
    assert select_rules(profile, ["LES001", "GRD001"], []) == select_rules(
        profile, ["LES001,GRD001"], []
    )


def test_naming_an_off_rule_turns_it_on_when_the_profile_can_run_it() -> None:
    # Aknīste's order is silent on absence marks, but GRD002 needs no parameter to run...
    profile = load_profile("aknistes-vsk")
    assert not profile.rules["LES004"].enabled
    selection = select_rules(profile, ["LES004"], [])
    assert selection.codes == ("LES004",)
    assert selection.turned_on == {"LES004"}


def test_a_prefix_does_not_turn_off_rules_on() -> None:
    selection = select_rules(load_profile("aknistes-vsk"), ["ABS"], [])
    assert selection.codes == ("ABS001",)


def test_an_off_rule_without_a_deadline_cannot_be_turned_on() -> None:
    # Jelgava's order leaves grade deadlines to another order: GRD001 has nothing to run with.
    with pytest.raises(UsageError) as error:
        select_rules(load_profile("jelgava-4vsk"), ["GRD001"], [])
    assert error.value.key == "engine.cannot_turn_on"


def test_unknown_code_is_an_error() -> None:
    with pytest.raises(UsageError) as error:
        select_rules(load_profile("aknistes-vsk"), ["XYZ"], [])
    assert error.value.params["code"] == "XYZ"


def test_ignore_removes_rules_and_data_quality_stays_without_select() -> None:
    selection = select_rules(load_profile("aknistes-vsk"), [], ["LES", "GRD002"])
    assert not any(code.startswith("LES") for code in selection.codes)
    assert "GRD002" not in selection.codes
    assert {"DQ001", "DQ002", "DQ003"} <= set(selection.codes)
