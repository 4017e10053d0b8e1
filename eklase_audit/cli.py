"""The command line: one Typer app whose commands live in ``eklase_audit/commands``."""

from __future__ import annotations

import typer

from eklase_audit import __version__
from eklase_audit.commands import (
    calendar_cmd,
    check_cmd,
    explain_cmd,
    init_cmd,
    inspect_cmd,
    profiles_cmd,
    rules_cmd,
    sample_cmd,
)

app = typer.Typer(
    name="eklase-audit",
    help=(
        "Audits E-klase journal exports against the school's order on using the journal: "
        "late and missing lessons, grades, absences and reports. / Pārbauda E-klases eksportus "
        "pēc skolas E-klases lietošanas kārtības."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"eklase-audit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """eklase-audit"""


app.command("check")(check_cmd.check)
app.command("inspect")(inspect_cmd.inspect)
app.command("rules")(rules_cmd.rules)
app.command("explain")(explain_cmd.explain)
app.command("profiles")(profiles_cmd.profiles)
app.command("init")(init_cmd.init)
app.command("calendar")(calendar_cmd.calendar)
app.command("sample")(sample_cmd.sample)


def main() -> None:
    app()
