"""The `rules` command: every rule, whether it is on, its deadline and the order's paragraph."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from eklase_audit.commands.common import (
    ConfigOption,
    DebugOption,
    LangOption,
    ProfileOption,
    choices,
    help_text,
    plain_console,
    run,
    translator,
)


class RulesFormat(StrEnum):
    table = "table"
    json = "json"


def rules(
    profile: ProfileOption = None,
    config: ConfigOption = None,
    output_format: Annotated[
        RulesFormat,
        typer.Option(
            "--format",
            help=help_text("help.common.format"),
            metavar=choices(RulesFormat),
            case_sensitive=False,
        ),
    ] = RulesFormat.table,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """Every rule of a profile, or the whole catalogue with the profiles that have each rule on."""
    t = translator(lang)

    def body() -> None:
        import json

        from eklase_audit.profiles.loader import (
            builtin_profile_ids,
            discover_config,
            load_profile,
            resolve_profile,
        )
        from eklase_audit.rule_docs import rule_lines

        if profile is None and config is None and discover_config(Path.cwd()) is None:
            catalogue = {pid: rule_lines(t, load_profile(pid)) for pid in builtin_profile_ids()}
            _print_catalogue(t, catalogue, output_format)
            return
        chosen = resolve_profile(profile, config, Path.cwd())
        lines = rule_lines(t, chosen)
        if output_format is RulesFormat.json:
            document = {
                "profile": {"id": chosen.id, "name": chosen.name},
                "rules": [
                    {
                        "code": line.code,
                        "title": line.title,
                        "enabled": line.enabled,
                        "severity": line.severity,
                        "deadlines": list(line.deadlines),
                        "citation": line.citation,
                        "bell_schedule_default": line.bell_default,
                    }
                    for line in lines
                ],
            }
            typer.echo(json.dumps(document, ensure_ascii=False, indent=2))
            return
        from rich.table import Table
        from rich.text import Text

        # Text cells, not markup: a citation or deadline may hold brackets.
        table = Table(title=Text(t("rules_cmd.title", school=chosen.name, profile=chosen.id)))
        for key in ("col.code", "col.rule", "col.enabled", "col.severity"):
            table.add_column(t(key), no_wrap=key == "col.code")
        table.add_column(t("rule.heading.deadline"))
        table.add_column(t("col.citation"))
        for line in lines:
            deadlines = "\n".join(line.deadlines) + (" *" if line.bell_default else "")
            table.add_row(
                Text(line.code),
                Text(line.title),
                Text(t("report.yes") if line.enabled else t("report.no")),
                Text(t(f"severity.{line.severity}")),
                Text(deadlines),
                Text(line.citation),
                style=None if line.enabled else "dim",
            )
        console = plain_console(160)
        console.print(table)
        if any(line.bell_default and line.enabled for line in lines):
            console.print(Text("* " + t("deadline.bell_default")))
        console.print(Text(t("rules_cmd.hint")))

    run(t, debug, body)


def _print_catalogue(t, catalogue, output_format) -> None:  # type: ignore[no-untyped-def]
    import json

    from eklase_audit.rules.catalog import RULES

    on_in = {
        code: [
            pid
            for pid, lines in catalogue.items()
            if next(line for line in lines if line.code == code).enabled
        ]
        for code in RULES
    }
    if output_format is RulesFormat.json:
        rows = [
            {
                "code": code,
                "title": t(f"rule.{code}.title"),
                "severity": spec.severity.value,
                "profiles": on_in[code],
            }
            for code, spec in RULES.items()
        ]
        typer.echo(json.dumps({"rules": rows}, ensure_ascii=False, indent=2))
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(t("rules_cmd.catalogue")))
    for key in ("col.code", "col.rule", "col.severity", "rules_cmd.on_in"):
        table.add_column(t(key))
    for code, spec in RULES.items():
        table.add_row(
            Text(code),
            Text(t(f"rule.{code}.title")),
            Text(t(f"severity.{spec.severity.value}")),
            Text(", ".join(on_in[code])),
        )
    console = plain_console(160)
    console.print(table)
    console.print(Text(t("rules_cmd.hint_profile")))
