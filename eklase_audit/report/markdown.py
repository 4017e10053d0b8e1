"""A Markdown summary and violation table, for an e-mail or a wiki page."""

from __future__ import annotations

from eklase_audit.messages import Translator
from eklase_audit.report.json_report import sources_of
from eklase_audit.report.tabular import header, violation_rows
from eklase_audit.result import AuditResult


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def render_markdown(result: AuditResult, t: Translator) -> str:
    lines = [
        f"# {t('report.title')}",
        "",
        t(
            "report.header",
            school=result.profile.name,
            profile=result.profile.id,
            as_of=t.datetime(result.as_of),
        ),
        "",
        f"## {t('report.rules')}",
        "",
    ]
    rules = [
        [r.code, t(f"rule.{r.code}.title"), str(r.violations), str(r.pending), r.citation or ""]
        for r in result.rules
        if r.enabled
    ]
    lines += _table(
        [t("col.code"), t("col.rule"), t("col.violations"), t("col.pending"), t("col.citation")],
        rules,
    )
    lines += ["", f"## {t('report.teachers')}", ""]
    teachers = [
        [s.teacher or t("report.unknown_teacher"), str(s.violations), f"{s.late}/{s.evaluated}"]
        for s in sorted(result.teachers, key=lambda s: -s.violations)
    ]
    lines += _table([t("col.teacher"), t("col.violations"), t("col.late_entries")], teachers)
    lines += ["", f"## {t('report.violations')}", ""]
    rows = list(violation_rows(result.violations, t, sources_of(result), for_people=True))
    lines += _table(header(t, for_people=True), rows) if rows else [t("report.no_violations")]
    return "\n".join(lines) + "\n"
