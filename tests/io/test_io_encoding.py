"""Encodings as SPEC "How files are read" orders them: BOM, then NUL bytes, then UTF-8, then
Windows-1257; anything else is one sentence, never a guess that loses ā, ī, š."""

from __future__ import annotations

import codecs

import pytest
from io_support import LESSONS_TEXT, Reader, Writer

TEACHERS = ["Gunta Ābele", "Pēteris Ķikāns"]


def _encoded(encoding: str) -> bytes:
    if encoding == "utf-8-sig":
        return codecs.BOM_UTF8 + LESSONS_TEXT.encode("utf-8")
    if encoding == "utf-16-le+bom":
        return codecs.BOM_UTF16_LE + LESSONS_TEXT.encode("utf-16-le")
    if encoding == "utf-16-be+bom":
        return codecs.BOM_UTF16_BE + LESSONS_TEXT.encode("utf-16-be")
    return LESSONS_TEXT.encode(encoding)


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16-le+bom", "utf-16-le"),
        ("utf-16-be+bom", "utf-16-be"),
        ("utf-16-le", "utf-16-le"),  # Excel's "Unicode text" without its BOM
        ("utf-16-be", "utf-16-be"),
        ("cp1257", "windows-1257"),
    ],
)
def test_each_encoding_reads_the_same_lessons(
    write: Writer, read: Reader, encoding: str, reported: str
) -> None:
    path = write("stundas.csv", _encoded(encoding))
    result = read(path)
    assert result.skipped == []
    [file] = result.inputs
    assert file.encoding == reported
    assert file.header_row == 4
    lessons = result.table("lessons")
    assert lessons["teacher"].to_list() == TEACHERS
    assert lessons["topic"].to_list() == ["Zinību diena", "Naturālie skaitļi; atkārtojums"]
    assert lessons["_row"].to_list() == [5, 6]


def test_utf8_bom_header_is_found_when_it_is_the_first_line(write: Writer, read: Reader) -> None:
    text = "Datums;Klase;Priekšmets;Skolotājs\r\n01.09.2025.;7.b;Matemātika;Pēteris Ķikāns\r\n"
    path = write("a.csv", codecs.BOM_UTF8 + text.encode())
    result = read(path)
    [file] = result.inputs
    assert file.header_row == 1
    assert file.mapping[0] == ("Datums", "date")
    assert result.table("lessons")["_row"].to_list() == [2]


def test_a_binary_file_named_on_the_command_line_fails_the_run(write: Writer, read: Reader) -> None:
    path = write("stundas.csv", bytes(range(256)) * 8)
    result = read(path)
    assert result.inputs == []
    [skipped] = result.skipped
    assert (skipped.reason, skipped.named) == ("skip.not_text", True)
    fatal = result.fatal()
    assert fatal is not None
    assert fatal.key == "skip.not_text"
    assert fatal.location.path == str(path)


def test_scattered_nul_bytes_are_not_text(write: Writer, read: Reader) -> None:
    data = LESSONS_TEXT.encode("utf-8").replace(b"Klase", b"Kl\x00ase", 1)
    result = read(write("stundas.csv", data))
    assert [s.reason for s in result.skipped] == ["skip.not_text"]


def test_bytes_no_encoding_can_read_name_their_line_and_offset(write: Writer, read: Reader) -> None:
    # 0x98 is undefined in Windows-1257 and invalid UTF-8.
    data = b"Datums;Klase;Priek\xf0mets;Skolot\xe2js\r\n01.09.2025.;7.b;Matem\x98tika;X\r\n"
    result = read(write("stundas.csv", data))
    [skipped] = result.skipped
    assert skipped.reason == "skip.encoding"
    assert skipped.params["offset"] == data.index(b"\x98")
    assert skipped.params["line"] == 2


def test_control_characters_are_not_windows_1257_text(write: Writer, read: Reader) -> None:
    data = b"Datums;Klase\r\n\x01\x02\x03\xe2\x04\r\n"
    result = read(write("stundas.csv", data))
    assert [s.reason for s in result.skipped] == ["skip.not_text"]


def test_a_bom_decides_even_when_the_rest_is_broken(write: Writer, read: Reader) -> None:
    data = codecs.BOM_UTF8 + b"Datums;Klase\r\n" + b"Matem\xe2tika\r\n"
    result = read(write("stundas.csv", data))
    [skipped] = result.skipped
    assert skipped.reason == "skip.encoding"
    assert skipped.params["encoding"] == "UTF-8"


def test_an_empty_file_is_skipped(write: Writer, read: Reader) -> None:
    result = read(write("stundas.csv", b""))
    assert [(s.reason, s.named) for s in result.skipped] == [("skip.empty_file", True)]
