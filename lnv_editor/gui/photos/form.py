"""The texts of one photo: caption (chú thích), credit and alt text.

The form never writes to the store: it says what changed (``edited``) and the photo panel
turns that into an undo command. It saves a moment after typing stops and when the reporter
leaves a field, so nothing typed is lost if the window closes. Caption and alt text are
required before an article is marked ready; while drafting, the form only warns.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QWidget,
)

from lnv_editor.core.vietnamese import nfc
from lnv_editor.gui.common.formatting import format_pixels

SAVE_DEBOUNCE_MS = 800
FIELDS = ("caption", "credit", "alt")
REQUIRED = ("caption", "alt")  # credit may be part of an agency caption


def clean_text(text: str) -> str:
    """A field's text as it will be stored: NFC, one line, single spaces."""
    return nfc(" ".join(text.split()))


class TextField(QPlainTextEdit):
    """A few wrapped lines for a caption or alt text; Enter or leaving the field finishes."""

    editingFinished = Signal()

    def __init__(self, lines: int, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editingFinished.emit()  # a caption is one paragraph: Enter means done
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.editingFinished.emit()
        super().focusOutEvent(event)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - the name QLineEdit uses
        self.setPlainText(text)


class PhotoForm(QWidget):
    """Edits the texts of ``record`` (a ``PhotoRecord`` or None).

    ``edited(photo_id, field, old, new)`` asks for a change to be stored; ``finished()``
    says the reporter left a field, so the next change is a new undo step.
    """

    edited = Signal(int, str, str, str)
    finished = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("photoForm")
        self.record = None
        self._loading = False
        self._saving = False
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DEBOUNCE_MS)
        self._timer.timeout.connect(self.save)
        self.name_label = QLabel(self, objectName="photoName", wordWrap=True)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)  # a file may be called anything
        self.fields = {
            "caption": TextField(3, self),
            "credit": QLineEdit(self),
            "alt": TextField(2, self),
        }
        self.fields["caption"].setPlaceholderText(self.tr("What the photo shows, printed under it"))
        self.fields["credit"].setPlaceholderText(self.tr("e.g. Photo: Lê Nam"))
        self.fields["alt"].setPlaceholderText(
            self.tr("Describe the photo for readers who cannot see it")
        )
        titles = {
            "caption": self.tr("Caption"),
            "credit": self.tr("Credit"),
            "alt": self.tr("Alt text"),
        }
        self.tips = {
            "caption": self.tr("A caption is needed before the article can be marked Ready."),
            "alt": self.tr("Alt text is needed before the article can be marked Ready."),
        }
        self.warnings: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows
        )  # labels above: a narrow dock
        layout.addRow(self.name_label)
        warning_pixmap = (
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16)
        )
        for name, field in self.fields.items():
            field.setObjectName(f"photo_{name}")
            field.textChanged.connect(self._edited)
            field.editingFinished.connect(self._finished)
            label = QWidget(self)
            row = QHBoxLayout(label)
            row.setContentsMargins(0, 0, 0, 0)
            title = QLabel(titles[name], label)
            title.setBuddy(field)
            row.addWidget(title)
            if name in REQUIRED:
                self.warnings[name] = QLabel(label, pixmap=warning_pixmap)
                row.addWidget(self.warnings[name])
            row.addStretch(1)
            layout.addRow(label, field)
        self.show_photo(None)

    def has_focus(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.isAncestorOf(focus)

    def show_photo(self, record, hint: str = "") -> None:
        """Show *record* (None: nothing, with *hint* in its place); the same photo reloaded
        after a change in the store keeps what the reporter has not saved yet."""
        same = record is not None and self.record is not None and record.id == self.record.id
        if not same:
            self.save()
        previous, self.record = self.record, record
        self._loading = True
        try:
            for name, field in self.fields.items():
                value = getattr(record, name) if record is not None else ""
                # Same photo: rewrite only a field that showed the stored text (an undo changed
                # it), never one holding typing the store has not seen yet.
                shown = clean_text(field.text())
                if not same or (shown == getattr(previous, name) and shown != value):
                    field.setText(value)
        finally:
            self._loading = False
        if record is not None:
            self.name_label.setText(
                f"{record.original_name} · {format_pixels(record.width, record.height)}"
            )
        else:
            self.name_label.setText(hint)
        for field in self.fields.values():
            field.setEnabled(record is not None)
        self._update_warnings()

    def save(self) -> None:
        """Ask for every field that differs from the store to be stored."""
        self._timer.stop()
        if self._loading or self._saving:
            return
        self._saving = True
        try:
            for name, field in self.fields.items():
                record = self.record
                value = clean_text(field.text())
                if record is None or value == getattr(record, name):
                    continue
                # Taken as stored before the signal goes out: the panel reloads this form
                # while it stores the change, and must not see the same change as new again.
                self.record = replace(record, **{name: value})
                self.edited.emit(record.id, name, getattr(record, name), value)
        finally:
            self._saving = False

    def _edited(self) -> None:
        if not self._loading:
            self._timer.start()
            self._update_warnings()

    def _finished(self) -> None:
        self.save()
        self.finished.emit()

    def _update_warnings(self) -> None:
        for name, warning in self.warnings.items():
            missing = self.record is not None and not clean_text(self.fields[name].text())
            warning.setVisible(missing)
            warning.setToolTip(self.tips[name] if missing else "")
            self.fields[name].setToolTip(self.tips[name] if missing else "")
