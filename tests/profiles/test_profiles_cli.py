"""`eklase-audit profiles`: the built-in profiles as a table or as JSON."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eklase_audit.cli import app
from eklase_audit.profiles.loader import builtin_profile_ids

runner = CliRunner()


def test_profiles_table_in_english() -> None:
    result = runner.invoke(app, ["profiles", "--lang", "en"])
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    for profile_id in builtin_profile_ids():
        assert profile_id in out
    for word in ("Built-in school profiles", "School", "Order", "In force from"):
        assert word in out
    assert "Aknīstes vidusskola" in out and "2025-12-04" in out
    assert "preschool" in out and "not dated" in out
    assert "_lv-school" not in out


def test_profiles_table_in_latvian() -> None:
    result = runner.invoke(app, ["profiles", "--lang", "lv"])
    assert result.exit_code == 0
    assert result.stderr == ""
    for word in ("Iebūvētie skolu profili", "Iestāde", "Kārtība", "Spēkā no", "pirmsskola"):
        assert word in result.stdout
    assert "04.12.2025." in result.stdout and "nav datēta" in result.stdout


def test_profiles_json() -> None:
    result = runner.invoke(app, ["profiles", "--format", "json"])
    assert result.exit_code == 0
    assert result.stderr == ""
    rows = json.loads(result.stdout)
    assert [row["id"] for row in rows] == builtin_profile_ids()
    by_id = {row["id"]: row for row in rows}
    assert by_id["daugavpils-vg"]["effective_from"] == "2021-09-01"
    assert by_id["jelgava-4vsk"]["effective_from"] is None
    assert by_id["liepaja-mazulitis"]["kind"] == "preschool"
    assert by_id["aknistes-vsk"]["citation"] == "Aknīstes vsk. 1-18/3"
    assert set(by_id["upeslejas-sk"]) == {
        "id",
        "name",
        "order",
        "kind",
        "effective_from",
        "citation",
    }


def test_profiles_rejects_an_unknown_format() -> None:
    result = runner.invoke(app, ["profiles", "--format", "xml"])
    assert result.exit_code == 2
    assert result.stdout == ""
