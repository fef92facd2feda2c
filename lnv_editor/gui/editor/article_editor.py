"""The article form: title, lead, byline, section, status, and the Markdown body."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lnv_editor.core.article import SECTIONS, STATUS_LABELS, ArticleData, Status
from lnv_editor.gui.common.banner import NoticeBanner
from lnv_editor.gui.editor.body_edit import BodyEdit
from lnv_editor.gui.editor.find_bar import FindBar
from lnv_editor.gui.editor.meta_row import MetaRow
from lnv_editor.gui.editor.title_edit import TitleEdit


class ArticleEditor(QWidget):
    """Emits ``edited`` on every change the user makes; ``fields()`` reads the form."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._loading = False
        self.article: ArticleData | None = None
        self.banner = NoticeBanner(self)

        self.title_edit = TitleEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("Title"))
        title_font = self.title_edit.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title_edit.setFont(title_font)

        self.lead_edit = QPlainTextEdit(self)
        self.lead_edit.setObjectName("leadEdit")
        self.lead_edit.setPlaceholderText(
            self.tr("Lead (sapo): one paragraph that sums up the story")
        )
        self.lead_edit.setTabChangesFocus(True)
        self.lead_edit.setFixedHeight(self.lead_edit.fontMetrics().lineSpacing() * 4 + 12)

        self.byline_edit = QLineEdit(self)
        self.byline_edit.setObjectName("bylineEdit")
        self.byline_edit.setPlaceholderText(self.tr("Author, e.g. Lê Nam"))
        self.section_combo = QComboBox(self)
        self.section_combo.setObjectName("sectionCombo")
        self.section_combo.setEditable(True)
        self.section_combo.addItems(SECTIONS)
        self.section_combo.setCurrentIndex(-1)
        self.section_combo.lineEdit().setPlaceholderText(self.tr("Section"))
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        for status, label in STATUS_LABELS.items():
            self.status_combo.addItem(QCoreApplication.translate("Article", label), status.value)

        self.meta_row = MetaRow(
            (self.tr("Byline:"), self.tr("Section:"), self.tr("Status:")),
            self.byline_edit,
            self.section_combo,
            self.status_combo,
            self,
        )

        self.body_edit = BodyEdit(self)
        self.body_edit.setPlaceholderText(
            self.tr("Write the story in Markdown: ## subheading, **bold**, *italic*, > quotation")
        )
        self.body_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.find_bar = FindBar(self.body_edit, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.lead_edit)
        layout.addWidget(self.meta_row)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.find_bar)

        self.title_edit.textChanged.connect(self._changed)
        self.lead_edit.textChanged.connect(self._changed)
        self.byline_edit.textChanged.connect(self._changed)
        self.section_combo.currentTextChanged.connect(self._changed)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.body_edit.textChanged.connect(self._changed)
        self.setEnabled(False)

    # Returns why the article may not take a status (a message), or None. Set by the window.
    status_guard = None
    _status = _loaded_status = ""

    def _status_changed(self, index: int) -> None:
        if self._loading or self.article is None:
            return
        status = self.status_combo.itemData(index)
        refusal = self.status_guard(status) if self.status_guard else None
        if refusal:
            # Refuse here, before autosave: a refused status must never block saving the text.
            self._loading = True
            self.status_combo.setCurrentIndex(self.status_combo.findData(self._status))
            self._loading = False
            self.banner.show_message(refusal)
            return
        self._status = status
        self._changed()

    def _changed(self, *_args) -> None:
        if not self._loading and self.article is not None:
            self.edited.emit()

    def load(self, article: ArticleData | None) -> None:
        """Show *article* (None: an empty, disabled form). Loading is not an edit."""
        self._loading = True
        try:
            self.article = article
            self.banner.hide()
            self.find_bar.hide()
            a = article or ArticleData()
            self.title_edit.setText(a.title)
            self.lead_edit.setPlainText(a.lead)
            self.byline_edit.setText(a.byline)
            self.section_combo.setCurrentText(a.section)
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(a.status.value)))
            self._status = self._loaded_status = a.status.value
            self.body_edit.setPlainText(a.body)  # also starts a fresh undo history
            # Shown from their start: a long title or byline must not open on its last letters.
            for field in (self.title_edit, self.byline_edit, self.section_combo.lineEdit()):
                field.setCursorPosition(0)
            self.setEnabled(article is not None)
        finally:
            self._loading = False

    def fields(self) -> dict[str, str]:
        fields = {
            "title": self.title_edit.text(),
            "lead": self.lead_edit.toPlainText(),
            "byline": self.byline_edit.text(),
            "section": self.section_combo.currentText(),
            "body": self.body_edit.plain_text(),
        }
        # Review hook: the status goes with the text only when the user picked one; otherwise
        # the workflow's status (store/review.py) stands, whatever this form last loaded.
        if self._status != self._loaded_status:
            fields["status"] = self.status_combo.currentData() or Status.DRAFT.value
        return fields

    def show_status(self, status: str) -> None:
        """The stored status changed (a workflow step, another window): show it, as a load
        would, unless the user has just picked one that is still on its way to the store."""
        if self._status != self._loaded_status:
            return
        self._loading = True
        try:
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
            self._status = self._loaded_status = status
        finally:
            self._loading = False

    def recheck_status(self) -> None:
        """A status picked before the guard could answer (the first screen, before the store
        was ready): ask it now, and take the pick back, saying why, if it is refused."""
        if self._status == self._loaded_status or self.status_guard is None:
            return
        refusal = self.status_guard(self._status)
        if refusal:
            self._loading = True
            self.status_combo.setCurrentIndex(self.status_combo.findData(self._loaded_status))
            self._status = self._loaded_status
            self._loading = False
            self.banner.show_message(refusal)

    def status_saved(self) -> None:
        """The picked status is stored: stop sending it (review hook)."""
        self._loaded_status = self._status

    def focus_title(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.title_edit.selectAll()
