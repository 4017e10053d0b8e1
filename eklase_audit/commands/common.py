"""What every command shares: the language and debug options, the help texts in the help
language, and the one place where the project's errors become one sentence on standard error and
exit code 2."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from eklase_audit.errors import EklaseError
from eklase_audit.messages import LANGUAGES, Lang, Translator, default_language

if TYPE_CHECKING:
    from rich.console import Console

T = TypeVar("T")

EXIT_OK = 0
EXIT_VIOLATIONS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130


def help_language(argv: Sequence[str] | None = None) -> Lang:
    """The language of ``--help``: ``--lang lv|en`` on the command line, else the locale's.

    Help texts are built when the commands are defined, before Typer parses anything, so the
    command line is read here directly (``sys.argv`` by default)."""
    args = sys.argv[1:] if argv is None else argv
    chosen: str | None = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            chosen = args[index + 1]
        elif arg.startswith("--lang="):
            chosen = arg.removeprefix("--lang=")
    wanted = chosen.strip().lower() if chosen else None
    return next((lang for lang in LANGUAGES if lang == wanted), None) or default_language()


def help_text(key: str) -> str:
    """A help text or metavar from the ``help.*`` messages, in the help language."""
    return Translator(help_language())(key)


def choices(values: type[StrEnum]) -> str:
    """The metavar of an option with a fixed set of values: ``table|json``."""
    return "|".join(values)


class LangChoice(StrEnum):
    lv = "lv"
    en = "en"


LangOption = Annotated[
    LangChoice | None,
    typer.Option(
        "--lang",
        help=help_text("help.common.lang"),
        metavar=choices(LangChoice),
        show_default=False,
        case_sensitive=False,
    ),
]
DebugOption = Annotated[
    bool, typer.Option("--debug", help=help_text("help.common.debug"), metavar="", hidden=False)
]


ProfileOption = Annotated[
    str | None,
    typer.Option(
        "--profile",
        help=help_text("help.common.profile"),
        metavar=help_text("help.metavar.profile"),
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config", help=help_text("help.common.config"), metavar=help_text("help.metavar.file")
    ),
]
PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        help=help_text("help.common.paths"),
        metavar=help_text("help.metavar.paths"),
        show_default=False,
    ),
]

_FILES_PANEL = help_text("help.panel.tables")


def _table_option(kind: str) -> Any:
    return typer.Option(
        "--" + kind.replace("_", "-"),
        help=help_text(f"help.table.{kind}"),
        metavar=help_text("help.metavar.file"),
        rich_help_panel=_FILES_PANEL,
        show_default=False,
    )


# One option per table kind: `--lessons FILE` names a file's table (SPEC "Inputs").
LessonsFiles = Annotated[list[Path] | None, _table_option("lessons")]
GradesFiles = Annotated[list[Path] | None, _table_option("grades")]
AbsencesFiles = Annotated[list[Path] | None, _table_option("absences")]
TermGradesFiles = Annotated[list[Path] | None, _table_option("term_grades")]
ReportsFiles = Annotated[list[Path] | None, _table_option("reports")]
ConversationsFiles = Annotated[list[Path] | None, _table_option("conversations")]
PlansFiles = Annotated[list[Path] | None, _table_option("plans")]
TestPlanFiles = Annotated[list[Path] | None, _table_option("test_plan")]
TimetableFiles = Annotated[list[Path] | None, _table_option("timetable")]
JournalsFiles = Annotated[list[Path] | None, _table_option("journals")]
AccountsFiles = Annotated[list[Path] | None, _table_option("accounts")]


class _PlainArgument(TyperArgument):
    """An argument whose help shows its metavar alone, without a Python type beside it."""

    def display_type_rich(self, ctx: typer.Context) -> str | None:
        return "" if self.metavar is not None else super().display_type_rich(ctx)


def _plain_help_option(option: TyperOption | None) -> TyperOption | None:
    if option is not None:
        option.metavar = ""  # no <bool> beside --help
        option.help = help_text("help.option.help")
    return option


class PlainHelpCommand(TyperCommand):
    """A command whose help speaks the help language and shows plain metavars, not types.

    Typer shows an argument's type even when it has a metavar, and gives ``--help`` an English
    text and a ``<bool>``; this class changes only how the help looks."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if type(param) is TyperArgument:
                param.__class__ = _PlainArgument

    def get_help_option(self, ctx: typer.Context) -> TyperOption | None:
        return _plain_help_option(super().get_help_option(ctx))


class PlainHelpGroup(TyperGroup):
    """The app's group: its ``--help`` like the commands'."""

    def get_help_option(self, ctx: typer.Context) -> TyperOption | None:
        return _plain_help_option(super().get_help_option(ctx))


def explicit_tables(**files: list[Path] | None) -> tuple[tuple[str, Path], ...]:
    """(table kind, file) for every file named with a table option."""
    return tuple((kind, path) for kind, paths in files.items() for path in paths or ())


def translator(lang: LangChoice | None) -> Translator:
    chosen: Lang = lang.value if lang is not None else default_language()  # type: ignore[assignment]
    return Translator(chosen)


def plain_console(width: int, *, soft_wrap: bool = False, or_wider: bool = False) -> Console:
    """Where a command prints: the terminal as it is; a file or a pipe gets plain text laid out
    ``width`` columns wide (``or_wider``: wider where the environment says it is wider)."""
    from rich.console import Console

    console = Console(highlight=False)
    if console.is_terminal:
        return console
    plain = max(console.width, width) if or_wider else width
    return Console(highlight=False, soft_wrap=soft_wrap, width=plain)


def stderr_line(text: str) -> None:
    """One line to standard error, whatever the terminal's encoding can show."""
    stream = sys.stderr
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:
        encoding = stream.encoding or "ascii"
        stream.write(text.encode(encoding, "replace").decode(encoding) + "\n")
    stream.flush()


def fail(t: Translator, error: EklaseError) -> NoReturn:
    stderr_line(t.error(error))
    raise typer.Exit(EXIT_ERROR)


def run(t: Translator, debug: bool, body: Callable[[], T]) -> T:
    """Runs a command body: a project error is one sentence and exit 2; Ctrl-C is exit 130; any
    other failure is one sentence too (never a traceback unless --debug) and exit 2."""
    try:
        return body()
    except EklaseError as error:
        if debug:
            raise
        fail(t, error)
    except KeyboardInterrupt:
        if debug:
            raise
        stderr_line(t("cli.interrupted"))
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except (typer.Exit, typer.Abort):
        raise
    except Exception as error:  # the last line of defence before the user
        if debug:
            raise
        stderr_line(t("cli.internal_error", error=f"{type(error).__name__}: {error}"))
        raise typer.Exit(EXIT_ERROR) from None
