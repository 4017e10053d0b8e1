"""Which bytes a file holds: a workbook, or text in which encoding (SPEC "How files are read").

A BOM decides; else NUL bytes decide (every other byte NUL: UTF-16 without a BOM; scattered:
not text); else valid UTF-8 throughout is UTF-8; else Windows-1257 if it looks like text.
Large UTF-8 files are validated while they are hashed and never held in memory here; other
encodings are recoded to UTF-8 bytes, which the CSV reader takes as they are.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from eklase_audit.errors import InputError

CHUNK = 1 << 20
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
BOM_UTF8 = codecs.BOM_UTF8
BOM_UTF16_LE = codecs.BOM_UTF16_LE
BOM_UTF16_BE = codecs.BOM_UTF16_BE

# Control characters that text never holds (tab, CR and LF are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

Container = Literal["workbook", "text", "empty"]


@dataclass(frozen=True)
class TextSource:
    """A text file ready for the CSV reader.

    ``data`` is the whole text as UTF-8 bytes when it had to be recoded (or its line ends
    mended); None means the file itself is UTF-8 and is read from ``path``.
    """

    path: Path
    encoding: str  # utf-8, utf-8-sig, utf-16-le, utf-16-be, windows-1257
    sha256: str
    data: bytes | None = None


def container(path: Path) -> Container:
    """A workbook (by its magic bytes, whatever its name), text, or an empty file."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if not head:
        return "empty"
    if head.startswith(ZIP_MAGIC) or head.startswith(OLE_MAGIC):
        return "workbook"
    return "text"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def open_text(path: Path) -> TextSource:
    """Find a text file's encoding; raises :class:`InputError` (``skip.*``) when it has none."""
    scan = _scan(path)
    if scan.size == 0:
        raise InputError("skip.empty_file")
    if scan.bom == "utf-8-sig":
        if scan.utf8_error is not None:
            raise _encoding_error(path.read_bytes(), scan.utf8_error, "UTF-8")
        return TextSource(path, "utf-8-sig", scan.sha256)
    if scan.bom in ("utf-16-le", "utf-16-be"):
        data = path.read_bytes()
        text = _decode(data[2:], scan.bom, "UTF-16", offset=2)
        return TextSource(path, scan.bom, scan.sha256, _utf8(text))
    if scan.has_nul:
        return _utf16_without_bom(path, scan.sha256)
    if scan.utf8_error is None:
        return TextSource(path, "utf-8", scan.sha256)
    data = path.read_bytes()
    text = _decode(data, "cp1257", "Windows-1257")
    if _CONTROL.search(text):
        raise InputError("skip.not_text")
    return TextSource(path, "windows-1257", scan.sha256, _utf8(text))


@dataclass(frozen=True)
class _Scan:
    size: int
    sha256: str
    bom: str | None
    has_nul: bool
    utf8_error: int | None  # byte offset of the first invalid UTF-8 byte


def _scan(path: Path) -> _Scan:
    """One pass over the file: its hash, its BOM, whether it has NULs, where UTF-8 breaks."""
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")()
    size = 0
    bom: str | None = None
    has_nul = False
    utf8_error: int | None = None
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            if size == 0:
                bom = _bom(chunk)
            digest.update(chunk)
            if not has_nul and b"\x00" in chunk:
                has_nul = True
            if utf8_error is None and not has_nul and bom not in ("utf-16-le", "utf-16-be"):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as error:
                    utf8_error = size + error.start
            size += len(chunk)
    if utf8_error is None and not has_nul and size:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8_error = size - 1
    return _Scan(size, digest.hexdigest(), bom, has_nul, utf8_error)


def _bom(head: bytes) -> str | None:
    if head.startswith(BOM_UTF8):
        return "utf-8-sig"
    if head.startswith(BOM_UTF16_LE):
        return "utf-16-le"
    if head.startswith(BOM_UTF16_BE):
        return "utf-16-be"
    return None


def _utf16_without_bom(path: Path, sha256: str) -> TextSource:
    """Every other byte NUL: UTF-16 (the NULs say which byte order); scattered NULs: not text."""
    data = path.read_bytes()
    half = len(data) // 2
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if len(data) % 2 or half == 0:
        raise InputError("skip.not_text")
    if odd >= half * 0.5 and even <= half * 0.1:
        encoding = "utf-16-le"
    elif even >= half * 0.5 and odd <= half * 0.1:
        encoding = "utf-16-be"
    else:
        raise InputError("skip.not_text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError("skip.not_text") from None
    if _CONTROL.search(text):
        raise InputError("skip.not_text")
    return TextSource(path, encoding, sha256, _utf8(text))


def _decode(data: bytes, codec: str, name: str, offset: int = 0) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise _encoding_error(data, error.start, name, offset) from None


def _encoding_error(data: bytes, position: int, name: str, offset: int = 0) -> InputError:
    """Where the text stops being readable: its byte offset and line."""
    line = data.count(b"\n", 0, position) + 1
    return InputError(
        "skip.encoding", {"encoding": name, "offset": position + offset, "line": line}
    )


def _utf8(text: str) -> bytes:
    return text.removeprefix("\ufeff").encode("utf-8")
