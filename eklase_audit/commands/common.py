"""What every command shares: the language and debug options, and the one place where the
project's errors become one sentence on standard error and exit code 2."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, NoReturn, TypeVar

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
