"""The red wavy underline, laid over whatever formats a field's highlighter already gives.

A layer is called by the field's highlighter for each block it redraws. It only tokenises and
looks words up (core/spelling/checker.py remembers each paragraph's findings), so drawing
never waits on anything slower than a set lookup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from lnv_editor.core.spelling.checker import Speller

UNDERLINE = QColor("#d32f2f")


class SpellLayer:
    """Underlines each finding of ``speller()`` in a block (None: checking is off).

    With *edit*, the word being typed (the one the focused field's cursor is in or just
    after) is not underlined until the cursor leaves it, as in every word processor: "ngh"
    on its way to "nghề" is no mistake yet. That also keeps the block's formats as they were
    at each key inside a word, so Qt does not lay the paragraph out a second time.
    """

    def __init__(self, speller: Callable[[], Speller | None], edit=None) -> None:
        self._speller = speller
        self._edit = edit
        self._held: tuple[int, int, int] | None = None  # (block, start, end) left plain
        if edit is not None:
            edit.cursorPositionChanged.connect(self._cursor_moved)
            edit.installEventFilter(_FocusOut(edit, self._release))

    def __call__(self, highlighter: QSyntaxHighlighter, text: str) -> None:
        block = highlighter.currentBlock()
        if self._held is not None and self._held[0] == block.blockNumber():
            self._held = None
        speller = self._speller()
        if speller is None or not text:
            return
        typing = self._typing_at(block)
        for finding in speller.check(text):
            if typing is not None and finding.start <= typing <= finding.end:
                self._held = (block.blockNumber(), finding.start, finding.end)
                continue
            i = finding.start
            # One setFormat per run that shares its base format (bold, a heading colour…).
            while i < finding.end:
                base, j = highlighter.format(i), i + 1
                while j < finding.end and highlighter.format(j) == base:
                    j += 1
                fmt = QTextCharFormat(base)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
                fmt.setUnderlineColor(UNDERLINE)
                highlighter.setFormat(i, j - i, fmt)
                i = j

    def _typing_at(self, block) -> int | None:
        """The cursor's place in *block* when the field is being typed in, else None."""
        edit = self._edit
        if edit is None or not edit.hasFocus():
            return None
        cursor = edit.textCursor()
        if cursor.hasSelection() or cursor.blockNumber() != block.blockNumber():
            return None
        return cursor.positionInBlock()

    def _cursor_moved(self) -> None:
        if self._held is None:
            return
        number, start, end = self._held
        cursor = self._edit.textCursor()
        if cursor.blockNumber() == number and start <= cursor.positionInBlock() <= end:
            return  # still in the word
        self._release()

    def _release(self) -> None:
        """Underline the word left plain, if it is still a mistake (the cursor left it)."""
        if self._held is None:
            return
        number, self._held = self._held[0], None
        edit = self._edit
        block = edit.document().findBlockByNumber(number)
        highlighter = getattr(edit, "highlighter", None) or _highlighter_of(edit)
        if block.isValid() and highlighter is not None:
            highlighter.rehighlightBlock(block)


def _highlighter_of(edit):
    found = edit.document().findChildren(QSyntaxHighlighter)
    return found[0] if found else None


class _FocusOut(QObject):
    def __init__(self, parent: QObject, released: Callable[[], None]) -> None:
        super().__init__(parent)
        self._released = released

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut:
            self._released()
        return False


class LayeredHighlighter(QSyntaxHighlighter):
    """A highlighter for plain fields (lead, caption, alt text) that only draws its layers,
    with the same ``layers`` list as the body's Markdown highlighter."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self.layers: list = []

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        for layer in self.layers:
            layer(self, text)
