"""The `profiles` command: the built-in school profiles, so a user can pick one."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer

from eklase_audit.commands.common import (
    DebugOption,
    LangOption,
    choices,
    help_text,
    plain_console,
    run,
    translator,
)


class ProfilesFormat(StrEnum):
    table = "table"
    json = "json"


def profiles(
    output_format: Annotated[
        ProfilesFormat,
        typer.Option(
            "--format",
            help=help_text("help.common.format"),
            metavar=choices(ProfilesFormat),
            case_sensitive=False,
        ),
    ] = ProfilesFormat.table,
    lang: LangOption = None,
    debug: DebugOption = False,
) -> None:
    """The built-in school profiles, so a user can pick one."""
    t = translator(lang)

    def body() -> None:
        from eklase_audit.profiles.loader import builtin_profile_ids, load_profile

        loaded = [load_profile(profile_id) for profile_id in builtin_profile_ids()]
        if output_format is ProfilesFormat.json:
            import json

            rows: list[dict[str, Any]] = [
                {
                    "id": p.id,
                    "name": p.name,
                    "order": p.order,
                    "kind": p.kind,
                    "effective_from": p.effective_from.isoformat() if p.effective_from else None,
                    "citation": p.citation_prefix,
                }
                for p in loaded
            ]
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return

        from rich.table import Table
        from rich.text import Text

        # Text, not markup: names and orders are printed as written.
        table = Table(
            title=Text(t("profiles.title")), caption=Text(t("profiles.hint")), show_lines=True
        )
        for key in ("id", "school", "order", "kind", "effective_from"):
            # Ids, kinds and dates are typed back by users: never broken across lines.
            wrap = key in ("school", "order")
            table.add_column(t(f"profiles.col.{key}"), no_wrap=not wrap)
        for p in loaded:
            table.add_row(
                Text(p.id),
                Text(p.name),
                Text(p.order),
                Text(t(f"profiles.kind.{p.kind}")),
                Text(t.date(p.effective_from) if p.effective_from else t("profiles.not_dated")),
            )
        # Plain text for a file or a pipe: wide enough that nothing is cut.
        plain_console(140).print(table)

    run(t, debug, body)
