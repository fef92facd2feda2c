"""Strict JSON for untrusted bundles: what ``json.loads`` lets through, refused here.

Python's decoder accepts duplicate keys (the last wins, so two readers may disagree on a
value), lone surrogate escapes (text no file or database can store), ``NaN`` and
``Infinity``, numbers with thousands of digits, and nesting deep enough to exhaust the stack.
Each of these is a ``ValueError`` with a plain reason here.
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 32
MAX_NUMBER_CHARS = 20  # a 64-bit integer has 19 digits; nothing in a bundle needs more


def _check_depth(text: str) -> None:
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
        elif ch in "]}":
            depth -= 1


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key {key!r} appears twice in one object")
        out[key] = value
    return out


def _number(text: str, kind: type) -> int | float:
    if len(text) > MAX_NUMBER_CHARS:
        raise ValueError(f"a number with {len(text)} characters")
    return kind(text)


def _constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _check_strings(value: Any) -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("a lone surrogate in a text (broken UTF-16 escape)") from None
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def loads(data: bytes) -> Any:
    """Parse UTF-8 JSON *data* strictly; ``ValueError`` with the reason otherwise."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    _check_depth(text)
    try:
        value = json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_int=lambda s: _number(s, int),
            parse_float=lambda s: _number(s, float),
            parse_constant=_constant,
        )
    except json.JSONDecodeError as exc:
        raise ValueError(f"{exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    _check_strings(value)
    return value


def dumps(value: Any) -> bytes:
    """Canonical bytes: sorted keys, two-space indent, UTF-8, one final newline. The same
    value always gives the same bytes, which the bundle's determinism rests on."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")
