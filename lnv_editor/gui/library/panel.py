"""The library pane: search box, status filter, and the article table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lnv_editor.core.article import STATUS_LABELS, Status
from lnv_editor.gui.library.model import LibraryModel

SEARCH_DEBOUNCE_MS = 150
TRASH = "__trash__"  # the status filter's entry for the trash view (gui/library/trash.py)
MINE = "__returned_to_me__"  # the status filter's entry for what was sent back to me


class LibraryView(QTableView):
    """The article table. Ctrl+Z with it focused undoes library actions (moving to the
    trash): the window routes undo to the focused widget."""

    resized = Signal()  # its rows' width is known: the columns that fit can be chosen

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.history = None  # a QUndoStack, set by the trash controller

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.resized.emit()

    def undo(self) -> None:
        if self.history is not None:
            self.history.undo()

    def redo(self) -> None:
        if self.history is not None:
            self.history.redo()


class LibraryPanel(QWidget):
    articleActivated = Signal(int)
    selectionChanged = Signal()  # which rows are selected (for the trash actions)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model: LibraryModel | None = None
        self._keep_selection: int | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(self.tr("Search title, lead, byline…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), "")
        self.status_filter.addItem(self.tr("Returned to me"), MINE)
        self.person = ""  # whose "returned to me" list (the preferences' name)
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(QCoreApplication.translate("Article", label), status.value)
        self.status_filter.insertSeparator(self.status_filter.count())
        self.status_filter.addItem(self.tr("Trash"), TRASH)
        self.province_filter = QComboBox(self)
        self.province_filter.setObjectName("provinceFilter")
        self.province_filter.addItem(self.tr("All provinces and cities"), "")
        self.province_filter.setMaxVisibleItems(20)
        self.count_label = QLabel(self)
        # A long search note wraps: one-line text here would widen the whole window.
        self.count_label.setWordWrap(True)
        for combo in (self.status_filter, self.province_filter):
            # Narrow when the window is: the open list shows the whole names.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(5)
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 8)
        self.view = LibraryView(self)
        # Filled before the window is first laid out (the first screen): the columns are
        # chosen again once the view has its width, not only when the panel is resized.
        self.view.resized.connect(self._fit_columns)
        self.view.setObjectName("libraryView")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows at once: they go to the trash together.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        # Tab leaves the list for the article form; the arrows move within it.
        self.view.setTabKeyNavigation(False)
        # Once, not per model: another store's model would sort twice per click.
        self.view.horizontalHeader().sectionClicked.connect(self._header_clicked)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.province_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.province_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.setEnabled(False)

    def set_model(self, model: LibraryModel, *, provinces: bool = True) -> None:
        """Show *model*. The first screen (store.quick) passes ``provinces=False`` and fills the
        province filter once the store is loaded (``fill_province_filter``)."""
        self.model = model
        if provinces:
            self.fill_province_filter()
        self.view.setModel(model)
        header = self.view.horizontalHeader()
        # The title is what people scan for: it takes all the width the others leave. They
        # get what their usual contents need (not their longest value), and the user's own
        # widths are remembered by the window (header_state / restore_header_state).
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LibraryModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in self._compact_widths().items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(LibraryModel.UPDATED, self._order())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        model.modelReset.connect(self.selectionChanged)
        model.modelReset.connect(self._update_count)
        model.filtered.connect(self._filtered)
        self._update_count()
        self._fit_columns()  # already laid out: no resize will come to hide what does not fit
        self.setEnabled(True)

    def clear_filters(self) -> None:
        """Every article again: no search, all statuses and provinces."""
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.province_filter.setCurrentIndex(0)

    def fill_province_filter(self) -> None:
        if self.province_filter.count() == 1:
            # Filled now rather than at start-up: the province data costs ~0.1 s to load.
            # current_provinces() is already in Vietnamese order (sort_key), Hồ Chí Minh under H.
            from lnv_editor.core.provinces import current_provinces

            for province in current_provinces():
                self.province_filter.addItem(province.short_name, province.code)

    def _compact_widths(self) -> dict[int, int]:
        from PySide6.QtCore import QCoreApplication

        from lnv_editor.core.article import STATUS_LABELS

        fm, pad = self.view.fontMetrics(), 16
        statuses = [
            QCoreApplication.translate("Article", label) for label in STATUS_LABELS.values()
        ]
        content = {
            LibraryModel.SECTION: fm.horizontalAdvance("Khuyến công"),
            LibraryModel.STATUS: max(fm.horizontalAdvance(text) for text in statuses),
            LibraryModel.UPDATED: fm.horizontalAdvance("29/11/2026"),
        }
        header_fm = self.view.horizontalHeader().fontMetrics()
        widths = {}
        for column, width in content.items():
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            # room for the label and the sort arrow, so the header is never cut either
            widths[column] = max(width, header_fm.horizontalAdvance(label) + pad) + pad
        return widths

    # Narrow library (the preview open beside it): the title keeps the room, the section and
    # then the status give theirs up. Widths below which they are hidden:
    HIDE_SECTION_BELOW, HIDE_STATUS_BELOW = 440, 340

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        if self.model is None:
            return
        width = self.view.viewport().width()
        header = self.view.horizontalHeader()
        header.setSectionHidden(LibraryModel.SECTION, width < self.HIDE_SECTION_BELOW)
        header.setSectionHidden(LibraryModel.STATUS, width < self.HIDE_STATUS_BELOW)

    def header_state(self):
        return self.view.horizontalHeader().saveState()

    def restore_header_state(self, state) -> None:
        header = self.view.horizontalHeader()
        if state is None or not header.restoreState(state):
            return
        header.setSectionResizeMode(LibraryModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()

    def _order(self):
        from PySide6.QtCore import Qt

        return (
            Qt.SortOrder.DescendingOrder if self.model.newest_first else Qt.SortOrder.AscendingOrder
        )

    def _sort_column(self) -> int:
        # Relevance is no column's order: no indicator (-1), the status line says it.
        return {"title": LibraryModel.TITLE, "relevance": -1}.get(
            self.model.order, LibraryModel.UPDATED
        )

    def _header_clicked(self, column: int) -> None:
        # Last change (newest first) and title (Vietnamese alphabetical order, a-z first) sort;
        # clicking the sorted column again reverses it. Other columns leave the order alone, and
        # the indicator stays on the sorted column, so the order shown is never a lie.
        if self.model is None:
            return
        wanted = {LibraryModel.TITLE: "title", LibraryModel.UPDATED: "updated"}.get(column)
        if wanted is not None:
            if self.model.order == wanted:
                self.model.newest_first = not self.model.newest_first
            else:
                self.model.order = wanted
                self.model.newest_first = wanted == "updated"
            self.model.reload()
        self.view.horizontalHeader().setSortIndicator(self._sort_column(), self._order())

    def _apply_filter(self) -> None:
        if self.model is None:
            return
        self._keep_selection = self.current_id()
        status = self.status_filter.currentData()
        self.model.trash = status == TRASH
        self.model.returned_to = self.person if status == MINE else ""
        self.model.set_filter(
            query=self.search.text(),
            status=None if status in (TRASH, MINE) else status,
            province=self.province_filter.currentData(),
            background=True,
        )

    def show_counts(self, counts: dict[str, int], mine: int) -> None:
        """Each status filter entry with its count ("Nháp (3)"); "Returned to me" only when
        something was."""
        for index in range(self.status_filter.count()):
            data = self.status_filter.itemData(index)
            if data == MINE:
                label = self.tr("Returned to me")
                self.status_filter.setItemText(index, f"{label} ({mine})")
                view = self.status_filter.view()
                view.setRowHidden(index, mine == 0 and self.status_filter.currentIndex() != index)
            elif data in counts:
                label = QCoreApplication.translate("Article", STATUS_LABELS[Status(data)])
                self.status_filter.setItemText(index, f"{label} ({counts[data]})")

    def show_returned_to_me(self) -> None:
        """Select the "returned to me" list (a reporter with work sent back sees it first)."""
        self.status_filter.setCurrentIndex(self.status_filter.findData(MINE))

    def _filtered(self) -> None:
        if self._keep_selection is not None:
            self.select(self._keep_selection, emit=False)

    def _update_count(self) -> None:
        parts = [self.tr("%Ln article(s)", "", self.model.rowCount())]
        if self.model.mode == "all-words":
            parts.append(
                self.tr(
                    "No article contains the exact phrase «{phrase}»; showing the articles "
                    "that have all the words"
                ).format(phrase=self.model.query.strip())
            )
        if self.model.order == "relevance":
            parts.append(self.tr("sorted by relevance"))
        self.count_label.setText(" · ".join(parts))
        self.view.horizontalHeader().setSortIndicator(self._sort_column(), self._order())

    def _current_changed(self, current, _previous) -> None:
        # An article in the trash is not opened for editing: restore it first.
        if current.isValid() and not self.model.trash:
            self.articleActivated.emit(self.model.ids[current.row()])

    def showing_trash(self) -> bool:
        return self.model is not None and self.model.trash

    def selected_ids(self) -> list[int]:
        """The selected articles, in list order."""
        if self.model is None or self.view.selectionModel() is None:
            return []
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.ids[row] for row in rows if row < len(self.model.ids)]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.ids[index.row()] if index.isValid() and self.model else None

    def select(self, article_id: int, emit: bool = True) -> None:
        row = self.model.row_of(article_id)
        if row < 0:
            return
        blocker = None
        if not emit:
            from PySide6.QtCore import QSignalBlocker

            blocker = QSignalBlocker(self.view.selectionModel())
        # Through the selection model: selectRow() reads the keyboard modifiers, so with
        # Ctrl still held (Ctrl+N) it would toggle the row instead of selecting it.
        from PySide6.QtCore import QItemSelectionModel

        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        self.view.viewport().update()  # painted selected even with the signals blocked
        del blocker
