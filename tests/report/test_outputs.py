"""Report files appear whole or not at all; an output that is an input is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from eklase_audit.errors import UsageError
from eklase_audit.messages import Translator
from eklase_audit.outputs import (
    atomic_path,
    atomic_paths,
    check_output_paths,
    check_waivers_target,
    write_atomically,
)
from eklase_audit.report import xlsx
from tests.report.report_support import audit, write_school


class Boom(Exception):
    pass


def test_an_error_mid_write_leaves_no_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "parkapumi.xlsx"

    def write(path: Path) -> None:
        path.write_bytes(b"half a report")
        raise Boom

    with pytest.raises(Boom):
        write_atomically(target, write)
    assert list(tmp_path.iterdir()) == []


def test_an_error_in_the_xlsx_writer_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = audit(write_school(tmp_path / "school"))
    out = tmp_path / "out"

    def explode(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(xlsx, "_rules_sheet", explode)
    with pytest.raises(KeyboardInterrupt), atomic_path(out / "parkapumi.xlsx") as temporary:
        xlsx.write_xlsx(result, temporary, Translator("lv"))
    assert list(out.iterdir()) == []


def test_an_earlier_report_is_kept_when_a_new_one_fails(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(Boom), atomic_path(target) as temporary:
        temporary.write_text("new", encoding="utf-8")
        raise Boom
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_several_outputs_appear_together_or_not_at_all(tmp_path: Path) -> None:
    targets = [tmp_path / "a.xlsx", tmp_path / "a.json"]
    with pytest.raises(Boom), atomic_paths(targets) as temporaries:
        temporaries[0].write_text("done", encoding="utf-8")
        raise Boom
    assert list(tmp_path.iterdir()) == []
    with atomic_paths(targets) as temporaries:
        for temporary in temporaries:
            temporary.write_text("done", encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "a.xlsx"]
    assert (tmp_path / "a.json").stat().st_mode & 0o044  # readable like any new file


def test_an_output_that_is_an_input_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "stundas.csv"
    source.write_text("x", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        check_output_paths([tmp_path / "." / "stundas.csv"], [source])
    assert caught.value.key == "output.is_input"
    with pytest.raises(UsageError) as caught:
        check_output_paths([tmp_path / "r.txt"], [source])
    assert caught.value.key == "output.unknown_suffix"
    check_output_paths([tmp_path / "r.csv"], [source])


def test_a_waivers_file_is_never_overwritten(tmp_path: Path) -> None:
    existing = tmp_path / "w.toml"
    existing.write_text("", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        check_waivers_target(existing, [])
    assert caught.value.key == "waivers.write_exists"
    with pytest.raises(UsageError) as caught:
        check_waivers_target(tmp_path / "w.json", [])
    assert caught.value.key == "waivers.write_suffix"
    check_waivers_target(tmp_path / "new.toml", [])
