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
from eklase_audit.commands.common import PlainHelpCommand, PlainHelpGroup, help_text

app = typer.Typer(
    name="eklase-audit",
    cls=PlainHelpGroup,
    help=help_text("help.app"),
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
        False,
        "--version",
        callback=_version,
        is_eager=True,
        help=help_text("help.option.version"),
        metavar="",
    ),
) -> None:
    """eklase-audit"""


# The help shown for a command is its `help.cmd.*` message; the docstrings are for developers.
for _name, _command in (
    ("check", check_cmd.check),
    ("inspect", inspect_cmd.inspect),
    ("rules", rules_cmd.rules),
    ("explain", explain_cmd.explain),
    ("profiles", profiles_cmd.profiles),
    ("init", init_cmd.init),
    ("calendar", calendar_cmd.calendar),
    ("sample", sample_cmd.sample),
):
    app.command(_name, cls=PlainHelpCommand, help=help_text(f"help.cmd.{_name}"))(_command)


def main() -> None:
    app()
