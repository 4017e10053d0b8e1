"""A small school's exports written by the tests themselves, and audits of them.

The exports hold what the reporters must handle with care: a teacher's name that a spreadsheet
would run as a formula, a student's name with a personal code, a topic naming a student, a row
that cannot be read (its value a personal code), a late, a pending and a missing record.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from eklase_audit.engine import AuditRequest, run_audit
from eklase_audit.io.readers import read_inputs
from eklase_audit.profiles.loader import load_profile
from eklase_audit.result import AuditResult, Waiver

PROFILE = "aknistes-vsk"
AS_OF = dt.datetime(2026, 1, 10, 23, 59, 59)
AS_OF_TEXT = "2026-01-10"
CASES = Path(__file__).parent.parent / "rules" / "cases"

FORMULA_TEACHER = '=HYPERLINK("http://x","y")'
PERSONAL_CODE = "120304-12345"
NEW_PERSONAL_CODE = "32123456789"
STUDENTS = ("Jānis Ozols", "Anna Liepa", "Pēteris Egle")
TEACHERS = ("Kārlis Vītols", "Inga Šņore", "Pēteris Ķikāns", FORMULA_TEACHER)
TOPIC_WITH_A_NAME = "Jāņa Ozola referāts"

LESSONS: tuple[tuple[str, ...], ...] = (
    ("Datums", "Stunda", "Klase", "Priekšmets", "Skolotājs", "Tēma", "Ievadīts"),
    (
        "12.11.2025.",
        "1",
        "6.a",
        "Sports",
        FORMULA_TEACHER,
        "SR: skrien / Izturība",
        "12.11.2025 18:30",
    ),
    ("12.11.2025.", "2", "6.a", "Sports", "Kārlis Vītols", TOPIC_WITH_A_NAME, "13.11.2025 09:00"),
    (
        "13.11.2025.",
        "1",
        "6.a",
        "Sports",
        "Kārlis Vītols",
        "SR: skrien / Izturība",
        "13.11.2025 12:00",
    ),
    (
        "14.11.2025.",
        "1",
        "6.a",
        "Matemātika",
        "Inga Šņore",
        "SR: saskaita / Skaitļi",
        "14.11.2025 12:00",
    ),
    (
        "14.11.2025.",
        "2",
        "6.a",
        "Matemātika",
        "Inga Šņore",
        "SR: saskaita / Skaitļi",
        PERSONAL_CODE,
    ),
)
GRADES: tuple[tuple[str, ...], ...] = (
    (
        "Datums",
        "Klase",
        "Priekšmets",
        "Skolēns",
        "Vērtējums",
        "Darba veids",
        "Skolotājs",
        "Ievadīts",
    ),
    (
        "07.11.2025.",
        "7.a",
        "Matemātika",
        "Jānis Ozols",
        "7",
        "formatīvais",
        "Pēteris Ķikāns",
        "12.11.2025 08:00",
    ),
    (
        "07.11.2025.",
        "7.a",
        "Matemātika",
        f"Anna Liepa {PERSONAL_CODE}",
        "6",
        "formatīvais",
        "Pēteris Ķikāns",
        "12.11.2025 08:00",
    ),
    (
        "07.11.2025.",
        "7.a",
        "Matemātika",
        f"Pēteris Egle {NEW_PERSONAL_CODE}",
        "8",
        "formatīvais",
        "Pēteris Ķikāns",
        "10.11.2025 08:00",
    ),
    ("08.01.2026.", "7.a", "Matemātika", "Anna Liepa", "7", "formatīvais", "Pēteris Ķikāns", ""),
)


def write_csv(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows(rows)
    return path


def write_school(folder: Path) -> Path:
    """The exports of one school in ``folder``: lessons and grades."""
    write_csv(folder / "stundas.csv", LESSONS)
    write_csv(folder / "vertejumi.csv", GRADES)
    return folder


def audit(
    *paths: Path,
    profile: str = PROFILE,
    as_of: dt.datetime = AS_OF,
    waivers: Sequence[Waiver] = (),
) -> AuditResult:
    read = read_inputs(list(paths))
    return run_audit(
        AuditRequest(
            profile=load_profile(profile),
            read=read,
            as_of=as_of,
            waivers=tuple(waivers),
            command_line=("eklase-audit", "check", *(str(p) for p in paths)),
        )
    )


def input_names() -> list[str]:
    """Every person's name written into the exports (students in any of their cells)."""
    return ["Jānis Ozols", "Anna Liepa", "Pēteris Egle", "Jāņa Ozola"]
