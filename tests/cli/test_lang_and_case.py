"""What a Latvian user reads and types: the formal "you" throughout, Latvian words where English
ids leaked, and option values and profile ids accepted in any case."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from eklase_audit.cli import app
from eklase_audit.commands.common import help_language
from eklase_audit.messages import Translator, catalogue
from tests.report.report_support import write_school

runner = CliRunner()

# Second-person singular imperatives that are nothing else (the third person differs:
# izvēlas, izdzēš, norāda, raksta, nesūta, palaiž, pārbauda, salīdzina).
INFORMAL = ("izvēlies", "izdzēs", "norādi", "nenorādi", "raksti", "nesūti", "palaid", "pārbaudi")


def test_latvian_messages_use_the_formal_you() -> None:
    informal = re.compile(r"\b(" + "|".join(INFORMAL) + r")\b", re.IGNORECASE)
    found = {key: text for key, text in catalogue("lv").items() if informal.search(text)}
    assert found == {}


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("cli.bad_date", "rakstiet, piemēram, 2025-10-03"),
        ("output.unknown_suffix", "izvēlieties beigas"),
        ("output.inside_input", "Labāk rakstiet pārskatu citā mapē"),
        ("waivers.needs_write", "lietojiet tikai kopā ar --write-waivers"),
        ("waivers.write_exists", "Izvēlieties citu nosaukumu vai izdzēsiet veco failu"),
        ("privacy.key_created", "glabājiet to drošībā un nesūtiet"),
        ("snapshot.with_paths", "nenorādiet citus failus"),
        ("engine.cannot_turn_on", "pievienojiet tos savā konfigurācijā"),
        ("sample.written", "sākumskaitlis (--seed) {seed}"),
        ("sample.planted", "Ievietotie pārkāpumi"),
        ("col.message", "Apraksts"),
    ],
)
def test_latvian_wording(key: str, words: str) -> None:
    assert words in catalogue("lv")[key]


def test_the_message_column_is_named_in_both_languages() -> None:
    assert Translator("en")("col.message") == "Message"
    assert "sēkla" not in json.dumps(dict(catalogue("lv")), ensure_ascii=False)


def test_option_values_and_profile_ids_in_any_case(tmp_path: Path) -> None:
    folder = write_school(tmp_path / "school")
    result = runner.invoke(
        app,
        [
            "check",
            str(folder),
            "--profile",
            "Aknistes-VSK",
            "--fail-on",
            "ERROR",
            "--format",
            "JSON",
            "--lang",
            "LV",
            "--as-of",
            "2026-01-10",
        ],
    )
    assert result.exit_code == 1, result.stderr
    document = json.loads(result.stdout)
    assert document["profile"]["id"] == "aknistes-vsk"
    assert "termiņš bija" in document["violations"][0]["message"]  # --lang LV is Latvian
    never = runner.invoke(
        app,
        [
            "check",
            str(folder),
            "--profile",
            "AKNISTES-VSK",
            "--fail-on",
            "Never",
            "--quiet",
            "--as-of",
            "2026-01-10",
        ],
    )
    assert never.exit_code == 0, never.stderr
    rules = runner.invoke(app, ["rules", "--profile", "Daugavpils-VG", "--format", "Json"])
    assert rules.exit_code == 0
    assert json.loads(rules.stdout)["profile"]["id"] == "daugavpils-vg"
    assert help_language(["check", "--lang", "LV", "--help"]) == "lv"


def test_an_unknown_profile_is_still_exit_2() -> None:
    result = runner.invoke(app, ["rules", "--profile", "Nav-Tada", "--lang", "en"])
    assert result.exit_code == 2
    assert "Nav-Tada" in result.stderr


def test_the_run_sheet_names_a_built_in_profile_in_words(tmp_path: Path) -> None:
    folder = write_school(tmp_path / "school")
    for lang, sheet, label, words in (
        ("lv", "Pārbaude", "Profila avots", "iebūvētais profils"),
        ("en", "Run", "Profile source", "built-in profile"),
    ):
        out = tmp_path / f"report-{lang}.xlsx"
        result = runner.invoke(
            app,
            [
                "check",
                str(folder),
                "--profile",
                "aknistes-vsk",
                "--as-of",
                "2026-01-10",
                "--output",
                str(out),
                "--lang",
                lang,
                "--quiet",
            ],
        )
        assert result.exit_code == 1, result.stderr
        rows = {
            row[0]: row[1] for row in openpyxl.load_workbook(out)[sheet].iter_rows(values_only=True)
        }
        assert rows[label] == words


def test_init_and_sample_take_a_profile_id_in_any_case(tmp_path: Path) -> None:
    config = tmp_path / "eklase-audit.toml"
    init = runner.invoke(app, ["init", "--profile", "AKNISTES-VSK", "--out", str(config)])
    assert init.exit_code == 0, init.stderr
    assert 'extends = "aknistes-vsk"' in config.read_text(encoding="utf-8")
    sample = runner.invoke(
        app, ["sample", str(tmp_path / "s"), "--profile", "Upeslejas-SK", "--students", "10"]
    )
    assert sample.exit_code == 0, sample.stderr
    assert (tmp_path / "s" / "expected.json").exists()
