"""The `explain` command: one rule in full, with examples, deadlines and citations."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eklase_audit.commands.common import (
    ConfigOption,
    DebugOption,
    LangOption,
    ProfileOption,
    help_text,
    run,
    translator,
)
from eklase_audit.errors import UsageError


def explain(
    code: Annotated[
        str,
        typer.Argument(
            help=help_text("help.explain.code"),
            metavar=help_text("help.metavar.code"),
            show_default=False,
        ),
    ],
    profile: ProfileOption = None,
    config: ConfigOption = None,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """One rule in full: what it finds, why, examples, deadlines and citations per profile."""
    t = translator(lang)

    def body() -> None:
        from rich.console import Console
        from rich.markdown import Markdown

        from eklase_audit.profiles.loader import builtin_profile_ids, load_profile, resolve_profile
        from eklase_audit.rule_docs import rule_doc
        from eklase_audit.rules.catalog import RULES

        wanted = code.strip().upper()
        if wanted not in RULES:
            raise UsageError("engine.unknown_rule", {"code": code, "option": "explain"})
        if profile is None and config is None:
            profiles = [load_profile(pid) for pid in builtin_profile_ids()]
        else:
            profiles = [resolve_profile(profile, config, Path.cwd())]
        doc = rule_doc(t, wanted, profiles)
        lines = [
            f"# {doc.code}: {doc.title}",
            "",
            f"**{t('rule.heading.finds')}.** {doc.finds}",
            "",
            f"**{t('rule.heading.why')}.** {doc.why}",
            "",
            f"**{t('rule.heading.example_bad')}.** {doc.example_bad}",
            "",
            f"**{t('rule.heading.example_good')}.** {doc.example_good}",
            "",
        ]
        for profile_id, school, line in doc.per_profile:
            state = t("rules_cmd.yes") if line.enabled else t("rules_cmd.no")
            lines += [
                f"## {school} ({profile_id})",
                "",
                f"- {t('rules_cmd.on')}: {state}; {t('col.severity')}: "
                f"{t('severity.' + line.severity)}",
                f"- {t('rule.heading.citation')}: {line.citation}",
            ]
            if line.deadlines:
                lines.append(f"- {t('rule.heading.deadline')}:")
                lines += [f"  - {text}" for text in line.deadlines]
            if line.bell_default:
                lines.append(f"- {t('deadline.bell_default')}")
            lines.append("")
        console = Console(highlight=False)
        if not console.is_terminal:
            console = Console(highlight=False, width=100)
        console.print(Markdown("\n".join(lines)))

    run(t, debug, body)
