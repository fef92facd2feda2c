"""The byline, section and status fields under the lead: one row when the editor is wide,
two when it is narrow (a 1024 px screen with the docks open), never a label cut or a byline
squeezed to its last letters."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QWidget

BYLINE_CHARS = 18  # "Nguyễn Thị Thanh Hà" shown whole
SECTION_CHARS = 10  # "Doanh nghiệp", "Làng nghề"


class MetaRow(QWidget):
    def __init__(
        self,
        labels: tuple[str, str, str],
        byline: QLineEdit,
        section: QComboBox,
        status: QComboBox,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("metaRow")
        self.fields = (byline, section, status)
        self.labels = []
        for text, field in zip(labels, self.fields, strict=True):
            label = QLabel(text, self)
            label.setBuddy(field)
            # A label keeps its whole text; the fields give way first.
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            self.labels.append(label)
        chars = byline.fontMetrics().averageCharWidth()
        byline.setMinimumWidth(chars * BYLINE_CHARS)
        section.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        section.setMinimumContentsLength(SECTION_CHARS)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.two_rows: bool | None = None
        self._place(two_rows=False)

    def _wanted(self, widgets) -> int:
        spacing = self.grid.horizontalSpacing()
        # A field's set minimum (the byline's 18 characters) is not in its size hint.
        widths = (max(w.sizeHint().width(), w.minimumWidth()) for w in widgets)
        return sum(widths) + spacing * (len(widgets) - 1)

    def one_row_width(self) -> int:
        """The width at which all three fit in one row at their comfortable sizes."""
        widgets = [w for pair in zip(self.labels, self.fields, strict=True) for w in pair]
        return self._wanted(widgets)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Two rows: the byline alone, then the section and the status.
        byline_label, section_label, status_label = self.labels
        byline, section, status = self.fields
        first = byline_label.sizeHint().width() + byline.minimumSizeHint().width()
        second = sum(
            w.minimumSizeHint().width() if w in self.fields else w.sizeHint().width()
            for w in (section_label, section, status_label, status)
        )
        width = max(first, second) + 3 * self.grid.horizontalSpacing()
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place(two_rows=event.size().width() < self.one_row_width())

    def _place(self, *, two_rows: bool) -> None:
        if two_rows == self.two_rows:
            return
        self.two_rows = two_rows
        grid = self.grid
        for widget in (*self.labels, *self.fields):
            grid.removeWidget(widget)
        for column in range(6):
            grid.setColumnStretch(column, 0)
        (byline_label, section_label, status_label), (byline, section, status) = (
            self.labels,
            self.fields,
        )
        if two_rows:
            grid.addWidget(byline_label, 0, 0)
            grid.addWidget(byline, 0, 1, 1, 3)
            grid.addWidget(section_label, 1, 0)
            grid.addWidget(section, 1, 1)
            grid.addWidget(status_label, 1, 2)
            grid.addWidget(status, 1, 3)
            grid.setColumnStretch(1, 2)
            grid.setColumnStretch(3, 1)
        else:
            for column, widget in enumerate(
                (byline_label, byline, section_label, section, status_label, status)
            ):
                grid.addWidget(widget, 0, column)
            grid.setColumnStretch(1, 2)
            grid.setColumnStretch(3, 2)
            grid.setColumnStretch(5, 1)
        self.updateGeometry()
