"""Small widgets of the places panel: a wrapping layout, lists and search fields whose
Ctrl+Z is the panel's, chips for the tags, a delegate that shows a search hit's snippet
under its title, and the labels they show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from lnv_editor.core.article import STATUS_LABELS, Status
from lnv_editor.gui.common.flow import FlowLayout as FlowLayout  # the panel's import
from lnv_editor.gui.common.placeholder import paint_empty_hint

SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # render.snippets.snippet_html of a hit
SNIPPET_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3  # plain text, for suggestions


def status_label(status: str | None) -> str:
    """A status in the interface language ("Draft" → "Nháp")."""
    try:
        return QCoreApplication.translate("Article", STATUS_LABELS[Status(status)])
    except ValueError:
        return status or ""


def no_suggestion_text(title: str, tagged: bool) -> str:
    """Why no related story is suggested: what is missing, or that nothing matched."""
    if not tagged and not title.strip():
        return QCoreApplication.translate(
            "PlacesPanel", "No suggestion yet: tag provinces or write a title."
        )
    if not tagged:
        return QCoreApplication.translate(
            "PlacesPanel",
            "No story with a similar title. No province or city is tagged yet: tag one to find "
            "stories from the same place.",
        )
    return QCoreApplication.translate(
        "PlacesPanel", "No story shares a province or city, the section or the subject."
    )


def heading(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def tool_button(parent: QWidget, name: str, text: str, tip: str, slot) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setText(text)
    button.setToolTip(tip)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.clicked.connect(slot)
    return button


class PlaceList(QListWidget):
    """A list whose Ctrl+Z is *history*'s (the panel's undo stack); Delete asks to remove
    the current row, Alt+Up/Down to move it."""

    removeRequested = Signal()
    moveRequested = Signal(int)

    def __init__(self, parent: QWidget, history, name: str) -> None:
        super().__init__(parent)
        self.history = history
        self.setObjectName(name)
        self.empty_text = ""

    def undo(self) -> None:
        self.history.undo()

    def redo(self) -> None:
        self.history.redo()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removeRequested.emit()
        elif alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        paint_empty_hint(self, self.empty_text, 6, 2)


class SearchField(QLineEdit):
    """Up/Down move through *results* while typing. Ctrl+Z undoes typing first, then
    *history*: once a pick has emptied the field, Ctrl+Z takes the pick back."""

    def __init__(self, parent: QWidget, history, results: QListWidget, name: str) -> None:
        super().__init__(parent)
        self.history, self.results = history, results
        self.setObjectName(name)
        self.setClearButtonEnabled(True)

    def undo(self) -> None:
        super().undo() if self.isUndoAvailable() else self.history.undo()

    def redo(self) -> None:
        super().redo() if self.isRedoAvailable() else self.history.redo()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
        elif event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.results.count():
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
        else:
            super().keyPressEvent(event)


class HitDelegate(QStyledItemDelegate):
    """The title on one line and, under it, two lines of snippet (search matches in bold)."""

    LINES = 2

    def _fonts(self, option) -> tuple[QFont, QFontMetrics, QFontMetrics]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFontMetrics(bold), QFontMetrics(option.font)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        _bold, title_fm, fm = self._fonts(option)
        return QSize(100, title_fm.height() + 2 + fm.lineSpacing() * self.LINES + 8)

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        bold, title_fm, fm = self._fonts(opt)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        color = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = opt.rect.adjusted(6, 4, -6, -4)
        painter.save()
        painter.setFont(bold)
        painter.setPen(color)
        painter.drawText(
            QRect(rect.x(), rect.y(), rect.width(), title_fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_fm.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        html = index.data(SNIPPET_HTML_ROLE)
        doc.setHtml(html) if html else doc.setPlainText(index.data(SNIPPET_TEXT_ROLE) or "")
        doc.setTextWidth(rect.width())
        painter.translate(rect.x(), rect.y() + title_fm.height() + 2)
        clip = QRectF(0, 0, rect.width(), fm.lineSpacing() * self.LINES)
        painter.setClipRect(clip)
        context = doc.documentLayout().PaintContext()
        if not selected:
            color = opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        context.palette.setColor(QPalette.ColorRole.Text, color)
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _mix(a: QColor, b: QColor, share_a: float) -> QColor:
    pairs = zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True)
    return QColor.fromRgbF(*(share_a * x + (1 - share_a) * y for x, y in pairs))


class ChipDelegate(QStyledItemDelegate):
    """Paints a tag as a rounded chip. Painted here rather than by an item style sheet: with
    one, the selected item's name was drawn in the highlight's text colour on a pale fill and
    vanished. The text colour is chosen for contrast (WCAG 4.5:1) with whatever fill the
    state and palette give."""

    PAD_X, PAD_Y, RADIUS = 9, 3, 9

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        fm = QFontMetrics(option.font)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        return QSize(
            fm.horizontalAdvance(text) + 2 * self.PAD_X + 2, fm.height() + 2 * self.PAD_Y + 2
        )

    @staticmethod
    def colors(palette: QPalette, state) -> tuple[QColor, QColor, QColor]:
        """(fill, border, text) of a chip in *state*."""
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        fill, border = base, palette.color(QPalette.ColorRole.Mid)
        if state & QStyle.StateFlag.State_Selected:
            fill, border = _mix(highlight, base, 0.35), highlight
        elif state & QStyle.StateFlag.State_MouseOver:
            fill = _mix(highlight, base, 0.12)
        candidates = (
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.HighlightedText),
            QColor(Qt.GlobalColor.black),
            QColor(Qt.GlobalColor.white),
        )
        # The palette's own text colour when it is readable on this fill, else the best one.
        text = next(
            (c for c in candidates if contrast_ratio(c, fill) >= 4.5),
            max(candidates, key=lambda c: contrast_ratio(c, fill)),
        )
        return fill, border, text

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        fill, border, text = self.colors(opt.palette, opt.state)
        rect = QRectF(opt.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, 2.0 if opt.state & QStyle.StateFlag.State_HasFocus else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, self.RADIUS, self.RADIUS)
        painter.setPen(text)
        painter.setFont(opt.font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, opt.text)
        painter.restore()


class ChipList(PlaceList):
    """The tags as rounded chips, left to right and wrapping, three rows high."""

    def __init__(self, parent: QWidget, history, name: str) -> None:
        super().__init__(parent, history, name)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(3)
        self.setMouseTracking(True)  # for the hover state
        self.setItemDelegate(ChipDelegate(self))
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
