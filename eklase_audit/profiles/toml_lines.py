"""Where each key of a TOML file is written, so that a config error can name its line.

``tomllib`` returns values without positions. This scanner reads the source once, follows table
headers and key/value lines (skipping the insides of multi-line strings and arrays) and records the
line of every key path. A key path that is not written literally (a key inside an inline table)
falls back to its longest written prefix.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from typing import Any

KeyPath = tuple[str, ...]


def key_lines(text: str) -> dict[KeyPath, int]:
    """Key path -> 1-based line of its first mention; table headers also name their prefixes."""
    lines: dict[KeyPath, int] = {}
    table: KeyPath = ()
    depth = 0  # open brackets of a value that spans lines
    in_string: str | None = None  # the delimiter of an open multi-line string
    for number, line in enumerate(text.splitlines(), start=1):
        if in_string is not None or depth > 0:
            depth, in_string = _scan_value(line, 0, depth, in_string)
            continue
        stripped = line.lstrip()
        if not stripped or stripped.startswith("#"):
            continue
        start = len(line) - len(stripped)
        if stripped.startswith("["):
            double = stripped.startswith("[[")
            offset = start + (2 if double else 1)
            end = _key_end(line, offset, "]")
            path = _parse_key(line[offset:end])
            if path is None:
                continue
            table = path
            for size in range(1, len(path) + 1):
                lines.setdefault(path[:size], number)
            continue
        end = _key_end(line, start, "=")
        if end >= len(line):
            continue
        path = _parse_key(line[start:end])
        if path is None:
            continue
        full = table + path
        for size in range(len(table) + 1, len(full) + 1):
            lines.setdefault(full[:size], number)
        depth, in_string = _scan_value(line, end + 1, 0, None)
    return lines


def line_of(lines: Mapping[KeyPath, int], path: KeyPath) -> int | None:
    """The line of ``path`` or, failing that, of its longest written prefix."""
    for size in range(len(path), 0, -1):
        found = lines.get(path[:size])
        if found is not None:
            return found
    return None


def _key_end(line: str, index: int, stop: str) -> int:
    """Index of ``stop`` outside quotes from ``index`` on; ``len(line)`` when there is none."""
    quote: str | None = None
    while index < len(line):
        char = line[index]
        if quote is not None:
            if char == "\\" and quote == '"':
                index += 2
                continue
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == stop:
            return index
        index += 1
    return index


def _string_end(line: str, index: int, quote: str) -> int:
    """Index just after the closing ``quote`` of a one-line string opened before ``index``."""
    while index < len(line):
        if line[index] == "\\" and quote == '"':
            index += 2
            continue
        if line[index] == quote:
            return index + 1
        index += 1
    return index


def _parse_key(text: str) -> KeyPath | None:
    """A dotted key's parts, decoded by tomllib itself (quoted keys, escapes)."""
    try:
        parsed: Any = tomllib.loads(f"{text.strip()} = 0")
    except tomllib.TOMLDecodeError:
        return None
    parts: list[str] = []
    while isinstance(parsed, dict) and len(parsed) == 1:
        key, parsed = next(iter(parsed.items()))
        parts.append(key)
    return tuple(parts) if parts else None


def _scan_value(line: str, index: int, depth: int, in_string: str | None) -> tuple[int, str | None]:
    """Follows brackets and strings of a value through one line: (open brackets, open string)."""
    while index < len(line):
        if in_string is not None:
            if line.startswith(in_string, index):
                index += len(in_string)
                in_string = None
                continue
            if line[index] == "\\" and in_string == '"""':
                index += 2
                continue
            index += 1
            continue
        char = line[index]
        if line.startswith('"""', index) or line.startswith("'''", index):
            in_string = line[index : index + 3]
            index += 3
        elif char in "\"'":
            index = _string_end(line, index + 1, char)
        elif char in "[{":
            depth += 1
            index += 1
        elif char in "]}":
            depth -= 1
            index += 1
        elif char == "#":
            break
        else:
            index += 1
    return max(depth, 0), in_string
