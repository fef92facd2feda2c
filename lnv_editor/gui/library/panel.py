"""The library pane: search box, status filter, and the article table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
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

from lnv_editor.core.article import STATUS_LABELS
from lnv_editor.gui.library.model import LibraryModel

SEARCH_DEBOUNCE_MS = 150
TRASH = "__trash__"  # the status filter's entry for the trash view (gui/library/trash.py)


class LibraryView(QTableView):
    """The article table. Ctrl+Z with it focused undoes library actions (moving to the
    trash): the window routes undo to the focused widget."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.history = None  # a QUndoStack, set by the trash controller

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
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(QCoreApplication.translate("Article", label), status.value)
        self.status_filter.insertSeparator(self.status_filter.count())
        self.status_filter.addItem(self.tr("Trash"), TRASH)
        self.province_filter = QComboBox(self)
        self.province_filter.setObjectName("provinceFilter")
        self.province_filter.addItem(self.tr("All provinces and cities"), "")
        self.province_filter.setMaxVisibleItems(20)
        self.count_label = QLabel(self)
        self.view = LibraryView(self)
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

    def set_model(self, model: LibraryModel) -> None:
        self.model = model
        if self.province_filter.count() == 1:
            # Filled now rather than at start-up: the province data costs ~0.1 s to load.
            # current_provinces() is already in Vietnamese order (sort_key), Hồ Chí Minh under H.
            from lnv_editor.core.provinces import current_provinces

            for province in current_provinces():
                self.province_filter.addItem(province.short_name, province.code)
        self.view.setModel(model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(LibraryModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (LibraryModel.SECTION, LibraryModel.STATUS, LibraryModel.UPDATED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(LibraryModel.UPDATED, self._order())
        header.sectionClicked.connect(self._header_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        model.modelReset.connect(self.selectionChanged)
        model.modelReset.connect(self._update_count)
        model.filtered.connect(self._filtered)
        self._update_count()
        self.setEnabled(True)

    def _order(self):
        from PySide6.QtCore import Qt

        return Qt.SortOrder.DescendingOrder if self.model.newest_first else Qt.SortOrder.AscendingOrder

    def _sort_column(self) -> int:
        return LibraryModel.TITLE if self.model.order == "title" else LibraryModel.UPDATED

    def _header_clicked(self, column: int) -> None:
        # Last change (newest first) and title (Vietnamese alphabetical order, a-z first) sort;
        # clicking the sorted column again reverses it. Other columns leave the order alone, and
        # the indicator stays on the sorted column, so the order shown is never a lie.
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
        self.model.set_filter(query=self.search.text(), status=None if self.model.trash else status,
                              province=self.province_filter.currentData(),
                              background=True)

    def _filtered(self) -> None:
        if self._keep_selection is not None:
            self.select(self._keep_selection, emit=False)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n article(s)", "", self.model.rowCount()))

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
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.scrollTo(self.model.index(row, 0))
        del blocker
