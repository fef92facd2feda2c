"""The body editor's Markdown highlighting: bold shows bold, italic italic, both both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden import compare_golden
from PySide6.QtGui import QFont, QTextCharFormat, QTextDocument
from typing_helpers import type_text

from lnv_editor.gui.editor.highlighter import MarkdownHighlighter

GOLDEN = Path(__file__).parent / "golden" / "highlighter_formats.json"
SAMPLE = """\
## Tiêu đề có **đậm**
Chữ **đậm** rồi *nghiêng* rồi ***cả hai*** ở đây.
__đậm gạch__ và _nghiêng gạch_ và tên_tệp_ảnh.jpg
**đậm *nghiêng trong* đậm** rồi *nghiêng **đậm trong** nghiêng*
**đậm***nghiêng* và *nghiêng***đậm**
> Trích dẫn có **đậm**
- Mục có *nghiêng* và `mã **không đậm**`
2 * 3 * 4 không nghiêng, **chưa đóng
Xem [**liên kết**](https://lnv.vn) và ![ảnh](photo:12)"""


def _ranges(doc: QTextDocument) -> list[dict]:
    """Each block's text with its format ranges: (start, length, bold?, italic?)."""
    out, block = [], doc.begin()
    while block.isValid():
        ranges = [
            [r.start, r.length, r.format.fontWeight() >= QFont.Weight.Bold, r.format.fontItalic()]
            for r in sorted(block.layout().formats(), key=lambda r: r.start)
        ]
        out.append({"text": block.text(), "ranges": ranges})
        block = block.next()
    return out


def _highlighted(text: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setPlainText(text)
    doc.highlighter = MarkdownHighlighter(doc)  # kept alive with the document
    doc.highlighter.rehighlight()
    return doc


def _style(doc: QTextDocument, line: int, word: str, nth: int = 0) -> tuple[bool, bool]:
    """(bold, italic) of every character of the *nth* *word* on *line*; they must agree."""
    block = doc.findBlockByNumber(line)
    start = -1
    for _ in range(nth + 1):
        start = block.text().index(word, start + 1)
    styles = set()
    formats = block.layout().formats()  # the ranges own their formats: keep them alive
    for pos in range(start, start + len(word)):
        covering = [r.format for r in formats if r.start <= pos < r.start + r.length]
        fmt = covering[-1] if covering else None
        styles.add(
            (
                fmt is not None and fmt.fontWeight() >= QFont.Weight.Bold,
                fmt is not None and fmt.fontItalic(),
            )
        )
    assert len(styles) == 1, (word, styles)
    return styles.pop()


BOLD, ITALIC, BOTH, PLAIN = (True, False), (False, True), (True, True), (False, False)


@pytest.mark.parametrize(
    ("line", "word", "nth", "expected"),
    [
        (1, "đậm", 0, BOLD),
        (1, "nghiêng", 0, ITALIC),
        (1, "cả hai", 0, BOTH),
        (1, "rồi", 0, PLAIN),
        (1, "rồi", 1, PLAIN),
        (1, "**", 0, BOLD),
        (1, "**cả hai**", 0, BOTH),
        (2, "đậm gạch", 0, BOLD),
        (2, "nghiêng gạch", 0, ITALIC),
        (2, "tên_tệp_ảnh", 0, PLAIN),
        (3, "đậm", 0, BOLD),
        (3, "nghiêng trong", 0, BOTH),
        (3, "đậm", 1, BOLD),
        (3, "rồi", 0, PLAIN),
        (3, "nghiêng", 1, ITALIC),
        (3, "đậm trong", 0, BOTH),
        (3, "nghiêng", 2, ITALIC),
        (4, "đậm", 0, BOLD),
        (4, "nghiêng", 0, ITALIC),
        (4, "và", 0, PLAIN),
        (4, "nghiêng", 1, ITALIC),
        (4, "đậm", 1, BOLD),
        (5, "đậm", 0, BOTH),  # in a quotation, which is italic
        (6, "nghiêng", 0, ITALIC),
        (6, "không đậm", 0, PLAIN),  # code is code
        (7, "3", 0, PLAIN),
        (7, "không nghiêng", 0, PLAIN),
        (7, "chưa đóng", 0, PLAIN),
        (8, "liên kết", 0, BOLD),
    ],
)
def test_emphasis_shows_as_written(qapp, line, word, nth, expected):
    assert _style(_highlighted(SAMPLE), line, word, nth) == expected


def test_formats_match_the_golden_file(qapp):
    """Every block's format ranges, checked in; LNV_REGEN_GOLDEN=1 rewrites the file and fails
    (then read its diff: it is the change in what the user sees)."""
    found = _ranges(_highlighted(SAMPLE))
    compare_golden(
        GOLDEN, json.dumps(found, ensure_ascii=False, indent=1) + "\n", what="highlighted"
    )


def _format_at(body, pos: int):
    block = body.document().findBlock(pos)
    rel = pos - block.position()
    covering = [
        QTextCharFormat(r.format)
        for r in block.layout().formats()
        if r.start <= rel < r.start + r.length
    ]
    assert covering, f"no format at {pos}"
    return covering[-1]


def test_typed_and_toolbar_bold_is_bold_not_italic(qtbot, make_window):
    window = make_window()
    window.actions["new"].trigger()
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "**chữ đậm**")
    fmt = _format_at(body, body.toPlainText().index("đậm"))
    assert fmt.fontWeight() >= QFont.Weight.Bold and not fmt.fontItalic()
    # the same through the toolbar (Ctrl+B) on a selected word, then italic with Ctrl+I
    body.selectAll()
    type_text(body, "chữ đậm và nghiêng")
    cursor = body.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(7, cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    window.actions["bold"].trigger()
    text = body.toPlainText()
    assert text == "chữ **đậm** và nghiêng"
    cursor.setPosition(text.index("nghiêng"))
    cursor.setPosition(len(text), cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    window.actions["italic"].trigger()
    text = body.toPlainText()
    assert text == "chữ **đậm** và *nghiêng*"
    bold = _format_at(body, text.index("đậm"))
    assert bold.fontWeight() >= QFont.Weight.Bold and not bold.fontItalic()
    italic = _format_at(body, text.index("nghiêng"))
    assert italic.fontItalic() and italic.fontWeight() < QFont.Weight.Bold
    assert not any(
        r.format.fontItalic()
        for r in body.document().begin().layout().formats()
        if r.start < text.index("và") + 2 and r.start + r.length > text.index("và")
    )
