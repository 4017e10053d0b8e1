"""Violations as CSV: for programs on standard output (UTF-8 without BOM, ``,``, English
names), and for people as a file (UTF-8 with BOM; ``;`` and Latvian headers under ``--lang lv``,
``,`` and English under ``--lang en``), as SPEC "Streams" says."""

from __future__ import annotations

import csv
import io

import polars as pl

from eklase_audit.messages import Translator
from eklase_audit.report.safe_cells import inert_expr
from eklase_audit.report.tabular import header, violation_cells
from eklase_audit.report.words import sources_of
from eklase_audit.result import AuditResult


def render_csv(result: AuditResult, t: Translator, *, for_people: bool) -> str:
    buffer = io.StringIO()
    separator = ";" if for_people and t.lang == "lv" else ","
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n" if for_people else "\n")
    writer.writerow(header(t, for_people=for_people))
    cells = violation_cells(result.violations, t, sources_of(result), for_people=for_people)
    writer.writerows(cells.select(inert_expr(pl.col(name)) for name in cells.columns).iter_rows())
    return buffer.getvalue()
