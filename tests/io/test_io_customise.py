"""A school's config teaching the readers its own export: [columns.<table>] and [values.<table>]."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from io_support import Reader, Writer

from eklase_audit.errors import ConfigError
from eklase_audit.io.customise import customisation_from_mapping, load_customisation
from eklase_audit.io.model import ReaderCustomisation

CONFIG = """\
# Mūsu skolas eksports
extends = "aknistes-vsk"

[rules.LES001]
enabled = true

[columns.lessons]
entered_at = ["Saglabāts", "Saglabāšanas laiks"]
topic = "Stundas saturs"

[values.absences]
code = { "slim." = "ns", "+" = "n" }

[values.grades.work_type]
"kd" = "kontroldarbs"
"""


def test_load_customisation_reads_only_its_two_tables(write: Writer) -> None:
    custom = load_customisation(write("eklase-audit.toml", CONFIG))
    assert custom == ReaderCustomisation(
        columns={
            "lessons": {
                "entered_at": ("Saglabāts", "Saglabāšanas laiks"),
                "topic": ("Stundas saturs",),
            }
        },
        values={
            "absences": {"code": {"slim.": "ns", "+": "n"}},
            "grades": {"work_type": {"kd": "kontroldarbs"}},
        },
    )


def test_school_header_names_are_used(write: Writer, read: Reader) -> None:
    custom = customisation_from_mapping(tomllib.loads(CONFIG), CONFIG, "eklase-audit.toml")
    path = write(
        "stundas.csv",
        "Datums;Klase;Priekšmets;Skolotājs;Stundas saturs;SAGLABASANAS LAIKS\n"
        "01.09.2025.;7.b;M;A;Zinību diena;01.09.2025. 10:12\n",
    )
    result = read(path, customisation=custom)
    [file] = result.inputs
    assert ("SAGLABASANAS LAIKS", "entered_at") in file.mapping
    lessons = result.table("lessons")
    assert lessons.select("topic", "entered_at").row(0) == (
        "Zinību diena",
        dt.datetime(2025, 9, 1, 10, 12),
    )
    # Without the config the same file has no entry times and no topic.
    plain = read(path).inputs[0]
    assert "entered_at" not in plain.present
    assert plain.unmapped == ("Stundas saturs", "SAGLABASANAS LAIKS")


def test_school_marks_become_canonical_values(write: Writer, read: Reader) -> None:
    custom = customisation_from_mapping(tomllib.loads(CONFIG), CONFIG, "eklase-audit.toml")
    absences = write(
        "kavejumi.csv",
        "Datums;Klase;Skolēns;Apzīmējums\n"
        "06.10.2025.;5.a;A;Slim.\n06.10.2025.;5.a;B;SLIM\n06.10.2025.;5.a;C;+\n06.10.2025.;5.a;D;NZ\n",
    )
    grades = write(
        "vertejumi.csv",
        "Datums;Klase;Priekšmets;Skolēns;Vērtējums;Darba veids\n05.09.2025.;7.b;M;A;7;KD\n",
    )
    result = read(absences, grades, customisation=custom)
    assert result.table("absences")["code"].to_list() == ["ns", "ns", "n", "nz"]
    # The school's mark first, then the vocabulary: kontroldarbs is a "pārbaudes darbs".
    assert result.table("grades")["work_type"].to_list() == ["pārbaudes darbs"]


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ('[columns.stundas]\nentered_at = ["X"]\n', "customise.unknown_table", 1),
        ('a = 1\n\n[columns.lessons]\nievadits = ["X"]\n', "customise.unknown_column", 4),
        ('[columns]\nlessons.ievadits = ["X"]\n', "customise.unknown_column", 2),
        ('[values.absences]\ncode = { "slim." = 1 }\n', "customise.bad_values", 2),
        ("[columns.lessons]\ntopic = [1, 2]\n", "customise.bad_names", 2),
        ('[columns.lessons]\ntopic = ["a"\n', "customise.syntax", 2),
    ],
)
def test_errors_name_their_line(write: Writer, text: str, key: str, line: int) -> None:
    path = write("eklase-audit.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_customisation(path)
    assert caught.value.key == key
    assert caught.value.location.line == line
    assert caught.value.location.path == str(path)


def test_a_missing_config(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_customisation(tmp_path / "nav.toml")
    assert caught.value.key == "customise.not_found"
