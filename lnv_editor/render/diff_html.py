"""A revision comparison (core/diff.py) as HTML for Qt's rich-text views: inline, or as the two
sides of a side-by-side view. Every piece of text is escaped; the markup is a handful of spans.

Qt's rich text understands a subset of CSS: background colours and text decoration on spans.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from lnv_editor.core.diff import DELETE, EQUAL, INSERT, REPLACE, TONE, FieldDiff, Op

INS_STYLE = "background-color:#d7f5dd; color:#0b5d1e; text-decoration:underline;"
DEL_STYLE = "background-color:#fbdada; color:#8a1414; text-decoration:line-through;"
TONE_STYLE = "background-color:#fff2c2; color:#6b5200;"


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _span(cls: str, style: str, text: str, title: str = "") -> str:
    attr = f' title="{escape(title)}"' if title else ""
    return f'<span class="{cls}" style="{style}"{attr}>{_text(text)}</span>'


def _inline_op(op: Op, tone_title: str) -> str:
    if op.kind == EQUAL:
        return _text(op.new)
    if op.kind == INSERT:
        return _span("ins", INS_STYLE, op.new)
    if op.kind == DELETE:
        return _span("del", DEL_STYLE, op.old)
    if op.kind == TONE:
        return _span("tone", TONE_STYLE, op.new, f"{tone_title}: {op.old}")
    assert op.kind == REPLACE
    return _span("del", DEL_STYLE, op.old) + _span("ins", INS_STYLE, op.new)


def _side_op(op: Op, side: str) -> str:
    text = op.old if side == "old" else op.new
    if op.kind == EQUAL or not text:
        return _text(text)
    if op.kind == TONE:
        return _span("tone", TONE_STYLE, text)
    if side == "old":
        return _span("del", DEL_STYLE, text)
    return _span("ins", INS_STYLE, text)


def _heading(diff: FieldDiff, label: Callable[[FieldDiff], str]) -> str:
    return f"<h3>{escape(label(diff))}</h3>"


def inline_html(
    diffs: Sequence[FieldDiff],
    label: Callable[[FieldDiff], str],
    *,
    tone_title: str = "tone-mark style",
    only_changed: bool = False,
) -> str:
    """One document: each field's heading and its text with deletions and insertions marked.
    *label* names a field in the interface language."""
    parts = []
    for diff in diffs:
        if only_changed and not diff.changed:
            continue
        body = "".join(_inline_op(op, tone_title) for op in diff.ops)
        parts.append(f"{_heading(diff, label)}<p>{body}</p>")
    return "".join(parts)


def side_by_side_html(
    diffs: Sequence[FieldDiff], label: Callable[[FieldDiff], str], *, only_changed: bool = False
) -> tuple[str, str]:
    """Two documents with the same headings: the old text with its deletions, the new text
    with its insertions."""
    old, new = [], []
    for diff in diffs:
        if only_changed and not diff.changed:
            continue
        heading = _heading(diff, label)
        old.append(f"{heading}<p>{''.join(_side_op(op, 'old') for op in diff.ops)}</p>")
        new.append(f"{heading}<p>{''.join(_side_op(op, 'new') for op in diff.ops)}</p>")
    return "".join(old), "".join(new)
