"""`--help` for people: in Latvian or English as `--lang` or the locale says, with plain names
for the values options take instead of Python types, and without importing the heavy parts."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping

import pytest
import typer
from typer.testing import CliRunner

from eklase_audit.cli import app
from eklase_audit.commands.common import help_language, help_text
from eklase_audit.messages.en import help as en_help
from eklase_audit.messages.lv import help as lv_help

TYPE_NAMES = ("<str>", "<bool>", "<int>", "<path>", "list[")
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["check", "--lang", "lv", "--help"], "lv"),
        (["check", "--help", "--lang=lv"], "lv"),
        (["--lang=lv", "check", "--lang", "en", "--help"], "en"),  # the last one counts
        (["check", "--help"], "en"),
        (["check", "--lang", "de", "--help"], "en"),  # not a language of the tool
        (["check", "--lang"], "en"),
        (["check", "--", "--lang", "lv"], "en"),  # after `--` it is a file name
    ],
)
def test_help_language_follows_lang_on_the_command_line(
    english_locale: None, argv: list[str], expected: str
) -> None:
    assert help_language(argv) == expected


def test_help_language_falls_back_to_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "lv_LV.UTF-8")
    assert help_language(["check", "--help"]) == "lv"
    assert help_language(["check", "--lang", "en", "--help"]) == "en"


def test_help_text_reads_sys_argv(english_locale: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["eklase-audit", "check", "--lang", "lv", "--help"])
    assert help_text("help.check.as_of").startswith("Atskaites laiks")
    assert help_text("help.metavar.date") == "DATUMS"
    monkeypatch.setattr(sys, "argv", ["eklase-audit", "check", "--help"])
    assert help_text("help.check.as_of").startswith("The time the check is made for")
    assert help_text("help.metavar.date") == "DATE"


def test_both_help_catalogues_have_the_same_keys() -> None:
    assert lv_help.MESSAGES.keys() == en_help.MESSAGES.keys()
    for messages in (lv_help.MESSAGES, en_help.MESSAGES):
        for key, text in messages.items():
            assert text.strip(), key
            assert "{" not in text, key
            if not key.startswith("help.metavar."):
                assert "[" not in text, key  # Rich markup would swallow it


def test_every_option_and_argument_has_help_and_a_plain_metavar() -> None:
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    assert set(group.commands) == {key.removeprefix("help.cmd.") for key in _keys("help.cmd.")}
    for name, command in {"eklase-audit": group, **group.commands}.items():
        assert command.help and not command.help.startswith("help."), name
        for param in command.params:
            where = f"{name} {param.name}"
            text = getattr(param, "help", None)
            assert text and not text.startswith("help."), where
            assert param.metavar is not None, where
            assert not param.metavar.startswith("help."), where


def test_check_help_in_process_has_no_python_types() -> None:
    result = CliRunner().invoke(app, ["check", "--help"])
    assert result.exit_code == 0
    assert "--as-of" in result.stdout
    for name in TYPE_NAMES:
        assert name not in result.stdout


def _keys(prefix: str) -> list[str]:
    return [key for key in en_help.MESSAGES if key.startswith(prefix)]


def _help(args: list[str], environ: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in (*LOCALE_VARIABLES, "FORCE_COLOR", "PY_COLORS", "GITHUB_ACTIONS")
    }
    env.update({"COLUMNS": "240", "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1", **environ})
    return subprocess.run(
        [sys.executable, "-m", "eklase_audit", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )


def test_check_help_in_latvian_from_the_locale() -> None:
    result = _help(["check", "--help"], {"LANG": "lv_LV.UTF-8"})
    assert result.returncode == 0, result.stderr
    assert "Atskaites laiks" in result.stdout
    assert "Faili vai mapes" in result.stdout
    assert "Ievades tabulas" in result.stdout
    assert "DATUMS" in result.stdout
    assert "table|json|csv|markdown" in result.stdout
    for name in TYPE_NAMES:
        assert name not in result.stdout


def test_check_help_in_english_with_lang_even_in_a_latvian_locale() -> None:
    result = _help(["check", "--help", "--lang", "en"], {"LANG": "lv_LV.UTF-8"})
    assert result.returncode == 0, result.stderr
    assert "The time the check is made for" in result.stdout
    assert "Input tables" in result.stdout
    assert "Atskaites laiks" not in result.stdout
    for name in TYPE_NAMES:
        assert name not in result.stdout


def test_app_help_is_in_one_language() -> None:
    latvian = _help(["--help"], {"LANG": "lv_LV.UTF-8"})
    assert latvian.returncode == 0, latvian.stderr
    assert "Pārbauda E-klases eksportus pēc skolas E-klases lietošanas kārtības" in latvian.stdout
    assert "Checks E-klase" not in latvian.stdout
    english = _help(["--help"], {"LANG": "C.UTF-8"})
    assert english.returncode == 0, english.stderr
    assert "Checks E-klase journal exports" in english.stdout
    assert "Pārbauda" not in english.stdout
    for name in TYPE_NAMES:
        assert name not in latvian.stdout + english.stdout


def test_help_does_not_import_the_heavy_parts() -> None:
    code = (
        "import sys, eklase_audit.cli;"
        "print(','.join(m for m in ('polars', 'openpyxl', 'eklase_audit.engine') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
