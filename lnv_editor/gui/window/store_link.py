"""The main window's link to its store: opening it off the GUI thread, handing it to the
panels, following its change records, closing it.

A component the window owns (``window.store_link``): it holds the store, its hub, the
autosaver and the session, which the window exposes read-only (``window.repo`` …), and reaches
the window only through its public methods. Its strings are in the "MainWindow" translation
context, where they were when this was part of the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from lnv_editor import paths
from lnv_editor.gui.common import file_dialogs
from lnv_editor.gui.common.workers import Runner


def _open_repository(path: Path, tone_style: str | None, create: bool):
    """On the store runner's thread: import the store layer and open the file."""
    from lnv_editor.store.repository import Repository

    return Repository.open(path, create=create, tone_style=tone_style)


class StoreLink(QObject):
    """Store handling of the main window (see the module docstring)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.repo = None
        self.hub = None
        self.autosaver = None
        self.session_id: int | None = None
        self.save_journal = None  # what this session reported saved (store/save_journal.py)
        self._recovery_checks: dict = {}
        self._dead_journals: list = []
        self._store_runner = None  # opens stores off the GUI thread
        self._counts_runner = None  # reads the library's counts
        self._opening = None  # the Future of the store being opened
        self._opening_note = ""  # what to say once it is open
        self._taken = None  # the store taken by finish_opening: its delivery comes too late

    def is_opening(self) -> bool:
        """A store is being opened on the worker thread."""
        return self._opening is not None

    # ----- the store's change records --------------------------------------------------------
    def _store_changed(self, change) -> None:
        """Refresh what *change* touched: library rows, the open article's panels and, when
        someone else rewrote the open article while this window has nothing unsaved, its text."""
        from lnv_editor.store.changes import Part

        w = self.window
        if w.model is None or change.index_only:
            return  # the search index caught up with text already shown: nothing to redraw
        if change.lists_changed or len(change.article_ids) > 200:
            w.reload_library()
        else:
            for article_id in change.article_ids:
                w.model.invalidate(article_id)
        if change.lists_changed or change.parts & {Part.STATUS, Part.REVIEW}:
            self.refresh_counts()
        open_id = w.editor.article.id if w.editor.article is not None else None
        if open_id is None:
            return
        if Part.DELETED in change.parts and open_id in change.article_ids:
            w.trash.close_if_trashed(change.article_ids)  # saved first, then closed
            return
        w.places_panel.note_change(change)  # suggested stories follow the store
        if change.touches(open_id, Part.PHOTOS) and change.origin is not w.photo_panel:
            w.photo_panel.refresh()
        linked = change.touches(open_id, Part.PROVINCES, Part.RELATED)
        if (
            linked or change.parts & {Part.DELETED, Part.CREATED}
        ) and change.origin is not w.places_panel:
            w.places_panel.refresh()  # a linked story may be gone or back
        if change.origin is self.autosaver:
            return
        if change.touches(open_id, Part.FIELDS):
            self._open_article_rewritten(open_id)
        elif change.touches(open_id, Part.STATUS, Part.REVIEW):
            w.editor.show_status(self.repo.get(open_id).status.value)

    def refresh_counts(self, *, first: bool = False) -> None:
        """The library's count per status and of what was sent back to me, read off the GUI
        thread. *first* (a store just opened): a reporter with work sent back sees it first."""
        w, repo = self.window, self.repo
        if repo is None:
            return
        person = w.config.get("person_name").strip()
        w.library.person = person
        if self._counts_runner is None:
            self._counts_runner = Runner(self, name="lnv-counts")

        def read():
            return repo.review.status_counts(), len(repo.review.returned_to(person))

        def show(result) -> None:
            counts, mine = result
            w.library.show_counts(counts, mine)
            if first and mine and w.config.get("person_role") == "reporter":
                w.library.show_returned_to_me()
                message = QCoreApplication.translate(
                    "MainWindow", "Sent back to you: {count}. They are listed first."
                ).format(count=mine)
                w.statusBar().showMessage(message, 10000)

        self._counts_runner.submit(read, on_done=show, on_error=lambda _e: None)

    def _open_article_rewritten(self, article_id: int) -> None:
        # With unsaved text here, leave it: the next save keeps the other text as a revision
        # and says so. With nothing unsaved, show what the store has now.
        w = self.window
        if self.autosaver is None or self.autosaver.is_dirty() or self.autosaver.state == "saving":
            return
        try:
            article = self.repo.get(article_id)
        except Exception:  # noqa: BLE001 - deleted meanwhile: the next change says so
            return
        if article.version == self.autosaver.version:
            return
        w.editor.load(article)
        self.autosaver.attach(article.id, article.version, w.editor.fields())
        w.update_title()
        w.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "This article was changed elsewhere; showing the new version."
            ),
            8000,
        )

    # ----- the store -----------------------------------------------------------------------
    def open_store(self, path: Path, *, create: bool = True, note: str = "") -> None:
        """Open *path* on a worker thread; the window's ``storeReady`` fires when the library
        is shown.

        The store open now stays open, and usable, until the other one is ready; if that one
        cannot be opened, this one is still there. *create*: make a new store if there is no
        file; *note*: what the status bar says once it is open."""
        w = self.window
        path = Path(path)
        if self._opening is not None:
            return  # one store at a time: the one being opened is shown in a moment
        if self.repo is not None and self.repo.path is not None and _same(self.repo.path, path):
            w.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "{name} is the store open now.").format(
                    name=path.name
                ),
                5000,
            )
            return
        if not w.first_screen.showing():  # else the first screen shows it already
            from lnv_editor.store.quick import upgrade_pending

            if upgrade_pending(path):
                text = QCoreApplication.translate(
                    "MainWindow",
                    "Upgrading the store {name} for this version of LNV Editor… "
                    "A large archive takes a few minutes.",
                )
            else:
                text = QCoreApplication.translate("MainWindow", "Opening the store {name}…")
            w.statusBar().showMessage(text.format(name=path.name))
        self._opening_note = note
        other = self._other_link_on(path)
        if other is not None:  # one set of connections per store in this process
            article = other.window.editor.article
            w.first_screen.note_article(article.id if article is not None else None)
            self._store_opened(other.repo, other.hub)
            return
        w.first_screen.note_last(path)  # then show the article open last time
        if self._store_runner is None:
            self._store_runner = Runner(self, name="lnv-open")  # gui/common/workers.py
        self._opening = self._store_runner.submit(
            _open_repository,
            path,
            w.config.get("tone_style"),
            create,
            on_done=self._store_opened,
            on_error=self._store_failed,
        )

    def finish_opening(self, *, take: bool = False) -> None:
        """The store being opened, if any, is open (or failed) before this returns. With
        *take* (the window is closing), a store that opened is taken at once rather than when
        its outcome is delivered (then ignored): what was typed on the first screen is saved
        to it, and its session ended, as on any close."""
        opening, self._opening = self._opening, None
        if opening is None:
            return
        error = opening.exception()  # waits; the outcome is still delivered to the window
        if take and error is None:
            self.window.first_screen.drop_queued()  # no dialog or new article as it closes
            self._taken = opening.result()
            self._store_opened(self._taken, taken=True)

    def _other_link_on(self, path: Path) -> StoreLink | None:
        """Another window's link of this app with the store *path* open, else None."""
        for widget in QApplication.topLevelWidgets():
            link = getattr(widget, "store_link", None)
            if widget is self.window or not isinstance(link, StoreLink) or link.hub is None:
                continue
            if link.repo.path is not None and _same(link.repo.path, path):
                return link
        return None

    def _store_opened(self, repo, hub=None, *, taken: bool = False) -> None:
        """*repo* is open (with *hub* when another window shares it): show it, once what is
        typed in the store open now is saved there."""
        if repo is self._taken and not taken:
            return  # taken by finish_opening as the window closed, and closed since
        self.finish_opening()
        from lnv_editor.gui.common.hub import StoreHub

        w = self.window
        w.flush_pending()
        if self.autosaver is not None and self.autosaver.is_dirty():
            # The save failed (the banner says why): never drop the text to switch stores.
            if hub is None:
                repo.close()
            self._opening_note = ""
            w.first_screen.note_article(None)
            w.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "{name} was not opened: the article here could not be saved. Your text is "
                    "still here; press Ctrl+S to try again.",
                ).format(name=repo.path.name if repo.path else "")
            )
            return
        self.set_repository(repo, hub if hub is not None else StoreHub(repo))
        note, self._opening_note = self._opening_note, ""
        if note:
            w.statusBar().showMessage(note, 10000)

    def _store_failed(self, error: BaseException) -> None:
        self.finish_opening()
        from lnv_editor.gui.common.errors import describe_error

        w = self.window
        self._opening_note = ""
        if self.repo is not None:  # another store was asked for: this one is still open
            message = QCoreApplication.translate(
                "MainWindow", "Still working in the store {name}."
            ).format(name=self.repo.path.name if self.repo.path else "")
        else:
            message = QCoreApplication.translate("MainWindow", "No store is open.")
        w.statusBar().showMessage(message)
        w.first_screen.abandon()
        QMessageBox.critical(
            w,
            QCoreApplication.translate("MainWindow", "Cannot open the store"),
            describe_error(error),
        )

    def set_repository(self, repo, hub) -> None:
        from lnv_editor.gui.editor.autosave import Autosaver
        from lnv_editor.gui.library.model import LibraryModel

        w = self.window
        self.close_store()
        self.repo, self.hub = repo, hub
        w.ensure_panels()
        w.photo_panel.set_repository(repo)
        w.places_panel.set_repository(repo)
        from lnv_editor.gui.review.wiring import attach_store

        attach_store(w.review_panel, repo, hub)
        from lnv_editor.gui.spelling.wiring import attach_store as attach_spelling

        attach_spelling(w.spelling, w, repo, hub)
        hub.attach()
        handed_over = w.first_screen.hand_over_model(repo)
        if not handed_over:
            old_model = w.model
            w.set_library_model(LibraryModel(repo, w))
            w.model.reload()
            w.library.set_model(w.model)
            w.library.clear_filters()  # another store's search or filter would hide rows
            w.library.restore_header_state(w.window_state().value("main/libraryHeader"))
            if old_model is not None:
                old_model.deleteLater()  # it read the store closed above
        w.first_screen.mark("library")
        self.autosaver = Autosaver(
            repo,
            w.editor.fields,
            idle_ms=w.config.get("autosave_idle_ms"),
            max_ms=w.config.get("autosave_max_ms"),
            parent=w,
        )
        w.editor.body_edit.painted.connect(self.autosaver.key_drawn)
        w.watch_autosaver(self.autosaver)
        hub.changed.connect(self._store_changed)
        from lnv_editor.gui.window.recovery import check_marks
        from lnv_editor.store.save_journal import SaveJournal
        from lnv_editor.store.sessions import pid_alive

        journals = paths.data_dir() / "saves"
        marks, self._dead_journals = SaveJournal.left_by_dead(repo.path, journals, pid_alive)
        self._recovery_checks = check_marks(repo, marks)
        recovered = repo.claim_crashed_sessions()
        self.session_id = repo.begin_session()
        self.save_journal = SaveJournal(repo.path, journals, self.session_id)
        self.autosaver.journal = self.save_journal
        w.set_editing_enabled(True)
        if not handed_over:  # the first screen showed this store already: nothing to say
            w.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Store: {path}").format(path=repo.path),
                5000,
            )
        w.update_title()
        w.first_screen.finish(recovered)  # the article shown, a crashed draft, or the last one
        self.refresh_counts(first=True)
        w.storeReady.emit()

    def reopen_recovered(self, article_ids: list[int]) -> None:
        w = self.window
        w.library.select(article_ids[0], emit=False)
        w.open_article(article_ids[0])
        from lnv_editor.gui.window.recovery import recovery_notice

        notices = []
        for article_id in article_ids:
            try:
                title = self.repo.get(article_id).title
            except Exception:  # noqa: BLE001 - deleted since: nothing to reopen
                continue
            title = title or QCoreApplication.translate("MainWindow", "(untitled)")
            notices.append(recovery_notice(title, self._recovery_checks.get(article_id)))
        if not notices:
            return
        lost = [text for text, warns in notices if warns]
        w.editor.banner.show_message(
            " ".join(lost or [text for text, _warns in notices]),
            QCoreApplication.translate("MainWindow", "Revision history…"),
        )
        for path in self._dead_journals:  # told once: the next crash has its own record
            path.unlink(missing_ok=True)
        self._dead_journals = []

    def close_store(self) -> None:
        """Save what is typed, end the session, let every panel go of the store (the window's
        ``storeClosing``), then close it (its hub, unless another window shares it)."""
        if self.repo is None:
            return
        w = self.window
        w.flush_pending()
        if self.session_id is not None:
            self.repo.end_session(self.session_id)
            self.session_id = None
        if self.save_journal is not None:
            self.save_journal.close()
            self.save_journal = None
        if self.autosaver is not None:
            self.autosaver.shutdown()
            self.autosaver.deleteLater()
            self.autosaver = None
        w.editor.load(None)
        if w.places_panel is not None:
            w.photo_panel.set_repository(None)
            w.places_panel.set_repository(None)
        w.storeClosing.emit()  # the review panel and the preview stop following the hub
        runner, self._counts_runner = self._counts_runner, None
        if runner is not None:
            runner.shutdown(wait=True)  # no count left to read from the store about to close
            runner.deleteLater()
        w.set_editing_enabled(False)
        w.library.setEnabled(False)
        hub, self.hub, self.repo = self.hub, None, None
        try:
            hub.changed.disconnect(self._store_changed)
        except (RuntimeError, TypeError):
            pass
        hub.detach()

    def _store_folder(self) -> str:
        return str(self.repo.path.parent) if self.repo is not None and self.repo.path else ""

    def choose_store(self) -> None:
        """File → Open store…: an existing store file."""
        path, _ = file_dialogs.get_open_file_name(
            self.window,
            QCoreApplication.translate("MainWindow", "Open a store"),
            self._store_folder(),
            QCoreApplication.translate("MainWindow", "LNV stores (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_store(Path(path), create=False)

    def create_store(self) -> None:
        """File → New store…: a new, empty store in a file that does not exist yet. A file
        that is there already is never replaced: a store is opened as it is, anything else is
        refused (the store layer says why) and the store open now stays open."""
        path, _ = file_dialogs.get_save_file_name(
            self.window,
            QCoreApplication.translate("MainWindow", "New store"),
            self._store_folder(),
            QCoreApplication.translate("MainWindow", "LNV stores (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(".sqlite")
        if path.is_file() and path.stat().st_size > 0:
            note = QCoreApplication.translate(
                "MainWindow",
                "{name} was already a store: it is open as it was, nothing was replaced.",
            ).format(name=path.name)
            self.open_store(path, create=False, note=note)
        else:
            self.open_store(path, create=True)


def _same(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
