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
    plain_console,
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
        from eklase_audit.profiles.loader import builtin_profile_ids, load_profile, resolve_profile
        from eklase_audit.report.explain import render_rule_doc
        from eklase_audit.rule_docs import rule_doc
        from eklase_audit.rules.catalog import RULES

        wanted = code.strip().upper()
        if wanted not in RULES:
            raise UsageError("engine.unknown_rule", {"code": code, "option": "explain"})
        if profile is None and config is None:
            profiles = [load_profile(pid) for pid in builtin_profile_ids()]
        else:
            profiles = [resolve_profile(profile, config, Path.cwd())]
        render_rule_doc(rule_doc(t, wanted, profiles), t, plain_console(100))

    run(t, debug, body)
