"""Finding the header, its separator and its table (SPEC "How files are read", "Ambiguous
headers")."""

from __future__ import annotations

import datetime as dt

import pytest
from io_support import Reader, Writer

LESSON_ROW = "01.09.2025.{s}1{s}7.b{s}Matemātika{s}Pēteris Ķikāns\n"
LESSON_HEADER = "Datums{s}Stunda{s}Klase{s}Priekšmets{s}Skolotājs\n"


@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_each_separator(write: Writer, read: Reader, separator: str) -> None:
    text = LESSON_HEADER.format(s=separator) + LESSON_ROW.format(s=separator)
    result = read(write("x.csv", text))
    [file] = result.inputs
    assert file.separator == separator
    assert result.table("lessons")["subject"].to_list() == ["Matemātika"]


def test_separator_comes_from_the_header_not_from_title_lines(write: Writer, read: Reader) -> None:
    title = "Skola; Rīga, 2025; 7.b; periods; 01.09.2025.; 30.09.2025.\n"
    text = title + LESSON_HEADER.format(s="\t") + LESSON_ROW.format(s="\t")
    result = read(write("x.txt", text))
    [file] = result.inputs
    assert (file.separator, file.header_row) == ("\t", 2)


def test_header_on_row_30_is_found(write: Writer, read: Reader) -> None:
    titles = "".join(f"Virsraksts {n}\n" for n in range(1, 30))
    text = titles + LESSON_HEADER.format(s=";") + LESSON_ROW.format(s=";")
    result = read(write("x.csv", text))
    [file] = result.inputs
    assert file.header_row == 30
    assert result.table("lessons")["_row"].to_list() == [31]


def test_header_on_row_31_is_not_looked_for(write: Writer, read: Reader) -> None:
    titles = "".join(f"Virsraksts {n}\n" for n in range(1, 31))
    text = titles + LESSON_HEADER.format(s=";") + LESSON_ROW.format(s=";")
    result = read(write("x.csv", text))
    assert result.inputs == []
    [skipped] = result.skipped
    assert skipped.reason == "skip.no_header_none"
    assert skipped.named
    assert result.fatal() is not None


def test_header_names_ignore_case_spaces_and_diacritics(write: Writer, read: Reader) -> None:
    text = "DATUMS; klase ;PRIEKSMETS;skolotajs;  Ievadits\n01.09.2025.;7.b;Fizika;A B;\n"
    result = read(write("x.csv", text))
    [file] = result.inputs
    assert file.kind == "lessons"
    assert [c for _, c in file.mapping] == ["date", "class", "subject", "teacher", "entered_at"]


def test_the_nearest_table_says_what_is_missing(write: Writer, read: Reader) -> None:
    text = "Datums;Klase;Skolotājs;Tēma\n01.09.2025.;7.b;A B;C\n"
    result = read(write("x.csv", text))
    [skipped] = result.skipped
    assert skipped.reason == "skip.no_header"
    assert skipped.params["table"] == "lessons"
    assert skipped.params["option"] == "--lessons"
    assert skipped.params["missing"] == "Priekšmets"


def test_more_matching_columns_win(write: Writer, read: Reader) -> None:
    # Holds every identifying column of lessons too, but more of grades.
    text = "Datums;Klase;Priekšmets;Skolotājs;Skolēns;Vērtējums\n05.09.2025.;7.b;M;A;B;7\n"
    [file] = read(write("x.csv", text)).inputs
    assert file.kind == "grades"


TIE = "Datums;Klase;Priekšmets;Skolotājs;Pārbaudes darbs;Tēma\n20.10.2025.;7.b;M;A;Ieskaite;T\n"


def test_a_tie_without_a_name_hint_is_skipped_naming_the_options(
    write: Writer, read: Reader
) -> None:
    result = read(write("dati.csv", TIE))
    [skipped] = result.skipped
    assert skipped.reason == "skip.ambiguous"
    assert skipped.params["candidates"] == "lessons, test_plan"
    assert skipped.params["options"] == "--lessons, --test-plan"
    assert skipped.named


@pytest.mark.parametrize(
    ("name", "kind"), [("parbaudes_darbi.csv", "test_plan"), ("Stundas 7b.csv", "lessons")]
)
def test_a_tie_is_settled_by_the_file_name(
    write: Writer, read: Reader, name: str, kind: str
) -> None:
    [file] = read(write(name, TIE)).inputs
    assert file.kind == kind


def test_a_tie_is_settled_by_the_option(write: Writer, read: Reader) -> None:
    path = write("dati.csv", TIE)
    [file] = read(explicit=[("test_plan", path)]).inputs
    assert (file.kind, file.named) == ("test_plan", True)


def test_an_option_tries_only_its_table(write: Writer, read: Reader) -> None:
    path = write("stundas.csv", LESSON_HEADER.format(s=";") + LESSON_ROW.format(s=";"))
    result = read(explicit=[("grades", path)])
    [skipped] = result.skipped
    assert skipped.reason == "skip.no_header"
    assert skipped.params["table"] == "grades"
    assert skipped.params["missing"] == "Skolēns, Vērtējums"
    assert skipped.named


def test_grupa_is_the_subject_group_where_there_is_a_class(write: Writer, read: Reader) -> None:
    text = "Datums;Klase;Grupa;Priekšmets;Skolotājs\n01.09.2025.;7.b;2. grupa;Angļu valoda;A\n"
    result = read(write("x.csv", text))
    lessons = result.table("lessons")
    assert lessons.select("class", "group").row(0) == ("7.b", "2. grupa")
    assert result.notes == []


def test_grupa_is_the_class_where_there_is_none(write: Writer, read: Reader) -> None:
    text = "Datums;Grupa;Priekšmets;Pedagogs\n01.09.2025.;Zīlītes;Valodu joma;Laura Vanaga\n"
    result = read(write("x.csv", text))
    lessons = result.table("lessons")
    assert lessons.select("class", "group").row(0) == ("Zīlītes", None)
    assert [(n.key, n.params["header"]) for n in result.notes] == [("note.group_as_class", "Grupa")]


def test_grupa_is_unused_where_the_table_has_a_class_and_no_group(
    write: Writer, read: Reader
) -> None:
    text = "Datums;Klase;Grupa;Skolēns;Apzīmējums\n06.10.2025.;5.a;1;Pēteris Liepa;n\n"
    [file] = read(write("kavejumi.csv", text)).inputs
    assert file.kind == "absences"
    assert file.unmapped == ("Grupa",)


def test_a_repeated_header_is_used_once(write: Writer, read: Reader) -> None:
    text = "Datums;Klase;Priekšmets;Skolotājs;Piezīmes;Piezīmes\n01.09.2025.;7.b;M;A;x;y\n"
    result = read(write("x.csv", text))
    [file] = result.inputs
    assert file.unmapped == ("Piezīmes",)
    assert result.table("lessons")["notes"].to_list() == ["x"]


def test_entry_time_in_two_cells(write: Writer, read: Reader) -> None:
    text = (
        "Datums;Klase;Priekšmets;Skolotājs;Ievadīts (datums);Ievadīts (laiks)\n"
        "01.09.2025.;7.b;M;A;02.09.2025.;14:05\n"
    )
    result = read(write("x.csv", text))
    [file] = result.inputs
    assert ("Ievadīts (datums)", "entered_at") in file.mapping
    assert ("Ievadīts (laiks)", "entered_at") in file.mapping
    assert result.table("lessons")["entered_at"].to_list() == [dt.datetime(2025, 9, 2, 14, 5)]


def test_a_time_part_alone_holding_date_times_is_the_column(write: Writer, read: Reader) -> None:
    text = (
        "Datums;Klase;Priekšmets;Skolotājs;Ievadīts (laiks)\n"
        "01.09.2025.;7.b;M;A;02.09.2025. 14:05\n"
    )
    result = read(write("x.csv", text))
    assert "entered_at" in result.inputs[0].present
    assert result.table("lessons")["entered_at"].to_list() == [dt.datetime(2025, 9, 2, 14, 5)]


def test_a_time_part_alone_holding_times_is_not_used(write: Writer, read: Reader) -> None:
    text = "Datums;Klase;Priekšmets;Skolotājs;Ievadīts (laiks)\n01.09.2025.;7.b;M;A;14:05\n"
    result = read(write("x.csv", text))
    [file] = result.inputs
    assert "entered_at" not in file.present
    assert file.unmapped == ("Ievadīts (laiks)",)
    assert [n.key for n in result.notes] == ["note.time_without_date"]
    assert file.rows_rejected == 0
