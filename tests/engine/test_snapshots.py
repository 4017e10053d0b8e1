"""Snapshots: exports without entry times, taken at known times (SPEC "Snapshots")."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from eklase_audit.cli import app
from eklase_audit.snapshots import parse_snapshot_option, snapshot_time

HEADER = "Datums;Stunda;Klase;Priekšmets;Skolotājs;Tēma\n"
ROW = "{date};{no};7.a;Matemātika;Pēteris Ķikāns;SR: a / b\n"


def _snapshot(root: Path, name: str, lessons: list[tuple[str, int]]) -> Path:
    folder = root / name
    folder.mkdir()
    body = "".join(ROW.format(date=d, no=n) for d, n in lessons)
    (folder / "stundas.csv").write_text(HEADER + body, encoding="utf-8")
    return folder


def test_time_from_the_folder_name_or_given(tmp_path: Path) -> None:
    folder = _snapshot(tmp_path, "2025-11-10T18-00", [("10.11.2025.", 1)])
    assert snapshot_time(parse_snapshot_option(str(folder))) == (
        dt.datetime(2025, 11, 10, 18, 0),
        "folder name",
    )
    given = parse_snapshot_option(f"{folder}@11.11.2025 07:30")
    assert snapshot_time(given) == (dt.datetime(2025, 11, 11, 7, 30), "given")
    other = _snapshot(tmp_path, "eksports", [("10.11.2025.", 1)])
    assert snapshot_time(parse_snapshot_option(str(other)))[1] == "modification time"


def test_entered_between_two_snapshots(tmp_path: Path) -> None:
    # Aknīste: lessons by 17:00 the same day.
    a = _snapshot(tmp_path, "2025-11-10T18-00", [("10.11.2025.", 1)])
    b = _snapshot(
        tmp_path, "2025-11-11 18.00", [("10.11.2025.", 1), ("10.11.2025.", 2), ("11.11.2025.", 1)]
    )
    c = _snapshot(
        tmp_path,
        "2025-11-12T16-00",
        [("10.11.2025.", 1), ("10.11.2025.", 2), ("11.11.2025.", 1), ("12.11.2025.", 1)],
    )
    result = CliRunner().invoke(
        app,
        [
            "check",
            *(arg for folder in (c, a, b) for arg in ("--snapshot", str(folder))),
            "--profile",
            "aknistes-vsk",
            "--as-of",
            "2025-11-12T23:59",
            "--select",
            "LES001",
            "--format",
            "json",
            "--lang",
            "en",
        ],
    )
    assert result.exit_code == 1, result.stderr
    document = json.loads(result.stdout)
    assert "Snapshot" in result.stderr and "from the folder's name" in result.stderr
    # 10.11 lesson 2 first appears in the 11.11 18:00 snapshot, absent at 10.11 18:00: entered
    # after its deadline (10.11 17:00) for sure.
    (late,) = document["violations"]
    assert late["source"]["path"].endswith("2025-11-11 18.00/stundas.csv")
    assert late["source"]["row"] == 3
    assert late["entered_at"] is None
    assert late["entered_between"] == ["2025-11-10T18:00:00", "2025-11-11T18:00:00"]
    # Late by at least as much as the earlier snapshot: 17:00 to 18:00 the same day.
    assert late["late_by"] == {"working_days": 0, "hours": 1.0}
    # Already in the first snapshot (by 10.11 18:00, deadline 17:00) and first seen at 11.11
    # 18:00 after 10.11 18:00 (deadline 11.11 17:00 in between): undecided.
    undecided = sorted((u["event_date"], u["source"]["row"]) for u in document["undecided"])
    assert undecided == [("2025-11-10", 2), ("2025-11-11", 4)]
    assert all(u["late_by"] is None for u in document["undecided"])  # how late is not known
    # Every row of every snapshot is accounted for.
    assert sum(i["rows_read"] for i in document["inputs"]) == 8
    assert sum(i["rows_audited"] for i in document["inputs"]) == 8
