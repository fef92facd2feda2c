"""Kiểm tra trước khi gửi duyệt: the readiness findings (core/readiness.py) as a list.

Activating a finding emits where it is, so the editor can put the cursor there (the window
connects ``findingActivated`` to the editor; a photo finding emits ``photoActivated``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from lnv_editor.core.readiness import ERROR, Finding, Report
from lnv_editor.i18n import translate_template

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


def finding_message(finding: Finding) -> str:
    return translate_template(finding.template, finding.params, "Readiness")


class ReadinessPanel(QWidget):
    findingActivated = Signal(str, int)  # field (title, lead, body), position (-1: none)
    photoActivated = Signal(int)  # photo id
    houseFixRequested = Signal(object)  # house-style findings to fix (core/spelling/house.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessPanel")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("readinessList")
        self.list.setAccessibleName(self.tr("Findings of the check"))
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._house_menu)
        self.report: Report | None = None
        self.house: Sequence = ()

    def set_report(self, report: Report | None, house: Sequence = ()) -> None:
        """Show *report*, then *house* (house-style findings, core/spelling/house.py)."""
        self.report, self.house = report, tuple(house)
        self.list.clear()
        if report is None:
            self.summary.clear()
            return
        if not report.errors and not report.warnings and not house:
            self.summary.setText(self.tr("Ready to submit: nothing to fix."))
        else:
            self.summary.setText(
                self.tr("{errors} to fix before review, {warnings} to look at.").format(
                    errors=len(report.errors), warnings=len(report.warnings)
                )
            )
        fields = {
            "title": self.tr("Title"),
            "lead": self.tr("Lead"),
            "body": self.tr("Body"),
            "photo": self.tr("Photo"),
            "related": self.tr("Related stories"),
            "provinces": self.tr("Provinces"),
        }
        for finding in (*report.errors, *report.warnings):
            kind = self.tr("Error") if finding.severity == ERROR else self.tr("Warning")
            item = QListWidgetItem(
                f"{kind} · {fields.get(finding.field, finding.field)}: {finding_message(finding)}"
            )
            item.setData(FINDING_ROLE, finding)
            if finding.severity == ERROR:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        house_label = self.tr("House style")
        for finding in house:
            message = translate_template(finding.message, finding.params, "Spelling")
            fix = f" \u2192 \u201c{finding.fix}\u201d" if finding.fix else ""
            item = QListWidgetItem(
                f"{house_label} · {fields.get(finding.field, finding.field)}: {message}{fix}"
            )
            item.setData(FINDING_ROLE, finding)
            self.list.addItem(item)

    def set_house(self, house: Sequence) -> None:
        """New house-style findings (checked as typed) under the same readiness report."""
        if tuple(house) != self.house:
            self.set_report(self.report, house)

    def _activated(self, item: QListWidgetItem) -> None:
        finding: Finding = item.data(FINDING_ROLE)
        if finding.photo_id is not None:
            self.photoActivated.emit(finding.photo_id)
        else:
            self.findingActivated.emit(
                finding.field, -1 if finding.position is None else finding.position
            )

    def house_menu_at(self, item: QListWidgetItem | None) -> QMenu | None:
        """Fix, and Fix all for the rule, on a house-style finding with a fix; else None."""
        finding = item.data(FINDING_ROLE) if item is not None else None
        if getattr(finding, "fix", None) is None or not hasattr(finding, "rule"):
            return None
        menu = QMenu(self)
        fix = menu.addAction(self.tr("Fix: \u201c{fix}\u201d").format(fix=finding.fix))
        fix.triggered.connect(lambda: self.houseFixRequested.emit([finding]))
        same = [
            f
            for i in range(self.list.count())
            if getattr(f := self.list.item(i).data(FINDING_ROLE), "rule", None) == finding.rule
            and f.fix is not None
        ]
        fix_all = menu.addAction(self.tr("Fix all ({count})").format(count=len(same)))
        fix_all.triggered.connect(lambda: self.houseFixRequested.emit(same))
        return menu

    def _house_menu(self, pos) -> None:
        menu = self.house_menu_at(self.list.itemAt(pos))
        if menu is not None:
            menu.exec(self.list.viewport().mapToGlobal(pos))
            menu.deleteLater()
