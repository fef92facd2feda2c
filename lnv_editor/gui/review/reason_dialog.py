"""Asks for a text that must not be empty: the reason an article goes back, or a comment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ReasonDialog(QDialog):
    """``getData`` returns the text (stripped) and whether it was accepted; OK stays disabled
    while the text is empty, and an empty text is never accepted."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.resize(480, 240)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("reasonEdit")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.buttons)
        self.edit.setFocus()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.data()))

    def accept(self) -> None:
        if not self.data():  # Enter on an empty form, or a script calling accept()
            self.prompt.setStyleSheet("color: #a00000;")
            return
        super().accept()

    def data(self) -> str:
        return self.edit.toPlainText().strip()

    @classmethod
    def getData(
        cls,
        title: str,
        prompt: str,
        parent: QWidget | None = None,  # noqa: N802
    ) -> tuple[str, bool]:
        dialog = cls(title, prompt, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text = dialog.data()
        dialog.deleteLater()
        return text, accepted and bool(text)
