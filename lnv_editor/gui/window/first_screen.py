"""The main window's first screen: the library and the last open article, shown before the
store layer has loaded, then handed over to it without losing what was typed meanwhile.

SQLAlchemy and SQLModel take most of a cold start to import. ``store.quick`` reads what the
first screen needs with plain read-only ``sqlite3`` (after the store's refusal checks), so the
window is usable at once; the repository takes the library model over (``LibraryModel.adopt``)
and the autosaver the article, with the version that was shown as its base: a save made
elsewhere in between is kept as a revision, as for any save.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lnv_editor.core.article import ArticleData


class FirstScreen:
    def __init__(self, window) -> None:
        # The window that owns this component (gui/window/main_window.py), through its door:
        # its public methods and the widgets it exposes.
        self.window = window
        self.quick_model = False  # the library model reads through store.quick for now
        self.article: ArticleData | None = None  # the article shown from store.quick
        self.fields: dict[str, str] | None = None  # its fields as shown
        self.pending_open: int | None = None  # a library click before the store was ready
        self.open_first = False  # open the last open article once the store is ready
        self.last_id: int | None = None  # that article, read before the store was opened
        self.path: Path | None = None  # the store the first screen shows
        self._queued: list[Callable[[], None]] = []  # actions clicked before the store was ready

    def mark(self, step: str) -> None:
        """When each start-up step happened (perf_counter), for benchmarks/bench_startup.py."""
        self.window.marks.setdefault(step, time.perf_counter())

    def show(self, path: Path) -> bool:
        """Fill the library and show the last open article; False if the store must be fully
        opened first (new, to upgrade, or to refuse: the full open explains why)."""
        from lnv_editor.gui.library.model import LibraryModel
        from lnv_editor.store.quick import open_quick

        w = self.window
        self.open_first = True
        if w.repo is not None or w.model is not None:
            return False
        reader = open_quick(path)
        if reader is None:
            return False
        w.set_library_model(LibraryModel(reader, w))
        w.model.reload()
        w.library.set_model(w.model, provinces=False)
        w.library.restore_header_state(w.window_state().value("main/libraryHeader"))
        self.quick_model, self.path = True, path
        self.mark("library")
        # Everything as it will be once the store is ready, so nothing changes when it is:
        # the actions enabled (a click is queued until then: when_ready), no "opening" note.
        w.set_editing_enabled(True)
        w.statusBar().clearMessage()
        # The desk's own words, so that none is underlined until the store has loaded.
        w.spelling.use_words(reader.dictionary_words(), w.config.get("tone_style"))
        photos = w.ensure_photo_panel()  # the dock in front: its photos, in this frame
        article = reader.first_article()
        if article is not None:
            w.library.select(article.id, emit=False)
            w.editor.load(article)
            # A status picked now is checked (photos, readiness) once the store is ready.
            self.article, self.fields = article, w.editor.fields()
            w.show_save_state("clean")
            from lnv_editor.media.store import PhotoStore

            photos.show_quick(article.id, reader.photos(article.id), PhotoStore.beside(path))
            self.mark("article")
        w.refresh_status()
        return True

    def showing(self) -> bool:
        """The first screen is up and the store not ready yet."""
        return self.quick_model

    def when_ready(self, run: Callable[[], None]) -> None:
        """Run *run* now if the store is ready, else once it is (an action clicked on the first
        screen); nothing if neither (no store: its actions are disabled)."""
        if self.window.repo is not None:
            run()
        elif self.quick_model:
            self._queued.append(run)

    def drop_queued(self) -> None:
        """The window is closing: the actions clicked on the first screen are not run (what
        was typed is saved by the close itself)."""
        self._queued = []

    def note_last(self, path: Path) -> None:
        """Before the store layer opens *path* (no first screen shown): which article to open
        once it has. Read now, as store.quick's reads are only made before the engine opens
        (a quick read beside the open engine was seen to leave its external-change polling
        blind to another process's later writes)."""
        from lnv_editor.store.quick import open_quick

        self.open_first = True
        if self.quick_model:
            return  # the first screen shows it already
        reader = open_quick(path)
        article = reader.first_article() if reader is not None else None
        self.last_id = article.id if article is not None else None

    def note_article(self, article_id: int | None) -> None:
        """The article to open once the store is ready (None: none), read some other way."""
        self.open_first = article_id is not None
        self.last_id = article_id

    def hand_over_model(self, repo) -> bool:
        """The repository takes over the first screen's library model; False if there is none."""
        if not self.quick_model:
            return False
        self.quick_model = False
        self.window.model.adopt(repo)
        self.window.library.fill_province_filter()
        return True

    def queue_open(self, article_id: int) -> None:
        """A library click before the store is ready: opened once it is (no autosave yet)."""
        if self.quick_model:
            self.pending_open = article_id

    def finish(self, recovered: list[int]) -> None:
        """The store is ready (repository, autosaver, session): adopt the article shown, then
        reopen a crashed session's draft, or the article clicked meanwhile, or (no first
        screen) the one open last time."""
        w = self.window
        shown, self.article = self.article, None
        if shown is not None and w.editor.article is shown:
            self._adopt(shown)
        pending, self.pending_open = self.pending_open, None
        if recovered:
            w.reopen_recovered(recovered)
        elif pending is not None:
            w.open_article(pending)
        elif self.open_first and w.editor.article is None:
            self._open_last()
        self.open_first = False
        queued, self._queued = self._queued, []
        for run in queued:  # in the order they were clicked, on the article they were for
            run()

    def abandon(self) -> None:
        """The store failed to open after the first screen was shown: nothing can be saved."""
        w = self.window
        if not self.quick_model:
            return
        self.quick_model, self.article, self._queued = False, None, []
        w.set_editing_enabled(False)
        w.library.setEnabled(False)
        if w.photo_panel is not None:
            w.photo_panel.set_repository(None)  # no store: no photos to show
        if w.editor.article is not None and w.editor.fields() != self.fields:
            w.editor.setEnabled(False)  # keep what was typed on screen, to copy
        else:
            w.editor.load(None)
        w.set_library_model(None)

    def _adopt(self, shown: ArticleData) -> None:
        from lnv_editor.gui.common.errors import describe_error

        w = self.window
        fields, self.fields = self.fields, None
        try:
            current = w.repo.get(shown.id)
        except Exception as exc:  # noqa: BLE001 - deleted between the two reads
            w.statusBar().showMessage(describe_error(exc), 8000)
            w.editor.load(None)
            return
        typed = w.editor.fields() != fields
        if not typed and current.version != shown.version:
            w.editor.load(current)  # saved elsewhere meanwhile: show that text
            shown, fields = current, w.editor.fields()
        w.follow_article(shown.id, shown.version, fields)
        w.editor.recheck_status()  # a status picked on the first screen, checked now
        if typed:
            w.autosaver.flush()  # typed before the store was ready: save it now
        self.mark("article")

    def _open_last(self) -> None:
        """No first screen (e.g. another store chosen): the article open last
        time, else the most recently edited one, as the first screen would show."""
        w = self.window
        last, self.last_id = self.last_id, None
        if last is not None and w.model.row_of(last) >= 0:
            w.library.select(last, emit=False)
            w.open_article(last)
            self.mark("article")
