"""The README.md that goes with a sample, in Latvian and English."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eklase_audit.sample.plans import ProfilePlan


def readme_text(
    plan: ProfilePlan,
    year: str,
    seed: int,
    students: int,
    as_of: dt.datetime,
    files: tuple[tuple[str, str | None, int], ...],
    expected: dict[str, Any],
) -> str:
    stamp = as_of.strftime("%Y-%m-%dT%H:%M:%S")
    command = f"eklase-audit check . --profile {plan.id} --as-of {stamp}"
    listing = "\n".join(
        f"  {path}{f' [{sheet}]' if sheet else ''}: {rows}" for path, sheet, rows in files
    )
    people_lv = "bērni" if plan.kind == "preschool" else "skolēni"
    people_en = "children" if plan.kind == "preschool" else "students"
    counts = (
        f"{len(expected['violations'])} / {len(expected['pending'])} / "
        f"{len(expected['not_evaluable'])} / {len(expected['near_misses'])} / "
        f"{len(expected['rejected'])}"
    )
    return f"""\
SINTĒTISKI E-KLASES EKSPORTI AR IESTĀDĪTIEM PĀRKĀPUMIEM
========================================================

Iestāde: {plan.school} (profils {plan.id})
Mācību gads: {year}; {people_lv}: {students}; sākumskaitlis (--seed): {seed}

Šie faili ir izdomāti: personas, stundas un vērtējumi nav īsti. Tie veidoti tā, kā izskatās
skolas E-klases eksporti (CSV Windows-1257 kodējumā ar virsrakstu rindām, Excel darbgrāmatas ar
virsraksta rindu, UTF-8 CSV), un tajos apzināti ievietoti iekšējās kārtības pārkāpumi:
novēloti ieraksti, trūkstoši ieraksti, ieraksti tieši termiņa pēdējā brīdī (tie ir pareizi) un
tādi, kam termiņš vēl nav pienācis.

Pārbaudes brīdis (--as-of): {stamp}
Pārbaudiet tā (šajā mapē):
  {command}

expected.json uzskaita, kas jāatrod: pārkāpumus, vēl nepienākušos ierakstus, rindas, ko nevar
novērtēt, nolasīšanai nederīgās rindas un "gandrīz pārkāpumus", kas ir pareizi.
Pārkāpumi / gaida / nevar novērtēt / gandrīz / nederīgas rindas: {counts}

Faili un datu rindu skaits:
{listing}

SYNTHETIC E-KLASE EXPORTS WITH PLANTED VIOLATIONS
=================================================

School: {plan.school} (profile {plan.id})
School year: {year}; {people_en}: {students}; seed (--seed): {seed}

These files are made up: the people, lessons and grades are not real. They take the shapes of a
school's E-klase exports (Windows-1257 CSV with title lines, Excel workbooks with a title row,
UTF-8 CSV) and hold violations of the school's order planted on purpose: late entries, missing
records, entries made at the last moment of a deadline (which are fine) and records not yet due.

Reference time (--as-of): {stamp}
Audit them with (in this folder):
  {command}

expected.json lists what the audit must find: violations, pending records, rows that cannot be
evaluated, rows that cannot be read, and near misses that are fine.
Violations / pending / not evaluable / near misses / unreadable rows: {counts}
"""
