"""How ``explain`` shows one rule: a title, four short paragraphs and, per profile, a list.

Rich renderables built from :class:`rich.text.Text`, never Markdown or markup: the texts hold
what Markdown would rewrite ("1. semestris" would become a numbered list item "1 semestris")
and what markup would swallow ("[calendar.bell]").
"""

from __future__ import annotations

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from eklase_audit.messages import Translator
from eklase_audit.rule_docs import RuleDoc

BULLET = "•"
INDENT = 2


def _paragraph(heading: str, text: str) -> Text:
    """``Heading. text`` with the heading in bold."""
    paragraph = Text()
    paragraph.append(f"{heading}.", style="bold")
    paragraph.append(f" {text}")
    return paragraph


def _bullets(items: list[Text | str], level: int = 0) -> Padding:
    """A list whose wrapped lines stay under their item's text, not under its bullet."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for item in items:
        grid.add_row(BULLET, item if isinstance(item, Text) else Text(item))
    return Padding(grid, (0, 0, 0, INDENT * (level + 1)), expand=False)


def render_rule_doc(doc: RuleDoc, t: Translator, console: Console) -> None:
    """Prints the rule in full: what it finds, why, the two examples, then each profile."""
    console.print(Text(f"{doc.code}: {doc.title}", style="bold"))
    for key, text in (
        ("rule.heading.finds", doc.finds),
        ("rule.heading.why", doc.why),
        ("rule.heading.example_bad", doc.example_bad),
        ("rule.heading.example_good", doc.example_good),
    ):
        console.print()
        console.print(_paragraph(t(key), text))
    for profile_id, school, line in doc.per_profile:
        console.print()
        console.print(Text(f"{school} ({profile_id})", style="bold"))
        state = t("report.yes") if line.enabled else t("report.no")
        items: list[Text | str] = [
            f"{t('col.enabled')}: {state}; {t('col.severity')}: {t('severity.' + line.severity)}",
            f"{t('rule.heading.citation')}: {line.citation}",
        ]
        if line.deadlines:
            items.append(f"{t('rule.heading.deadline')}:")
        console.print(_bullets(items))
        if line.deadlines:
            console.print(_bullets(list(line.deadlines), level=1))
        if line.bell_default:
            console.print(_bullets([t("deadline.bell_default")]))
