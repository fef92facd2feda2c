"""The body's plain text, kept as Python strings line by line while the reporter types.

``QPlainTextEdit.toPlainText()`` converts the whole document at each call (about a
millisecond of the GUI thread at 20,000 words), and the preview asks for the text at every
key, autosave at every save, the word count and the place suggestions at every pause. The
mirror follows Qt's ``contentsChange`` (the range of each edit, sent before anyone can read
the document again) and converts only the lines the edit touched; reading it joins the lines.
It is exactly ``toPlainText()``: the same characters replaced (tests/gui/test_editor_body_text.py).
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

# What QTextDocument.toPlainText() turns into plain characters.
_PLAIN = str.maketrans(
    {"\u00a0": " ", "\u2028": "\n", "\u2029": "\n", "\ufdd0": "\n", "\ufdd1": "\n"}
)


class PlainTextMirror:
    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self._lines: list[str] | None = None  # one per block; None: read them all again
        self._text: str | None = None
        document.contentsChange.connect(self._changed)

    def text(self) -> str:
        if self._text is None:
            if self._lines is None:
                self._lines = self._read(self.document.firstBlock(), self.document.lastBlock())
            self._text = "\n".join(self._lines)
        return self._text

    @staticmethod
    def _read(first, last) -> list[str]:
        lines, block = [], first
        while block.isValid():
            lines.append(block.text().translate(_PLAIN))
            if block == last:
                break
            block = block.next()
        return lines

    def _changed(self, position: int, _removed: int, added: int) -> None:
        self._text = None
        lines = self._lines
        if lines is None:
            return
        doc = self.document
        first, last = doc.findBlock(position), doc.findBlock(position + added)
        if not last.isValid():
            last = doc.lastBlock()
        # The blocks after the edit are the old ones, as many as before: so the edit
        # replaced the old blocks first..(last - how many blocks it added).
        old_last = last.blockNumber() - (doc.blockCount() - len(lines))
        if not first.isValid() or old_last >= len(lines) or old_last < first.blockNumber() - 1:
            self._lines = None  # not an edit we can follow: read everything next time
            return
        lines[first.blockNumber() : old_last + 1] = self._read(first, last)
