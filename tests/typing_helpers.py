"""Type like a reporter: ASCII through key events, Vietnamese through the input method.

Telex/VNI (ibus, fcitx) deliver composed text to Qt as QInputMethodEvent commits, after a
pre-edit phase; QTest's key clicks cannot carry non-ASCII text at all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def commit(widget: QWidget, text: str, preedit: str = "") -> None:
    """What an input method does: show *preedit* while composing, then commit *text*."""
    if preedit:
        QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def key(widget: QWidget, ch: str) -> None:
    code = (
        Qt.Key.Key_Return
        if ch == "\n"
        else Qt.Key(ord(ch.upper()))
        if ch.isalnum()
        else Qt.Key.Key_unknown
    )
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, ch))


def type_text(widget: QWidget, text: str) -> None:
    """Type *text* into *widget*: ASCII as key presses, other characters as IME commits
    with a pre-edit of their base letter (as Telex shows "a" before "á")."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            key(widget, ch)
        else:
            import unicodedata

            base = unicodedata.normalize("NFD", ch)[0]
            commit(widget, ch, preedit=base if base.isascii() and base.isalpha() else "")
