"""The red wavy underline, laid over whatever formats a field's highlighter already gives.

A layer is called by the field's highlighter for each block it redraws. It only tokenises and
looks words up (core/spelling/checker.py remembers each paragraph's findings), so drawing
never waits on anything slower than a set lookup. In the paragraph being typed, a key moves the
underlines it last drew (those before and after the edit keep their words) and the paragraph is
checked again once typing pauses for ``RECHECK_MS``: a keystroke in a long paragraph costs no
check at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from lnv_editor.core.spelling.checker import Speller
from lnv_editor.core.text_edits import edited_span

UNDERLINE = QColor("#d32f2f")
RECHECK_MS = 300  # after the last key in a paragraph, it is checked again


class SpellLayer:
    """Underlines each finding of ``speller()`` in a block (None: checking is off).

    With *edit*, the word being typed (the one the focused field's cursor is in or just
    after) is not underlined until the cursor leaves it, as in every word processor: "ngh"
    on its way to "nghề" is no mistake yet. That also keeps the block's formats as they were
    at each key inside a word, so Qt does not lay the paragraph out a second time.
    """

    def __init__(self, speller: Callable[[], Speller | None], edit=None, highlighter=None) -> None:
        """*edit* and its *highlighter* (the one this layer draws in): to follow typing."""
        self._speller = speller
        self._edit = edit
        self._highlighter = highlighter
        self._held: tuple[int, int, int] | None = None  # (block, start, end) left plain
        # The paragraph being typed, as last drawn: (block, text, findings, cursor in it).
        self._typed: tuple[int, str, tuple, int] | None = None
        self._checking = False  # drawing the typed paragraph after a real check
        if edit is not None:
            edit.cursorPositionChanged.connect(self._cursor_moved)
            edit.installEventFilter(_FocusOut(edit, self._release))
            self._recheck = QTimer(edit, singleShot=True, interval=RECHECK_MS)
            self._recheck.timeout.connect(self._check_typed)

    def __call__(self, highlighter: QSyntaxHighlighter, text: str) -> None:
        block = highlighter.currentBlock()
        number = block.blockNumber()
        if self._held is not None and self._held[0] == number:
            self._held = None
        speller = self._speller()
        if speller is None or not text:
            if self._typed is not None and self._typed[0] == number:
                self._typed = None
            return
        typing = self._typing_at(block)
        findings = None
        if typing is not None and not self._checking:
            findings = self._moved(number, text)
        if findings is None:
            findings = speller.check(text)
        else:
            self._recheck.start()
        if typing is not None:
            self._typed = (number, text, findings, typing)
        elif self._typed is not None and self._typed[0] == number:
            self._typed = None
        for finding in findings:
            if typing is not None and finding.start < typing <= finding.end:
                self._held = (number, finding.start, finding.end)
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

    def check_pending(self) -> bool:
        """Whether the paragraph being typed waits for its check (typing has not paused)."""
        return self._edit is not None and self._recheck.isActive()

    def _moved(self, number: int, text: str) -> tuple | None:
        """The findings last drawn in the paragraph being typed, moved by the edit that made
        *text* of it; those the edit touched are left out until the check. None when this
        is not the paragraph last typed in, or nothing was typed (a redraw: check it)."""
        if self._typed is None or self._typed[0] != number or self._typed[1] == text:
            return None
        _number, old, findings, _at = self._typed
        head, old_end, _new_end = edited_span(old, text)
        shift = len(text) - len(old)
        # A finding that touches the edit keeps its words only when the edit's edge beside
        # it is no letter (else the edit joined its word: it is checked again).
        open_before = head >= len(text) or not text[head].isalnum()
        open_after = old_end + shift <= 0 or not text[old_end + shift - 1].isalnum()
        kept = []
        for f in findings:
            if f.end < head or (f.end == head and open_before):
                kept.append(f)
            elif f.start > old_end or (f.start == old_end and open_after):
                kept.append(replace(f, start=f.start + shift, end=f.end + shift))
        return tuple(kept)

    def _check_typed(self) -> None:
        """Typing paused: check the paragraph it was in again, for real."""
        if self._typed is not None:
            self._checking = True
            try:
                self._redraw(self._typed[0])
            finally:
                self._checking = False

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
        cursor = self._edit.textCursor()
        if self._recheck.isActive() and self._typed is not None:
            number, _text, _findings, at = self._typed
            # Moved, not typed: the paragraph typed in is checked now.
            if (cursor.blockNumber(), cursor.positionInBlock()) != (number, at):
                self._recheck.stop()
                self._check_typed()
        if self._held is None:
            return
        number, start, end = self._held
        if cursor.blockNumber() == number and start < cursor.positionInBlock() <= end:
            return  # still in the word
        self._release()

    def _release(self) -> None:
        """Underline the word left plain, if it is still a mistake (the cursor left it)."""
        if self._held is not None:
            number, self._held = self._held[0], None
            self._redraw(number)

    def _redraw(self, number: int) -> None:
        """Draw block *number* again with the field's signals held: new formats make Qt
        announce ``textChanged``, and the text has not changed (no autosave, preview or
        suggestion should follow)."""
        block = self._edit.document().findBlockByNumber(number)
        if not block.isValid() or self._highlighter is None:
            return
        blocker = QSignalBlocker(self._edit)
        try:
            self._highlighter.rehighlightBlock(block)
        finally:
            blocker.unblock()


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
