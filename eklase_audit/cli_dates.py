"""Dates and times typed on the command line: ``2025-10-03``, ``03.10.2025``, and for
``--as-of`` also ``2026-01-09T12:00``, ``2026-01-09 12:00`` or ``09.01.2026 12:00``.

A bare date given as ``--as-of`` means the end of that day. The default reference time is now in
Europe/Riga, kept as naive local time like every entry time in the exports.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from eklase_audit.errors import UsageError

RIGA = ZoneInfo("Europe/Riga")
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")
_TIME_FORMATS = ("%H:%M", "%H:%M:%S")


def _strip_trailing_dot(text: str) -> str:
    return re.sub(r"(\d{4})\.$", r"\1", text.strip())


def parse_date(text: str, option: str) -> dt.date:
    value = _strip_trailing_dot(text)
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise UsageError("cli.bad_date", {"option": option, "value": text})


def parse_as_of(text: str | None, option: str = "--as-of") -> dt.datetime:
    """The audit's reference time; a bare date is the end of that day."""
    if text is None:
        return now_in_riga()
    value = text.strip()
    parts = re.split(r"[T ]+", value, maxsplit=1)
    day = parse_date(parts[0], option)
    if len(parts) == 1:
        return dt.datetime.combine(day, dt.time(23, 59, 59))
    clock = _strip_trailing_dot(parts[1])
    for fmt in _TIME_FORMATS:
        try:
            return dt.datetime.combine(day, dt.datetime.strptime(clock, fmt).time())
        except ValueError:
            continue
    raise UsageError("cli.bad_datetime", {"option": option, "value": text})


def now_in_riga() -> dt.datetime:
    return dt.datetime.now(RIGA).replace(tzinfo=None, microsecond=0)
