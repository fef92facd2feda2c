"""The main window's link to its store: opening it off the GUI thread, handing it to the
panels, following its change records, closing it.

A mixin of ``MainWindow`` (its strings are in the "MainWindow" translation context).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lnv_editor.gui.common import file_dialogs


class _StoreOpener(QObject):
    """Imports the store layer and opens the file off the GUI thread."""

    opened = Signal(object)
    failed = Signal(object)

    def __init__(self, path: Path, tone_style: str | None) -> None:
        super().__init__()
        self.path = path
        self.tone_style = tone_style

    def run(self) -> None:
        try:
            from lnv_editor.store.repository import Repository

            self.opened.emit(Repository.open(self.path, tone_style=self.tone_style))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.failed.emit(exc)


class StoreLink:
    """Store handling of the main window (see the module docstring)."""

    # ----- the store's change records --------------------------------------------------------
    def _store_changed(self, change) -> None:
        """Refresh what *change* touched: library rows, the open article's panels and, when
        someone else rewrote the open article while this window has nothing unsaved, its text."""
        from lnv_editor.store.changes import Part

        if self.model is None:
            return
        if change.lists_changed or len(change.article_ids) > 200:
            self._reload_library()
        else:
            for article_id in change.article_ids:
                self.model.invalidate(article_id)
        if change.lists_changed or change.parts & {Part.STATUS, Part.REVIEW}:
            self.refresh_counts()
        open_id = self.editor.article.id if self.editor.article is not None else None
        if open_id is None:
            return
        if Part.DELETED in change.parts and open_id in change.article_ids:
            self.trash.close_if_trashed(change.article_ids)  # saved first, then closed
            return
        if change.touches(open_id, Part.PHOTOS) and change.origin is not self.photo_panel:
            self.photo_panel.refresh()
        linked = change.touches(open_id, Part.PROVINCES, Part.RELATED)
        if (
            linked or change.parts & {Part.DELETED, Part.CREATED}
        ) and change.origin is not self.places_panel:
            self.places_panel.refresh()  # a linked story may be gone or back
        if change.origin is self.autosaver:
            return
        if change.touches(open_id, Part.FIELDS):
            self._open_article_rewritten(open_id)
        elif change.touches(open_id, Part.STATUS, Part.REVIEW):
            self.editor.show_status(self.repo.get(open_id).status.value)

    def refresh_counts(self, *, first: bool = False) -> None:
        """The library's count per status and of what was sent back to me, read off the GUI
        thread. *first* (a store just opened): a reporter with work sent back sees it first."""
        from lnv_editor.gui.common.workers import Runner

        repo = self.repo
        if repo is None:
            return
        person = self.config.get("person_name").strip()
        self.library.person = person
        if getattr(self, "_counts_runner", None) is None:
            self._counts_runner = Runner(self, name="lnv-counts")

        def read():
            return repo.review.status_counts(), len(repo.review.returned_to(person))

        def show(result) -> None:
            counts, mine = result
            self.library.show_counts(counts, mine)
            if first and mine and self.config.get("person_role") == "reporter":
                self.library.show_returned_to_me()
                message = QCoreApplication.translate(
                    "MainWindow", "Sent back to you: {count}. They are listed first."
                ).format(count=mine)
                self.statusBar().showMessage(message, 10000)

        self._counts_runner.submit(read, on_done=show, on_error=lambda _e: None)

    def _open_article_rewritten(self, article_id: int) -> None:
        # With unsaved text here, leave it: the next save keeps the other text as a revision
        # and says so. With nothing unsaved, show what the store has now.
        if self.autosaver is None or self.autosaver.is_dirty() or self.autosaver.state == "saving":
            return
        try:
            article = self.repo.get(article_id)
        except Exception:  # noqa: BLE001 - deleted meanwhile: the next change says so
            return
        if article.version == self.autosaver.version:
            return
        self.editor.load(article)
        self.autosaver.attach(article.id, article.version, self.editor.fields())
        self._update_title()
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "This article was changed elsewhere; showing the new version."
            ),
            8000,
        )

    # ----- the store -----------------------------------------------------------------------
    def show_first_screen(self, path: Path) -> bool:
        """The library and the last open article before the store layer has loaded."""
        return self.first_screen.show(path)

    def open_store(self, path: Path) -> None:
        """Open *path* on a worker thread; ``storeReady`` fires when the library is shown."""
        self.first_screen.note_last(Path(path))  # then show the article open last time
        self._thread = QThread(self)
        self._opener = _StoreOpener(Path(path), self.config.get("tone_style"))
        self._opener.moveToThread(self._thread)
        self._thread.started.connect(self._opener.run)
        self._opener.opened.connect(self._store_opened)
        self._opener.failed.connect(self._store_failed)
        self._thread.start()

    def _finish_opener(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._opener = None

    def _store_opened(self, repo) -> None:
        self._finish_opener()
        from lnv_editor.gui.common.hub import StoreHub

        self.set_repository(repo, StoreHub(repo))

    def _store_failed(self, error: BaseException) -> None:
        self._finish_opener()
        from lnv_editor.gui.common.errors import describe_error

        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "No store is open."))
        self.first_screen.abandon()
        QMessageBox.critical(
            self,
            QCoreApplication.translate("MainWindow", "Cannot open the store"),
            describe_error(error),
        )

    def set_repository(self, repo, hub) -> None:
        from lnv_editor.gui.editor.autosave import Autosaver
        from lnv_editor.gui.library.model import LibraryModel

        self.close_store()
        self.repo, self.hub = repo, hub
        self.ensure_panels()
        self.photo_panel.set_repository(repo)
        self.places_panel.set_repository(repo)
        from lnv_editor.gui.review.wiring import attach_store

        attach_store(self.review_panel, repo, hub)
        hub.attach()
        if not self.first_screen.hand_over_model(repo):
            self.model = LibraryModel(repo, self)
            self.model.reload()
            self.library.set_model(self.model)
            self.library.restore_header_state(self._window_state().value("main/libraryHeader"))
        self.first_screen.mark("library")
        self.autosaver = Autosaver(
            repo,
            self.editor.fields,
            idle_ms=self.config.get("autosave_idle_ms"),
            max_ms=self.config.get("autosave_max_ms"),
            parent=self,
        )
        self.autosaver.stateChanged.connect(self._show_save_state)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_save_failed)
        hub.changed.connect(self._store_changed)
        recovered = repo.claim_crashed_sessions()
        self.session_id = repo.begin_session()
        self._set_editing_enabled(True)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Store: {path}").format(path=repo.path), 5000
        )
        self._update_title()
        self.first_screen.finish(recovered)  # the article shown, a crashed draft, or the last one
        self.refresh_counts(first=True)
        self.storeReady.emit()

    def _reopen_recovered(self, article_ids: list[int]) -> None:
        self.library.select(article_ids[0], emit=False)
        self.open_article(article_ids[0])
        titles = []
        for article_id in article_ids:
            try:
                titles.append(
                    self.repo.get(article_id).title
                    or QCoreApplication.translate("MainWindow", "(untitled)")
                )
            except Exception:  # noqa: BLE001 - deleted since: nothing to reopen
                continue
        self.editor.banner.show_message(
            QCoreApplication.translate(
                "MainWindow",
                "LNV Editor was not closed properly last time. The draft “{title}” was "
                "recovered from its last autosave (at most the last second of typing may be "
                "missing).",
            ).format(title="”, “".join(titles)),
            QCoreApplication.translate("MainWindow", "Revision history…"),
        )

    def close_store(self) -> None:
        if self.repo is None:
            return
        self._flush_and_wait()
        if self.session_id is not None:
            self.repo.end_session(self.session_id)
            self.session_id = None
        if self.autosaver is not None:
            self.autosaver.shutdown()
            self.autosaver.deleteLater()
            self.autosaver = None
        self.editor.load(None)
        if self.photo_panel is not None:
            self.photo_panel.set_article(None)
            self.places_panel.set_article(None)
            self.review_panel.set_article(None)
        self.library.setEnabled(False)
        hub, self.hub, self.repo = self.hub, None, None
        try:
            hub.changed.disconnect(self._store_changed)
        except (RuntimeError, TypeError):
            pass
        hub.detach()

    def choose_store(self) -> None:
        path, _ = file_dialogs.get_save_file_name(
            self,
            QCoreApplication.translate("MainWindow", "Open or create a store"),
            str(self.repo.path if self.repo else ""),
            QCoreApplication.translate("MainWindow", "LNV stores (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.open_store(Path(path))
