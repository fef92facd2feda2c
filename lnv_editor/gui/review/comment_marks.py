"""The commented passages marked in the editor's lead and body, as the preview marks them.

The marks are extra selections: their cursors belong to the document, so Qt moves them with
every keystroke at no cost to us; they are placed again only when the review panel shows a new
list of comments (the store's change record: a comment added, resolved or reopened anywhere, or
a save that moved the anchors). Positions are the store's (Python indexes in the saved text);
the editor may hold a few unsaved keystrokes more, so each passage is found by its quoted words
nearest its stored place, and left unmarked when the words are no longer there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

# The preview's colours (assets/css/portal.css: mark[data-comment-id]).
LIGHT, DARK = QColor("#fff3b0"), QColor(224, 176, 0, 90)
UNDERLINE = QColor("#e0b000")


def utf16_position(text: str, index: int) -> int:
    """A Python index in *text* as a Qt (UTF-16) position."""
    return len(text[:index].encode("utf-16-le")) // 2


def _format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    fmt.setBackground(DARK if dark else LIGHT)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(UNDERLINE)
    return fmt


def locate(text: str, quote: str, start: int) -> int | None:
    """Where *quote* is in *text*: at *start* if it is still there, else the nearest place."""
    if not quote:
        return None
    if text[start : start + len(quote)] == quote:
        return start
    after, before = text.find(quote, start), text.rfind(quote, 0, start + len(quote))
    found = [p for p in (after, before) if p >= 0]
    return min(found, key=lambda p: abs(p - start)) if found else None


class CommentMarks(QObject):
    """Marks the open comments of the article on screen in *edits* (field key: text edit);
    owned by *parent* (the editor), so it lives as long as the fields it marks."""

    def __init__(self, edits: dict[str, QPlainTextEdit], parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("commentMarks")
        self.edits = edits

    def show(self, records) -> None:
        """*records*: the article's comments (``repo.comments.list``); open, anchored top-level
        comments are marked, the rest are not."""
        fmt = _format()
        wanted: dict[str, list] = {key: [] for key in self.edits}
        for r in records:
            if r.parent_id is None and not r.resolved and not r.orphaned and r.key in wanted:
                wanted[r.key].append(r)
        for key, edit in self.edits.items():
            text = edit.toPlainText()
            selections = []
            for r in sorted(wanted[key], key=lambda r: (r.start, r.end)):
                at = locate(text, r.quote, r.start)
                if at is None:
                    continue
                cursor = QTextCursor(edit.document())
                cursor.setPosition(utf16_position(text, at))
                end = utf16_position(text, at + len(r.quote))
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor, selection.format = cursor, fmt
                selections.append(selection)
            edit.setExtraSelections(selections)
