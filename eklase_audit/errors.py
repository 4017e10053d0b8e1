"""The project's exceptions.

Each carries a message key (rendered in Latvian or English at the command-line edge) and, where it
applies, the file, sheet, row and column the user has to look at. Everything that is the user's to
fix is one of these; anything else is a bug and shows a traceback only under ``--debug``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Location:
    """Where in the user's files a problem is: a spreadsheet's own row numbers."""

    path: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    line: int | None = None  # a line of a TOML file


@dataclass
class EklaseError(Exception):
    """A problem the user can fix; exit code 2."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    location: Location = field(default_factory=Location)

    def __post_init__(self) -> None:
        super().__init__(self.key, self.params)

    def __str__(self) -> str:  # for logs and --debug; the CLI renders through messages
        return f"{self.key} {self.params} {self.location}"


class InputError(EklaseError):
    """A file that cannot be read, or a table in it that cannot be used."""


class ConfigError(EklaseError):
    """A profile or config file that is not valid, or an unknown profile."""


class UsageError(EklaseError):
    """A bad command-line option or value."""
