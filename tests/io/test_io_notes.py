"""Notes about how files were read, as a user sees them: one note naming every file it is about,
and a word when a file named by an option looks like another table."""

from __future__ import annotations

import json

from io_support import LESSONS_TEXT, Writer
from typer.testing import CliRunner

from eklase_audit.cli import app
from eklase_audit.io.model import Note, merged_notes

runner = CliRunner()

# A kindergarten's day book and absences: "Grupa" and no "Klase" in either.
DAY_BOOK = (
    "Datums;Grupa;Priekšmets;Skolotājs;Tēma;Ievadīts\r\n"
    "01.10.2025.;Bitītes;Valodu joma;Daiga Balode;Rudens;01.10.2025. 07:00\r\n"
)
ABSENCES = (
    "Datums;Grupa;Bērns;Apzīmējums;Ievadīts\r\n"
    "01.10.2025.;Bitītes;Anna Liepa;N;01.10.2025. 08:30\r\n"
)
GROUP_AS_CLASS_LV = "Kolonna „Grupa” tiek lasīta kā klase, jo tabulā nav kolonnas „Klase”."


def test_notes_about_several_files_become_one() -> None:
    notes = [
        Note("note.group_as_class", {"header": "Grupa"}, "a.csv"),
        Note("note.tolerant_csv", {}, "a.csv"),
        Note("note.group_as_class", {"header": "Grupa"}, "b.xlsx", "Kavējumi"),
        Note("note.group_as_class", {"header": "Group"}, "c.csv"),
        Note("note.default_bell_schedule", {}),
    ]
    assert merged_notes(notes) == [
        Note("note.group_as_class", {"header": "Grupa"}, "a.csv, b.xlsx (Kavējumi)"),
        Note("note.tolerant_csv", {}, "a.csv"),
        Note("note.group_as_class", {"header": "Group"}, "c.csv"),
        Note("note.default_bell_schedule", {}),
    ]


def test_group_read_as_class_is_told_once_naming_the_files(write: Writer) -> None:
    folder = write("darzs/dienasgramata.csv", DAY_BOOK).parent
    write("darzs/kavejumi.csv", ABSENCES)
    base = ["check", str(folder), "--profile", "liepaja-mazulitis", "--as-of", "2025-10-31"]

    table = runner.invoke(app, [*base, "--lang", "lv"])
    assert table.exit_code in (0, 1), table.stderr
    notes = [line for line in table.stdout.splitlines() if GROUP_AS_CLASS_LV in line]
    assert len(notes) == 1
    assert "dienasgramata.csv" in notes[0] and "kavejumi.csv" in notes[0]

    as_json = runner.invoke(app, [*base, "--lang", "lv", "--format", "json"])
    told = [line for line in as_json.stderr.splitlines() if GROUP_AS_CLASS_LV in line]
    assert len(told) == 1 and "dienasgramata.csv" in told[0] and "kavejumi.csv" in told[0]
    document = json.loads(as_json.stdout)
    [note] = [n for n in document["notes"] if n["key"] == "note.group_as_class"]
    assert note["message"].endswith(GROUP_AS_CLASS_LV)


def test_a_file_named_as_the_wrong_table_is_read_as_named_with_a_note(write: Writer) -> None:
    absences = write(
        "kavejumi.csv",
        "Datums;Stunda;Klase;Priekšmets;Skolotājs;Skolēns;Apzīmējums;Ievadīts\r\n"
        "01.10.2025.;1;7.b;Matemātika;Pēteris Ķikāns;Anna Liepa;n;01.10.2025. 15:00\r\n"
        "01.10.2025.;2;7.b;Matemātika;Pēteris Ķikāns;Jānis Ozols;n;01.10.2025. 15:00\r\n",
    )
    base = ["check", "--lessons", str(absences), "--profile", "aknistes-vsk"]
    result = runner.invoke(app, [*base, "--as-of", "2025-10-31", "--format", "json"])
    assert result.exit_code in (0, 1), result.stderr
    document = json.loads(result.stdout)
    assert [i["kind"] for i in document["inputs"]] == ["lessons"]  # read as asked
    [note] = [n for n in document["notes"] if n["key"] == "note.looks_like_other_table"]
    assert note["message"] == (
        f"{absences}: Given with --lessons (table 'lessons'), but its header fits the table "
        "'absences' better; it was read as given. If the option was a slip, use --absences."
    )
    assert note["message"] in result.stderr  # the note goes to standard error too

    latvian = runner.invoke(app, ["inspect", "--lessons", str(absences), "--lang", "lv"])
    assert latvian.exit_code == 0
    assert "bet tā galvene skaidrāk atbilst tabulai „kavējumi”" in latvian.stdout
    assert "lietojiet --absences" in latvian.stdout


def test_a_file_named_as_its_own_table_has_no_such_note(write: Writer) -> None:
    lessons = write("stundas.csv", LESSONS_TEXT)
    result = runner.invoke(app, ["inspect", "--lessons", str(lessons), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["notes"] == []


def test_a_named_file_without_a_required_column_is_still_exit_2(write: Writer) -> None:
    reports = write("izraksti.csv", "Klase;Mēnesis;Nosūtīts\r\n7.b;10.2025;05.11.2025. 12:00\r\n")
    result = runner.invoke(
        app, ["check", "--lessons", str(reports), "--profile", "aknistes-vsk", "--lang", "lv"]
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    # The table is named in Latvian, not by its English id.
    assert "tuvākā ir tabula „stundas” (--lessons)" in result.stderr
    assert "„lessons”" not in result.stderr


def test_a_column_of_another_table_is_told_when_it_goes_unused(write: Writer) -> None:
    """An absences export without its student column is read as lessons: its 'Apzīmējums'
    column would be lost without a word."""
    found = write(
        "k.csv",
        "Datums;Stunda;Klase;Priekšmets;Skolotājs;Apzīmējums;Ievadīts\r\n"
        "10.11.2025.;1;7.a;Matemātika;Inga Šņore;n;10.11.2025. 12:00\r\n",
    )
    args = ["check", str(found), "--profile", "aknistes-vsk", "--as-of", "2025-11-30"]
    result = runner.invoke(app, [*args, "--format", "json", "--lang", "en"])
    document = json.loads(result.stdout)
    assert [i["kind"] for i in document["inputs"]] == ["lessons"]
    [note] = [n for n in document["notes"] if n["key"] == "note.column_of_other_table"]
    assert "'Apzīmējums' is a column of the table 'absences'" in note["message"]
    assert "--absences" in note["message"] and note["message"] in result.stderr
    lessons = write("stundas.csv", LESSONS_TEXT)
    clean = runner.invoke(app, ["inspect", "--lessons", str(lessons), "--format", "json"])
    assert json.loads(clean.stdout)["notes"] == []
