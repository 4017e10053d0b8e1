"""Violations as CSV: for programs on standard output (UTF-8 without BOM, ``,``, English
names), and for people as a file (UTF-8 with BOM; ``;`` and Latvian headers under ``--lang lv``,
``,`` and English under ``--lang en``), as SPEC "Streams" says."""

from __future__ import annotations

import csv
import io

from eklase_audit.messages import Translator
from eklase_audit.report.json_report import sources_of
from eklase_audit.report.safe_cells import inert
from eklase_audit.report.tabular import header, violation_rows
from eklase_audit.result import AuditResult


def render_csv(result: AuditResult, t: Translator, *, for_people: bool) -> str:
    buffer = io.StringIO()
    separator = ";" if for_people and t.lang == "lv" else ","
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n" if for_people else "\n")
    writer.writerow(header(t, for_people=for_people))
    for cells in violation_rows(result.violations, t, sources_of(result), for_people=for_people):
        writer.writerow([inert(cell) for cell in cells])
    return buffer.getvalue()
