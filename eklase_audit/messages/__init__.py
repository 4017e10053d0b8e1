"""Every user-facing string, in Latvian and English.

Messages are looked up by key in one catalogue per language (``lv.py``, ``en.py``); a test keeps
the two catalogues' keys and placeholders identical. The language is chosen once per command and
carried by a :class:`Translator`, never held in global state.
"""

from __future__ import annotations

import datetime as dt
import locale
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from typing import Any, Literal

from eklase_audit.errors import EklaseError, Location

Lang = Literal["lv", "en"]
# Message parameters that hold table kinds (one, or several comma-separated).
TABLE_PARAMS: tuple[str, ...] = ("table", "other_table", "candidates")
LANGUAGES: tuple[Lang, ...] = ("lv", "en")


@cache
def catalogue(lang: Lang) -> Mapping[str, str]:
    """The message catalogue of one language."""
    return import_module(f"eklase_audit.messages.{lang}").MESSAGES


def _is_latvian(value: str | None) -> bool:
    if not value:
        return False
    value = value.lower()
    return value.startswith(("lv_", "lv-", "lv.", "latvian")) or value == "lv"


def default_language(environ: Mapping[str, str] | None = None) -> Lang:
    """Latvian where the locale is ``lv_*`` (or Windows' ``Latvian_*``), else English."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if env.get(name):
            return "lv" if _is_latvian(env[name]) else "en"
    if environ is None:
        try:
            current = locale.getlocale()[0]
        except ValueError:
            current = None
        if _is_latvian(current):
            return "lv"
    return "en"


@dataclass(frozen=True)
class Translator:
    """Renders message keys in one language."""

    lang: Lang = "en"

    def __call__(self, key: str, /, **params: Any) -> str:
        template = catalogue(self.lang).get(key)
        if template is None:
            template = catalogue("en").get(key, key)
        if not params:
            return template
        shown = {
            name: self.date(value) if isinstance(value, dt.date) else value
            for name, value in params.items()
        }
        return template.format(**shown)

    def has(self, key: str) -> bool:
        return key in catalogue(self.lang)

    def date(self, value: dt.date | None) -> str:
        """A date as people in this language write it: ``03.10.2025.`` or ``2025-10-03``."""
        if value is None:
            return ""
        if isinstance(value, dt.datetime):
            return self.datetime(value)
        return value.strftime("%d.%m.%Y.") if self.lang == "lv" else value.isoformat()

    def datetime(self, value: dt.datetime | None) -> str:
        if value is None:
            return ""
        fmt = "%d.%m.%Y. %H:%M" if self.lang == "lv" else "%Y-%m-%d %H:%M"
        return value.strftime(fmt)

    def location(self, where: Location) -> str:
        """``file, sheet X, row 5, column Datums`` in this language; empty when unknown."""
        parts: list[str] = []
        if where.path:
            parts.append(where.path)
        if where.sheet:
            parts.append(self("where.sheet", sheet=where.sheet))
        if where.line is not None:
            parts.append(self("where.line", line=where.line))
        if where.row is not None:
            parts.append(self("where.row", row=where.row))
        if where.column:
            parts.append(self("where.column", column=where.column))
        return ", ".join(parts)

    def table_words(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Parameters that name table kinds (``table``, ``other_table``: ``lessons``;
        ``candidates``: ``lessons, grades``) in this language's words (``stundas``)."""
        shown = dict(params)
        for name in TABLE_PARAMS:
            value = shown.get(name)
            if isinstance(value, str):
                shown[name] = ", ".join(self._table(kind.strip()) for kind in value.split(","))
        return shown

    def _table(self, kind: str) -> str:
        key = f"table.{kind}"
        return self(key) if self.has(key) else kind

    def error(self, error: EklaseError) -> str:
        """One clear sentence for an error, with where it is."""
        # A file that could not be read names its nearest table in words; a config error names
        # tables by the ids the config itself uses.
        params = self.table_words(error.params) if error.key.startswith("skip.") else error.params
        text = self(error.key, **params)
        where = self.location(error.location)
        return f"{where}: {text}" if where else text
