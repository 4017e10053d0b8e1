"""Properties that hold for any input: the readers never fail with anything but the project's
own errors, and every data row a file holds is either read or rejected, at the row a
spreadsheet shows."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eklase_audit.errors import EklaseError
from eklase_audit.io.model import ReadResult
from eklase_audit.io.readers import read_inputs
from eklase_audit.messages import catalogue

HEADER = ["Datums", "Klase", "Priekšmets", "Skolotājs", "Stunda", "Ievadīts"]
TITLES = ["Rīgas paraugskola", "Stundu uzskaite", "Periods: septembris"]

# Letters a Latvian export holds, digits, the punctuation of dates and grades, the separators,
# quotes and line breaks inside cells (written with Windows-1257 in mind).
ALPHABET = 'aābcčdeēfgģhiījkķlļmnņoprsštuūvzžAĀČĒŠŽ0123456789 .,;:-|%()"\t\n'

cells = st.one_of(
    st.sampled_from(["", " ", "01.09.2025.", "2025-09-01", "1.9.2025", "45903", "3", "3.5"]),
    st.sampled_from(["02.09.2025. 10:12", "31.02.2025.", "7.b", "Matemātika", "Ābele"]),
    st.text(alphabet=ALPHABET, max_size=12),
)
rows = st.lists(cells, min_size=0, max_size=len(HEADER) + 3)


def _read(data: bytes) -> ReadResult:
    """Reads the bytes as a file named on the command line."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stundas.csv"
        path.write_bytes(data)
        return read_inputs([path])


def _accounted(result: ReadResult) -> None:
    for file in result.inputs:
        table = result.table(file.kind)
        read = table.filter(table["_src"] == file.index).height
        rejected = result.rejected.filter(result.rejected["_src"] == file.index).height
        assert read + rejected == file.rows_read
        assert rejected == file.rows_rejected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from([b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xff\xfe"]),
    header=st.sampled_from([b"", ";".join(HEADER).encode() + b"\n"]),
    body=st.binary(max_size=600),
)
def test_arbitrary_bytes_never_raise_anything_else(
    prefix: bytes, header: bytes, body: bytes
) -> None:
    try:
        result = _read(prefix + header + body)
    except EklaseError:
        return
    messages = catalogue("en")
    for skipped in result.skipped:
        assert skipped.reason in messages
    _accounted(result)
    assert set(result.rejected["reason"].to_list()) <= set(messages)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    titles=st.integers(min_value=0, max_value=3),
    body=st.lists(rows, max_size=25),
    separator=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1257", "utf-16"]),
)
def test_every_data_row_is_read_or_rejected(
    titles: int, body: list[list[str]], separator: str, encoding: str
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    for title in TITLES[:titles]:
        writer.writerow([title])
    writer.writerow(HEADER)
    writer.writerows(body)

    # What the test itself wrote: each record is one spreadsheet row, blank ones are no data.
    first = titles + 2
    expected_rows = [first + i for i, row in enumerate(body) if any(c.strip() for c in row)]

    result = _read(buffer.getvalue().encode(encoding))
    assert result.skipped == []
    [file] = result.inputs
    assert file.header_row == titles + 1
    assert file.rows_read == len(expected_rows)
    assert file.blank_rows == len(body) - len(expected_rows)
    read_rows = result.table("lessons")["_row"].to_list()
    rejected_rows = result.rejected["_row"].to_list()
    assert sorted(read_rows + rejected_rows) == expected_rows
