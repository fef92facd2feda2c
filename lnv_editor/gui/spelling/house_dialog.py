"""Edit > House style rules…: the desk edits the store's rule file, sees every version (who,
when) and can open an older one to put it back. A bad rule is refused with its line, which is
selected, and nothing is saved (store/house_rules.py checks before it writes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lnv_editor.core.errors import LnvError
from lnv_editor.gui.common.errors import describe_error
from lnv_editor.gui.common.formatting import format_datetime

VERSION_ROLE = Qt.ItemDataRole.UserRole


class HouseRulesDialog(QDialog):
    def __init__(self, repo, hub, person: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("houseRulesDialog")
        self.setWindowTitle(self.tr("House style rules"))
        self.repo, self.person = repo, person
        self._shown_version = 0

        intro = QLabel(
            self.tr(
                "One rule a line, columns separated by a tab: id, pattern (a regular "
                "expression), message, fix (\\1 for a group; may be empty), severity (warning "
                "or info). Lines starting with # are comments. The rules are kept in the store, "
                "one version per save."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("houseRulesText")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setTabStopDistance(self.editor.fontMetrics().horizontalAdvance(" ") * 8)
        self.error = QLabel(self)
        self.error.setObjectName("houseRulesError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }")
        self.error.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("houseRulesNotice")
        self.notice.setWordWrap(True)

        self.versions = QListWidget(self)
        self.versions.setObjectName("houseRulesVersions")
        self.open_button = QPushButton(self.tr("Open this version"), self)
        self.open_button.setObjectName("houseRulesOpenVersion")
        self.open_button.setToolTip(
            self.tr("Put the chosen version in the editor; Save puts it back in force")
        )
        self.open_button.clicked.connect(self.open_selected_version)
        self.versions.itemDoubleClicked.connect(lambda _item: self.open_selected_version())
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Versions"), self))
        side.addWidget(self.versions, 1)
        side.addWidget(self.open_button)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        main = QHBoxLayout()
        main.addWidget(self.editor, 5)
        main.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(main, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.resize(900, 560)

        self._load_current()
        if hub is not None:
            hub.changed.connect(self._store_changed)
            self.finished.connect(lambda _r: self._disconnect(hub))

    def _disconnect(self, hub) -> None:
        try:
            hub.changed.disconnect(self._store_changed)
        except (RuntimeError, TypeError):
            pass

    # ----- showing ------------------------------------------------------------------------
    def _load_current(self) -> None:
        current = self.repo.house_rules.current()
        self.editor.setPlainText(current.text)
        self._shown_version = current.version
        self._fill_versions()

    def _fill_versions(self) -> None:
        self.versions.clear()
        shipped = self.tr("shipped with the app")
        history = self.repo.house_rules.history()
        for v in history:
            text = self.tr("v{version} · {when} · {who}").format(
                version=v.version, when=format_datetime(v.saved), who=v.saved_by or shipped
            )
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(VERSION_ROLE, v.version)
            self.versions.addItem(item)
        if history:
            self.versions.setCurrentRow(0)
            self.notice.setText(
                self.tr("Version {version} is in force.").format(version=history[0].version)
            )

    def _store_changed(self, change) -> None:
        from lnv_editor.store.changes import Part

        if Part.HOUSE_RULES in change.parts:
            self._fill_versions()

    def open_selected_version(self) -> None:
        item = self.versions.currentItem()
        if item is None:
            return
        version = self.repo.house_rules.version(item.data(VERSION_ROLE))
        self.editor.setPlainText(version.text)
        self._shown_version = version.version
        self.error.hide()
        self.notice.setText(
            self.tr("Version {version} is in the editor: Save puts it back in force.").format(
                version=version.version
            )
        )

    # ----- saving -------------------------------------------------------------------------
    def save(self) -> bool:
        """Check and keep the text as the newest version; False (with the reason shown and
        the bad line selected) when it cannot be used."""
        try:
            number = self.repo.house_rules.save(self.editor.toPlainText(), saved_by=self.person)
        except LnvError as error:
            self.error.setText(describe_error(error))
            self.error.show()
            line = error.params.get("line")
            if isinstance(line, int):
                self._select_line(line)
            return False
        self.error.hide()
        if number is None:
            self.notice.setText(self.tr("Nothing to save: these rules are already in force."))
        else:
            self._shown_version = number
            self._fill_versions()
            self.notice.setText(self.tr("Saved as version {version}.").format(version=number))
        return True

    def _select_line(self, line: int) -> None:
        block = self.editor.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()
