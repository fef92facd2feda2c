"""The Markdown body editor: a plain-text editor with formatting commands.

Each command is one edit block, so one Ctrl+Z undoes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from lnv_editor.gui.editor.highlighter import MarkdownHighlighter
from lnv_editor.gui.editor.layout import BodyLayout
from lnv_editor.gui.editor.plain_text import PlainTextMirror


class BodyEdit(QPlainTextEdit):
    # A paint of the editor ended: what an edit sets going (the preview's render) can wait
    # for the frame of the key itself, so as not to take the cores and the interpreter
    # while the key is being drawn (gui/preview/panel.py).
    painted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # A document whose layout repaints only the edited line (layout.py); set before
        # anything reads the document, as QPlainTextEdit connects to its layout here.
        document = QTextDocument(self)
        self._layout = BodyLayout(document)
        document.setDocumentLayout(self._layout)
        self.setDocument(document)
        self.setObjectName("bodyEdit")
        # Tab moves on to the panels, as everywhere in the window (a tab character in
        # Markdown would start a code block anyway).
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.setFont(font)
        self.highlighter = MarkdownHighlighter(self.document())
        self._plain = PlainTextMirror(self.document())

    def plain_text(self) -> str:
        """``toPlainText()``, without converting the whole document at each call: autosave,
        the preview, the word count and the place suggestions each ask for it after a key,
        and converting a 20,000-word body costs the GUI thread about a millisecond."""
        return self._plain.text()

    # ----- inline markers ----------------------------------------------------------------
    def wrap_selection(self, marker: str) -> None:
        """Bold/italic: wrap the selection in *marker*, or unwrap it if already wrapped."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        try:
            if not cursor.hasSelection():
                pos = cursor.position()
                cursor.insertText(marker * 2)
                cursor.setPosition(pos + len(marker))
                self.setTextCursor(cursor)
                return
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            text = cursor.selectedText()
            if "\u2029" in text:  # several lines: emphasis never spans a paragraph break
                lines = _wrap_lines(text.split("\u2029"), marker)
                cursor.insertText("\n".join(lines))
                cursor.setPosition(start)
                cursor.setPosition(start + len("\n".join(lines)), QTextCursor.MoveMode.KeepAnchor)
                self.setTextCursor(cursor)
                return
            n = len(marker)
            if len(text) >= 2 * n and text.startswith(marker) and text.endswith(marker):
                inner = text[n:-n]
                cursor.insertText(inner)
                cursor.setPosition(start)
                cursor.setPosition(start + len(inner), QTextCursor.MoveMode.KeepAnchor)
            elif self._surrounded_by(start, end, marker):
                doc_cursor = QTextCursor(self.document())
                doc_cursor.setPosition(end)
                doc_cursor.setPosition(end + n, QTextCursor.MoveMode.KeepAnchor)
                doc_cursor.removeSelectedText()
                doc_cursor.setPosition(start - n)
                doc_cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
                doc_cursor.removeSelectedText()
                cursor.setPosition(start - n)
                cursor.setPosition(end - n, QTextCursor.MoveMode.KeepAnchor)
            else:
                cursor.insertText(f"{marker}{text}{marker}")
                cursor.setPosition(start + n)
                cursor.setPosition(end + n, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
        finally:
            cursor.endEditBlock()

    def _surrounded_by(self, start: int, end: int, marker: str) -> bool:
        text = self.toPlainText()
        n = len(marker)
        return start >= n and text[start - n : start] == marker and text[end : end + n] == marker

    # ----- line prefixes -----------------------------------------------------------------
    def toggle_line_prefix(self, prefix: str) -> None:
        """Heading, quote, list: add *prefix* to each selected line, or remove it from all.

        Markdown needs a blank line between a list or quotation and the text around it (else
        the list runs on in the paragraph above, or the next line joins the quotation): the
        command inserts those blank lines too, in the same undo step."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        blocks = []
        block = first
        while block.isValid():
            blocks.append(block)
            if block == last:
                break
            block = block.next()
        strip = all(b.text().startswith(prefix) for b in blocks)
        cursor.beginEditBlock()
        for b in blocks:
            edit = QTextCursor(b)
            existing = _line_marker(b.text())
            if strip:
                edit.setPosition(b.position() + len(prefix), QTextCursor.MoveMode.KeepAnchor)
                edit.removeSelectedText()
            else:
                if existing and existing != prefix and _same_kind(existing, prefix):
                    edit.setPosition(b.position() + len(existing), QTextCursor.MoveMode.KeepAnchor)
                    edit.removeSelectedText()
                edit.insertText(prefix)
        # The lines now read as a block of their own: set them apart from their neighbours.
        kind = "" if strip else _kind(prefix)
        if _needs_gap(blocks[-1].next(), kind):
            gap = QTextCursor(blocks[-1])
            gap.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            gap.insertText("\n")
        if _needs_gap(blocks[0].previous(), kind):
            QTextCursor(blocks[0]).insertText("\n")
        cursor.endEditBlock()

    def insert_link(self, placeholder_url: str = "https://") -> None:
        """Wrap the selection as link text and select the URL part, ready to type over."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        text = cursor.selectedText()
        if text.startswith(("http://", "https://")):
            label, url = "", text
        else:
            label, url = text, placeholder_url
        start = cursor.selectionStart()
        cursor.insertText(f"[{label}]({url})")
        if label or not text:
            url_start = start + len(label) + 3
            cursor.setPosition(url_start)
            cursor.setPosition(url_start + len(url), QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.setPosition(start + 1)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def insert_paragraphs(self, paragraphs: list[str], cursor: QTextCursor | None = None) -> None:
        """Insert *paragraphs* (e.g. photo references) as paragraphs of their own at *cursor*
        (default: the text cursor), never over selected text; one Ctrl+Z takes them out."""
        cursor = QTextCursor(cursor) if cursor is not None else self.textCursor()
        if cursor.hasSelection():  # after the selection, never over the reporter's text
            cursor.setPosition(cursor.selectionEnd())
        block = cursor.block()
        # A blank line before and after makes each a paragraph of its own.
        if not cursor.atBlockStart():
            prefix = "\n\n"
        elif block.previous().isValid() and block.previous().text().strip():
            prefix = "\n"
        else:
            prefix = ""
        if not cursor.atBlockEnd() or not block.next().isValid():
            suffix = "\n\n"  # at the very end: the cursor lands on a fresh paragraph
        elif block.next().text().strip():
            suffix = "\n"
        else:
            suffix = ""
        cursor.beginEditBlock()
        cursor.insertText(prefix + "\n\n".join(paragraphs) + suffix)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def replace_all_text(self, text: str) -> None:
        """Replace the whole body as one undoable edit (used by restore)."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        self.painted.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Enter inside a list or quote continues it, as in every Markdown editor.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            block_text = self.textCursor().block().text()
            marker = _line_marker(block_text)
            if marker and marker.startswith(("-", "*", "+", ">")):
                if block_text.strip() == marker.strip():
                    self._end_list()
                    return
                self.textCursor().insertText("\n" + marker)
                return
        super().keyPressEvent(event)

    def _end_list(self) -> None:
        """Enter on an empty item or quotation line ends the list: the line becomes the blank
        line Markdown needs after it, and the cursor goes to a paragraph of its own below
        (with a blank line before any text that follows)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        block = cursor.block()
        cursor.setPosition(block.position())
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        following = block.next()
        cursor.insertText("\n")
        if following.isValid() and following.text().strip():
            cursor.insertText("\n")
            cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
        cursor.endEditBlock()
        self.setTextCursor(cursor)


def _line_marker(text: str) -> str:
    for marker in ("###### ", "##### ", "#### ", "### ", "## ", "# ", "> ", "- ", "* ", "+ "):
        if text.startswith(marker):
            return marker
    return ""


def _same_kind(a: str, b: str) -> bool:
    return a.startswith("#") == b.startswith("#")


def _kind(marker: str) -> str:
    """heading, quote, list, or "" for running text."""
    if not marker:
        return ""
    if marker.startswith("#"):
        return "heading"
    return "quote" if marker.startswith(">") else "list"


def _needs_gap(neighbour, kind: str) -> bool:
    """Whether a blank line must separate changed lines of *kind* from *neighbour* (a block
    of the document): it holds text of another kind. Consecutive items or quotation lines
    stay together; a heading is always a block of its own."""
    if not neighbour.isValid() or not neighbour.text().strip():
        return False
    other = _kind(_line_marker(neighbour.text()))
    return other != kind or kind == "heading"


def _wrap_lines(lines: list[str], marker: str) -> list[str]:
    """Bold/italic over several lines: each line's text is wrapped on its own, after its list,
    quotation or heading marker; if every one is wrapped already, they are unwrapped."""
    n = len(marker)
    parts = [(_line_marker(line), line[len(_line_marker(line)) :]) for line in lines]
    texts = [text for _m, text in parts if text.strip()]
    unwrap = bool(texts) and all(
        len(t) > 2 * n and t.startswith(marker) and t.endswith(marker) for t in texts
    )
    result = []
    for prefix, text in parts:
        if not text.strip():
            result.append(prefix + text)
        elif unwrap:
            result.append(prefix + text[n:-n])
        else:
            body = text.strip()
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            result.append(f"{prefix}{lead}{marker}{body}{marker}{trail}")
    return result
