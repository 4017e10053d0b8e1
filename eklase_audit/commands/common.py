"""What every command shares: the language and debug options, and the one place where the
project's errors become one sentence on standard error and exit code 2."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from eklase_audit.errors import EklaseError
from eklase_audit.messages import Lang, Translator, default_language

T = TypeVar("T")

EXIT_OK = 0
EXIT_VIOLATIONS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130


class LangChoice(StrEnum):
    lv = "lv"
    en = "en"


LangOption = Annotated[
    LangChoice | None,
    typer.Option(
        "--lang",
        help="Language of the output: lv or en (default: from the locale).",
        show_default=False,
    ),
]
DebugOption = Annotated[
    bool, typer.Option("--debug", help="Show the full traceback of an error.", hidden=False)
]


ProfileOption = Annotated[
    str | None, typer.Option("--profile", help="A built-in school profile id.")
]
ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="The school's eklase-audit.toml.")
]

_FILES_PANEL = "Input tables"


def _table_option(kind: str) -> Any:
    return typer.Option(
        "--" + kind.replace("_", "-"),
        help=f"A file holding the {kind.replace('_', ' ')} table (repeatable).",
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


def explicit_tables(**files: list[Path] | None) -> tuple[tuple[str, Path], ...]:
    """(table kind, file) for every file named with a table option."""
    return tuple((kind, path) for kind, paths in files.items() for path in paths or ())


def translator(lang: LangChoice | None) -> Translator:
    chosen: Lang = lang.value if lang is not None else default_language()  # type: ignore[assignment]
    return Translator(chosen)


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
    """Runs a command body: a project error is one sentence and exit 2; Ctrl-C is exit 130."""
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
