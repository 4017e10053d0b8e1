"""`rules` and `explain`: the same rule data, in words a deputy director reads."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eklase_audit.cli import app


def test_explain_shows_every_grade_deadline_of_a_school() -> None:
    result = CliRunner().invoke(
        app, ["explain", "GRD001", "--profile", "upeslejas-sk", "--lang", "lv"]
    )
    assert result.exit_code == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "Upesleju sākumskola" in text
    assert "līdz nākamajai tās pašas klases un priekšmeta stundai" in text  # pass/fail
    assert "3. darba dienas beigām" in text  # 10-point tests
    assert "6. darba dienas beigām" in text  # large works
    for paragraph in ("3.4.3.1.", "3.4.3.2.", "3.4.3.3."):
        assert paragraph in text
    assert "uzlabots vērtējums (5|7): tas pats termiņš, skaitot no labošanas dienas" in text


def test_explain_without_a_profile_covers_every_school() -> None:
    result = CliRunner().invoke(app, ["explain", "les001", "--lang", "en"])
    assert result.exit_code == 0
    for school in ("Aknīstes vidusskola", "Daugavpils", "Jelgavas", "Upesleju", "Mazulītis"):
        assert school in result.stdout


def test_explain_unknown_code_is_exit_2() -> None:
    result = CliRunner().invoke(app, ["explain", "ZZZ001", "--lang", "en"])
    assert result.exit_code == 2
    assert "ZZZ001" in result.stderr
    assert result.stdout == ""


def test_rules_json_of_a_profile() -> None:
    result = CliRunner().invoke(
        app, ["rules", "--profile", "aknistes-vsk", "--format", "json", "--lang", "en"]
    )
    assert result.exit_code == 0
    rules = {r["code"]: r for r in json.loads(result.stdout)["rules"]}
    assert rules["LES001"]["enabled"] is True
    assert rules["LES001"]["deadlines"] == ["by 17:00 on the same day"]
    assert rules["LES001"]["citation"] == "Aknīstes vsk. 1-18/3, 2. p."
    assert rules["ABS002"]["enabled"] is False
    assert rules["DQ003"]["citation"] == "data quality"


def test_rules_marks_the_default_bell_schedule() -> None:
    result = CliRunner().invoke(
        app, ["rules", "--profile", "daugavpils-vg", "--format", "json", "--lang", "en"]
    )
    rules = {r["code"]: r for r in json.loads(result.stdout)["rules"]}
    assert rules["LES001"]["bell_schedule_default"] is True
    assert rules["GRD001"]["bell_schedule_default"] is False


def test_explain_prints_period_names_as_written() -> None:
    """The period "1. semestris" stays as written (Markdown made it a list item "1 semestris")."""
    result = CliRunner().invoke(
        app, ["explain", "TRM001", "--profile", "aknistes-vsk", "--lang", "lv"]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert "TRM001: Semestra vai gada vērtējums ievadīts novēloti" in lines
    assert any(line.startswith("• 1. semestris: ne vēlāk kā 3 dienas") for line in lines)
    assert any(line.startswith("• 2. semestris:") for line in lines)
    assert "1 semestris" not in result.stdout
    # The examples keep their own numbers and dates too.
    assert "Pārkāpuma piemērs. 1. semestra vērtējums ievadīts 22.12.2025." in " ".join(lines)
