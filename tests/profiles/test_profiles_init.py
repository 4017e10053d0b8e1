"""`eklase-audit init`: the config loads as written, and uncommented it is the same profile."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eklase_audit.cli import app
from eklase_audit.messages import Translator
from eklase_audit.profiles.loader import builtin_profile_ids, load_config, load_profile
from eklase_audit.profiles.template import render_config
from eklase_audit.rules.catalog import RULES

# A setting is "#" directly followed by a table header, a key or a quoted key.
_SETTING = re.compile(r"(?m)^#(?=[\[\w\"])")


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("profile_id", builtin_profile_ids())
def test_the_config_loads_and_round_trips(profile_id: str, lang: str, tmp_path: Path) -> None:
    builtin = load_profile(profile_id)
    text = render_config(builtin, Translator(lang))

    written = tmp_path / "eklase-audit.toml"
    written.write_text(text, encoding="utf-8")
    assert tomllib.loads(text) == {"extends": profile_id}
    as_written = load_config(written)
    assert as_written.rules == builtin.rules
    assert as_written.calendar == builtin.calendar

    uncommented = tmp_path / "uncommented.toml"
    uncommented.write_text(_SETTING.sub("", text), encoding="utf-8")
    every_setting = load_config(uncommented)
    assert every_setting.rules == builtin.rules
    assert every_setting.calendar == builtin.calendar
    assert every_setting.name == builtin.name
    assert every_setting.columns and every_setting.values  # the examples are valid too


def test_the_config_shows_every_rule_in_words() -> None:
    text = render_config(load_profile("aknistes-vsk"), Translator("en"))
    for code in RULES:
        assert f"#[rules.{code}]" in text
        assert f"# {code}: " in text
    assert "by the end of the 3rd working day after the work's date" not in text  # short words
    assert "formatīvais: within 3 working days" in text
    assert "Source: Aknīstes vsk. 1-18/3, 5.–6. p." in text
    assert "#confirmed = false" in text and "#days_off = []" in text
    assert "#[columns.lessons]" in text and "#[values.absences]" in text
    assert all(len(line) <= 100 for line in text.splitlines() if line.startswith("# "))


def test_the_latvian_config_speaks_latvian() -> None:
    text = render_config(load_profile("upeslejas-sk"), Translator("lv"))
    assert "# LES001: Stunda ievadīta novēloti" in text
    assert "tajā pašā dienā līdz plkst. 19:00" in text
    assert "# LES003: Tēma neatbilst skolas paraugam (izslēgts)" in text


# --- the command -----------------------------------------------------------------------------

runner = CliRunner()


def test_init_writes_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "--profile", "aknistes-vsk", "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "eklase-audit.toml" in result.stderr and "aknistes-vsk" in result.stderr
    written = tmp_path / "eklase-audit.toml"
    assert load_config(written).rules == load_profile("aknistes-vsk").rules


def test_init_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "mana.toml"
    out.write_text("# mine\n", encoding="utf-8")
    result = runner.invoke(
        app, ["init", "--profile", "jelgava-4vsk", "--out", str(out), "--lang", "en"]
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip() == f"{out} already exists; add --force to overwrite it."
    assert out.read_text(encoding="utf-8") == "# mine\n"

    forced = runner.invoke(
        app, ["init", "--profile", "jelgava-4vsk", "--out", str(out), "--force", "--lang", "lv"]
    )
    assert forced.exit_code == 0, forced.stderr
    assert "Konfigurācija ierakstīta" in forced.stderr
    assert load_config(out).rules == load_profile("jelgava-4vsk").rules


def test_init_needs_a_built_in_profile(tmp_path: Path) -> None:
    out = tmp_path / "x.toml"
    missing = runner.invoke(app, ["init", "--out", str(out), "--lang", "en"])
    assert missing.exit_code == 2
    assert missing.stdout == ""
    assert missing.stderr.startswith("Choose the profile to start from")
    assert all(profile_id in missing.stderr for profile_id in builtin_profile_ids())

    unknown = runner.invoke(app, ["init", "--profile", "_lv-school", "--out", str(out)])
    assert unknown.exit_code == 2
    assert "_lv-school" in unknown.stderr and len(unknown.stderr.strip().splitlines()) == 1
    assert not out.exists()
