"""Shared fixtures of the reader tests: files written into a temporary folder, and reading them.

Expected values in these tests are written by hand from what a spreadsheet shows, never computed
by the code under test.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from io_support import Reader, Writer

from eklase_audit.io.model import ReaderCustomisation, ReadResult
from eklase_audit.io.readers import read_inputs

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def write(tmp_path: Path) -> Writer:
    """Writes text (in an encoding) or bytes to a file in the test's folder."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode(encoding)
        path.write_bytes(data)
        return path

    return _write


@pytest.fixture
def read() -> Reader:
    def _read(
        *paths: Path,
        explicit: Sequence[tuple[str, Path]] = (),
        customisation: ReaderCustomisation | None = None,
    ) -> ReadResult:
        return read_inputs(list(paths), explicit, customisation)

    return _read
