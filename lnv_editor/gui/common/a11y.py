"""Accessible names for the controls that lack one, from what a sighted user reads beside them.

A screen reader names a field from its accessible name, or its label's buddy. Many fields here
are labelled by a placeholder ("Tiêu đề") or a tooltip instead, which Qt does not pass on; this
fills the name from those, once the panels exist. Lists with no visible label get a name from
``LIST_NAMES``. Widgets Qt builds inside others (a spin box's or editable combo box's line
edit) are named through their owner and left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from lnv_editor.core.errors import QT_TRANSLATE_NOOP

LIST_NAMES = {
    "libraryView": QT_TRANSLATE_NOOP("AccessibleNames", "Articles"),
    "photoList": QT_TRANSLATE_NOOP("AccessibleNames", "Photos of the article"),
    "provinceList": QT_TRANSLATE_NOOP("AccessibleNames", "Provinces tagged"),
    "relatedList": QT_TRANSLATE_NOOP("AccessibleNames", "Related stories"),
    "relatedResults": QT_TRANSLATE_NOOP("AccessibleNames", "Stories found"),
    "bodyEdit": QT_TRANSLATE_NOOP("AccessibleNames", "Body (Markdown)"),
}


def _label_for(widget: QWidget, labels: list[QLabel]) -> str:
    for label in labels:
        if label.buddy() is widget:
            return label.text()
    return ""


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


def name_controls(root: QWidget) -> list[QWidget]:
    """Give every focusable control under *root* without a name one; returns those still without."""
    labels = root.findChildren(QLabel)
    unnamed = []
    for widget in root.findChildren(QWidget):
        if widget.accessibleName() or not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        owner = widget.parentWidget()
        if isinstance(owner, QAbstractSpinBox | QComboBox):
            continue  # Qt's own inner line edit: the owner carries the name
        name = _label_for(widget, labels)
        if not name and widget.objectName() in LIST_NAMES:
            name = QCoreApplication.translate("AccessibleNames", LIST_NAMES[widget.objectName()])
        if not name and isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            name = widget.placeholderText()
        if not name and isinstance(widget, QComboBox) and widget.isEditable() and widget.lineEdit():
            name = widget.lineEdit().placeholderText()
        name = name or widget.toolTip()
        if name:
            widget.setAccessibleName(_clean(name))
        else:
            unnamed.append(widget)
    return unnamed
