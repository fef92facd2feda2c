"""The article library as a Qt model that holds ids and loads rows in pages, on demand.

With 100,000 articles the view asks only for the rows it shows; ``rowCount`` is the id
list's length, and a page of rows costs one indexed query.
"""

from __future__ import annotations

import inspect
import sys
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from lnv_editor.core.article import STATUS_LABELS, Status
from lnv_editor.gui.common.formatting import format_compact, format_datetime
from lnv_editor.gui.common.workers import Runner, Task

if TYPE_CHECKING:  # the store (SQLAlchemy) loads after the window is shown
    from lnv_editor.store.repository import LibraryRow, Repository

PAGE = 200
MAX_PAGES = 50  # cache at most 10,000 rows


def _takes_cancel(repo) -> bool:
    # The start-up reader (store.quick) never searches, so it has nothing to cancel.
    return "cancel" in inspect.signature(repo.list_matches).parameters


def _list_ids(task: Task, repo, kwargs: dict):
    """On the library's runner: one library query. A search over 100,000 articles can take
    longer than a keystroke, and typing must never wait for it; a newer query cancels this
    one (``task.cancel()``), which then stops inside SQLite, or never starts, raising
    ``SearchCancelled`` (store/search_cancel.py) instead of holding the runner while the
    newer one waits."""
    if _takes_cancel(repo):
        kwargs = {**kwargs, "cancel": task.cancel_event}
    return repo.list_matches(**kwargs)


class LibraryModel(QAbstractTableModel):
    TITLE, SECTION, STATUS, UPDATED = range(4)
    IdRole = Qt.ItemDataRole.UserRole + 1
    filtered = Signal()  # a background query's ids are in the model
    cancelled = Signal(int)  # a background query (its generation) stopped for a newer one

    def __init__(self, repo: Repository, parent=None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, LibraryRow]] = OrderedDict()
        self.query = ""
        self.status: str | None = None
        self.province: str | None = None
        self.newest_first = True  # for "title": z-a
        self.order = "updated"  # or "title": Vietnamese alphabetical order; "relevance"
        # The order to return to when the search box is cleared (relevance is for searching).
        self._order_before_search: tuple[str, bool] | None = None
        self.mode: str | None = None  # how the query's words matched: "phrase", "all-words"
        self.trash = False  # list the trash instead (most recently trashed first)
        self.returned_to = ""  # list only what was sent back to this person
        self._generation = 0
        # One query at a time, off the GUI thread (gui/common/workers.py): an older one still
        # running is cancelled inside SQLite within microseconds, so the newer never queues.
        self.runner = Runner(self, name="lnv-library")
        # Background queries not yet reported: generation -> their task.
        self._running: dict[int, Task] = {}
        self._headers = (
            self.tr("Title"),
            self.tr("Section"),
            self.tr("Status"),
            self.tr("Last change"),
        )

    # ----- loading -------------------------------------------------------------------------
    def _query(self) -> dict:
        return {
            "query": self.query,
            "status": self.status,
            "province": self.province,
            "newest_first": self.newest_first,
            "order": self.order,
            "trash": self.trash,
            "returned_to": self.returned_to,
        }

    def reload(self) -> None:
        """Query now, on this thread (start-up, after creating an article)."""
        self._cancel_running()
        self._generation += 1
        found = self.repo.list_matches(**self._query())
        self._set_ids(found.ids, found.mode)

    def _set_ids(self, ids: list[int], mode: str | None = None) -> None:
        self.beginResetModel()
        self.ids = ids
        self.mode = mode
        self._pages.clear()
        self.endResetModel()

    def set_filter(
        self,
        query: str | None = None,
        status: str | None | bool = False,
        province: str | None | bool = False,
        *,
        background: bool = False,
    ) -> None:
        if query is not None:
            self.query = query
            self._sort_for_search(bool(query.strip()))
        if status is not False:
            self.status = status or None
        if province is not False:
            self.province = province or None
        if not background:
            self.reload()
            return
        self._cancel_running()
        self._generation += 1
        generation = self._generation
        self._running[generation] = self.runner.start(
            _list_ids,
            self.repo,
            self._query(),
            on_done=lambda found: self._query_done(generation, found),
            on_error=lambda error: self._query_done(generation, error),
        )

    def _cancel_running(self) -> None:
        """Older queries are useless now: stop them rather than queue behind them."""
        for task in self._running.values():
            task.cancel()

    def adopt(self, repo: Repository) -> None:
        """Take over from the start-up reader (store.quick) with the repository. The ids are
        asked again off the GUI thread (the store may have changed in between, or a search
        was typed that the quick reader could not answer); an unchanged list keeps the view,
        its selection and its scroll position as they are."""
        self.repo = repo
        self._pages.clear()
        self.set_filter(background=True)

    def _sort_for_search(self, searching: bool) -> None:
        # Searching sorts best match first; a header click still picks another order, and
        # clearing the search returns to the order from before it unless the user picked one.
        if searching and self._order_before_search is None:
            self._order_before_search = (self.order, self.newest_first)
            self.order, self.newest_first = "relevance", True
        elif not searching and self._order_before_search is not None:
            if self.order == "relevance":
                self.order, self.newest_first = self._order_before_search
            self._order_before_search = None

    def _query_done(self, generation: int, found) -> None:
        self._running.pop(generation, None)
        if generation != self._generation:
            # Loaded by the search that raised it, if any (the model never imports the store).
            cancel = sys.modules.get("lnv_editor.store.search_cancel")
            if cancel is not None and isinstance(found, cancel.SearchCancelled):
                self.cancelled.emit(generation)
            return  # the user typed on: a newer query is coming
        if isinstance(found, Exception):
            self._set_ids([])
        elif found.ids != self.ids or found.mode != self.mode:
            self._set_ids(found.ids, found.mode)
        self.filtered.emit()

    def invalidate(self, article_id: int) -> None:
        """Re-read one article's row (after a save) without reordering under the user."""
        try:
            row = self.ids.index(article_id)
        except ValueError:
            return
        rows = self._pages.get(row // PAGE)
        if rows is not None:
            # That row only: an autosave while typing must not re-read the 200 around it.
            fresh = self.repo.library_rows([article_id]).get(article_id)
            if fresh is None:
                rows.pop(article_id, None)
            else:
                rows[article_id] = fresh
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _row(self, row: int) -> LibraryRow | None:
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            ids = self.ids[page * PAGE : (page + 1) * PAGE]
            rows = self.repo.library_rows(ids)
            self._pages[page] = rows
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows.get(self.ids[row])

    def row_of(self, article_id: int) -> int:
        try:
            return self.ids.index(article_id)
        except ValueError:
            return -1

    # ----- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.ids):
            return None
        if role == self.IdRole:
            return self.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self._row(index.row())
        if r is None:
            return None  # deleted meanwhile; the next reload drops it
        column = index.column()
        if column == self.TITLE:
            return r.title or self.tr("(untitled)")
        if column == self.SECTION:
            return r.section
        if column == self.STATUS:
            try:
                return QCoreApplication.translate("Article", STATUS_LABELS[Status(r.status)])
            except ValueError:
                return r.status
        if role == Qt.ItemDataRole.ToolTipRole:
            return format_datetime(r.updated)
        return format_compact(r.updated)
