"""The main window: library on the left, the article on the right.

It paints before the store is loaded (SQLAlchemy costs most of the start-up time): the first
screen (library and the last open article, gui/window/first_screen.py) comes from a plain
read-only ``sqlite3`` read, and the store opens on a worker thread right after.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSplitter

from lnv_editor.config import Config, new_article_defaults
from lnv_editor.core.word_count import ParagraphCounter
from lnv_editor.gui.editor.article_editor import ArticleEditor
from lnv_editor.gui.library.panel import LibraryPanel
from lnv_editor.gui.library.trash import TrashController
from lnv_editor.gui.window.actions import make_actions
from lnv_editor.gui.window.desktop import install as install_desktop_habits
from lnv_editor.gui.window.docks import Docks
from lnv_editor.gui.window.first_screen import FirstScreen
from lnv_editor.gui.window.menus import build_menus
from lnv_editor.gui.window.panels import build_side_panels
from lnv_editor.gui.window.save_notice import SaveNotice
from lnv_editor.gui.window.store_link import StoreLink
from lnv_editor.paths import config_dir


class MainWindow(QMainWindow):
    storeReady = Signal()
    storeClosing = Signal()  # the store is about to close: let go of it and its hub

    def __init__(self, config: Config | None = None, hub=None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.config = config or Config()
        self.model = None  # the library's model (first_screen.py, then store_link.py)
        # The store, its hub, the autosaver and the session (read through the properties below).
        self.store_link = StoreLink(self)
        self.marks: dict[str, float] = {}  # perf_counter() of each start-up step (benchmarks)
        self.first_screen = FirstScreen(self)
        self.actions = make_actions(self)
        self.library = LibraryPanel(self)
        self.editor = ArticleEditor(self)
        splitter = QSplitter(self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.library)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 620])  # the library needs room for whole titles
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.menus = build_menus(self, self.actions)
        self.view_menu, self.toolbar = self.menus.view, self.menus.toolbar
        # The docks at their places from the first frame; their panels come later (docks.py).
        self.docks = Docks(self, self.view_menu)
        self.photo_dock = self.docks.dock("photoDock")
        self.places_dock = self.docks.dock("placesDock")
        self.review_dock = self.docks.dock("reviewDock")
        self.stats_label = QLabel(self)
        self.stats_label.setObjectName("statsLabel")
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveLabel")
        self.save_label.setContentsMargins(0, 0, 12, 0)  # clear of the size grip
        self.statusBar().addPermanentWidget(self.stats_label)
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().showMessage(self.tr("Opening the store…"))
        self._word_count = ParagraphCounter()  # recounts only the paragraphs typed in
        self._stats_timer = QTimer(self, singleShot=True, interval=250)
        self._stats_timer.timeout.connect(self._update_stats)
        self._connect()
        self._setup_article_undo()
        self.trash = TrashController(self)  # trash actions, library context menu and undo
        self.save_notice = SaveNotice(self)  # Ctrl+S says which version it kept
        self.set_editing_enabled(False)
        self.resize(1280, 800)
        self._restore_window_state()
        self.update_title()
        # The docks import Pillow, Markdown and the province data: they are built after the
        # window has painted (app.start_main_window), or when a store arrives first.
        self.photo_panel = self.places_panel = self.review_panel = None
        from lnv_editor.gui.preview import install_preview

        self.preview = install_preview(self)  # View > Preview (Ctrl+Shift+P), built when shown
        habits = install_desktop_habits(self)  # Help menu, recent stores, palette-following icons
        self.recent_menu, self.help_menu = habits.recent_menu, habits.help_menu
        self.palette_watcher = habits.palette_watcher
        from lnv_editor.gui.bundles import install_bundle_actions

        self.bundle_actions = install_bundle_actions(self)  # File > Publish…, Import…
        from lnv_editor.gui.spelling.wiring import install_spelling

        self.spelling = install_spelling(self)  # red underline and menu in the text fields
        from lnv_editor.gui.sync import install_sync

        self.sync = install_sync(self)  # File > Newsroom server…, background sync, its status
        if hub is not None:
            QTimer.singleShot(0, lambda: self.set_repository(hub.repo, hub))

    def ensure_panels(self) -> None:
        """The photo, places and review panels, in their docks (panels.py)."""
        if self.places_panel is None:
            panels = build_side_panels(self, self.photo_panel)
            self.photo_panel, self.places_panel = panels.photos, panels.places
            self.review_panel = panels.review

    def ensure_photo_panel(self):
        """The photo panel, in its dock, before the others (the first screen shows it)."""
        if self.photo_panel is None:
            from lnv_editor.gui.window.panels import build_photo_panel

            self.photo_panel = build_photo_panel(self)
        return self.photo_panel

    # ----- the store (store_link.py) ---------------------------------------------------------
    @property
    def repo(self):
        return self.store_link.repo

    @property
    def hub(self):
        return self.store_link.hub

    @property
    def autosaver(self):
        return self.store_link.autosaver

    @property
    def session_id(self) -> int | None:
        return self.store_link.session_id

    @property
    def save_journal(self):
        return self.store_link.save_journal

    def show_first_screen(self, path: Path) -> bool:
        """The library and the last open article before the store layer has loaded."""
        return self.first_screen.show(path)

    def open_store(self, path: Path, *, create: bool = True, note: str = "") -> None:
        """Open *path* off the GUI thread; ``storeReady`` fires when it is shown."""
        self.store_link.open_store(path, create=create, note=note)

    def set_repository(self, repo, hub) -> None:
        self.store_link.set_repository(repo, hub)

    def close_store(self) -> None:
        self.store_link.close_store()

    def choose_store(self) -> None:
        self.store_link.choose_store()

    def create_store(self) -> None:
        self.store_link.create_store()

    def refresh_counts(self, *, first: bool = False) -> None:
        self.store_link.refresh_counts(first=first)

    def reopen_recovered(self, article_ids: list[int]) -> None:
        self.store_link.reopen_recovered(article_ids)

    def set_library_model(self, model) -> None:
        """The library's model, from the first screen's quick reader or the repository."""
        self.model = model

    def add_actions(self, menu: QMenu, actions, *, before: QAction | None = None) -> None:
        """A feature's entries in one of the window's menus (``self.menus``), before *before*
        or at the end."""
        for action in actions:
            menu.insertAction(before, action) if before is not None else menu.addAction(action)

    def watch_autosaver(self, autosaver) -> None:
        """The status bar and the banner follow the store's autosaver."""
        autosaver.stateChanged.connect(self.show_save_state)
        autosaver.saved.connect(self._on_saved)
        autosaver.failed.connect(self._on_save_failed)

    def _connect(self) -> None:
        a, body = self.actions, self.editor.body_edit
        ready = self.first_screen.when_ready  # clicked on the first screen: run once it is
        a["new"].triggered.connect(lambda: ready(self.new_article))
        a["new_window"].triggered.connect(lambda: ready(self.new_window))
        a["open_store"].triggered.connect(self.choose_store)
        a["new_store"].triggered.connect(self.create_store)
        a["save"].triggered.connect(lambda: ready(self.save_now))
        a["history"].triggered.connect(lambda: ready(self.show_history))
        a["preferences"].triggered.connect(self.show_preferences)
        a["quit"].triggered.connect(self.close)
        a["undo"].triggered.connect(lambda: self._to_focused("undo"))
        a["redo"].triggered.connect(lambda: self._to_focused("redo"))
        a["find"].triggered.connect(lambda: self.editor.find_bar.open_bar())
        a["find_next"].triggered.connect(lambda: self.editor.find_bar.find_next())
        a["bold"].triggered.connect(lambda: body.wrap_selection("**"))
        a["italic"].triggered.connect(lambda: body.wrap_selection("*"))
        a["heading"].triggered.connect(lambda: body.toggle_line_prefix("## "))
        a["quote"].triggered.connect(lambda: body.toggle_line_prefix("> "))
        a["bullets"].triggered.connect(lambda: body.toggle_line_prefix("- "))
        a["link"].triggered.connect(lambda: body.insert_link())
        a["comment"].triggered.connect(lambda: ready(self.add_comment))
        a["compare"].triggered.connect(lambda: ready(self.compare_versions))
        self.editor.edited.connect(self._on_edited)
        self.editor.status_guard = self._status_refusal
        self.editor.banner.actionTriggered.connect(self.show_history)
        self.library.articleActivated.connect(self.open_article)
        QGuiApplication.instance().applicationStateChanged.connect(self._app_state_changed)

    def _setup_article_undo(self) -> None:
        """Article-level undo (a revision restore): one step for every field at once."""
        from PySide6.QtGui import QUndoStack

        from lnv_editor.gui.editor.restore import ArticleUndoRouter

        e = self.editor
        self.article_undo = QUndoStack(self)
        fields = (e.title_edit, e.lead_edit, e.byline_edit, e.section_combo.lineEdit(), e.body_edit)
        self.undo_router = ArticleUndoRouter(self.article_undo, fields, self)

    def apply_icons(self) -> None:
        from lnv_editor.gui.common.icons import apply_icons

        apply_icons(self.actions)

    def add_status_widget(self, widget) -> None:
        """A feature's permanent part of the status bar, left of the word count."""
        self.statusBar().insertPermanentWidget(0, widget)

    def add_dock(self, widget, title: str, name: str):
        """A feature's panel in its dock: the one reserved from the first frame (docks.py)."""
        return self.docks.fill(widget, title, name)

    # ----- articles ------------------------------------------------------------------------
    def open_article(self, article_id: int) -> None:
        if self.repo is None:
            self.first_screen.queue_open(article_id)
            return
        if self.editor.article is not None and self.editor.article.id == article_id:
            return
        self.flush_pending()
        from lnv_editor.gui.common.errors import describe_error

        try:
            article = self.repo.get(article_id)
        except Exception as exc:  # noqa: BLE001 - deleted meanwhile
            self.statusBar().showMessage(describe_error(exc), 8000)
            self.reload_library()
            return
        self.editor.load(article)
        self.follow_article(article.id, article.version, self.editor.fields())

    def follow_article(self, article_id: int, version: int, fields: dict[str, str]) -> None:
        """The panels, the autosaver (from *version*, whose text was *fields*) and the session
        follow the article in the editor (also the first screen's, once the store is ready)."""
        self.article_undo.clear()
        self.photo_panel.set_article(article_id)
        self.places_panel.set_article(article_id)
        self.review_panel.set_article(article_id)
        self.autosaver.attach(article_id, version, fields)
        self.repo.set_session_article(self.session_id, article_id)
        self.show_save_state(self.autosaver.state)
        self._update_stats()
        self.update_title()

    def new_article(self) -> None:
        if self.repo is None:
            return
        self.flush_pending()
        article = self.repo.create(title="", **new_article_defaults(self.config))
        self.library.clear_filters()
        self.reload_library()  # now, not when the change record arrives: select it at once
        self.library.select(article.id, emit=False)
        self.open_article(article.id)
        self.editor.focus_title()

    def new_window(self) -> None:
        window = MainWindow(self.config, hub=self.hub)
        window.show()
        window.apply_icons()

    def _status_refusal(self, status: str) -> str | None:
        """Why the open article may not take *status* now: the workflow's answer
        (store/review.py), readiness checked on the text in the form."""
        from lnv_editor.i18n import localize

        if self.repo is None or self.editor.article is None:
            return None
        error = self.repo.review.status_refusal(
            self.editor.article.id, status, fields=self.editor.fields()
        )
        return localize(error) if error is not None else None

    def save_now(self) -> None:
        if self.autosaver is not None:
            self.autosaver.flush("save")

    def flush_pending(self) -> None:
        if self.autosaver is not None and self.autosaver.article_id is not None:
            self.autosaver.flush("autosave", wait=True)

    def _on_edited(self) -> None:
        if self.autosaver is not None:
            self.autosaver.on_edited()
        elif self.first_screen.showing():  # typed into the first screen: saved once ready
            self.show_save_state("dirty")
        self._stats_timer.start()
        self.update_title()

    def _on_saved(self, result) -> None:
        self.editor.status_saved()  # review hook: the picked status is stored
        if result.conflict_revision is not None:
            self.editor.banner.show_message(
                self.tr(
                    "This article was changed in another window or by another program "
                    "(version {version}). Your text has been saved; the other text is kept in "
                    "the revision history."
                ).format(version=result.conflict_version),
                self.tr("Revision history…"),
            )

    def _on_save_failed(self, error) -> None:
        from lnv_editor.gui.common.errors import describe_error

        self.editor.banner.show_message(
            self.tr(
                "Could not save: {reason}. Your text is still here; LNV Editor will try "
                "again on the next edit, or press Ctrl+S."
            ).format(reason=describe_error(error))
        )

    def reload_library(self) -> None:
        if self.model is not None:
            current = self.library.current_id()
            self.model.reload()
            if current is not None:
                self.library.select(current, emit=False)

    def show_history(self) -> None:
        if self.repo is None or self.editor.article is None:
            return
        from lnv_editor.gui.dialogs.history import HistoryDialog

        self.flush_pending()
        article_id = self.editor.article.id
        revision, accepted = HistoryDialog.getData(
            self.repo.revisions(article_id), self, current_version=self.autosaver.version
        )
        if not accepted:
            return
        from lnv_editor.gui.editor.restore import RestoreRevisionCommand

        try:
            self.article_undo.push(RestoreRevisionCommand(self, article_id, revision))
        except Exception as exc:  # noqa: BLE001 - nothing was written (one transaction)
            from lnv_editor.gui.common.errors import describe_error

            self.editor.banner.show_message(describe_error(exc))
            return
        self.statusBar().showMessage(
            self.tr(
                "Restored version {version}. The text it replaced is kept in the history; "
                "Ctrl+Z takes the restore back."
            ).format(version=revision.article_version),
            8000,
        )

    def add_comment(self) -> None:
        from lnv_editor.gui.review.wiring import comment_on_selection

        if not comment_on_selection(self):
            self.statusBar().showMessage(self.tr("Select the text to comment on first."), 5000)

    def compare_versions(self) -> None:
        from lnv_editor.gui.review.wiring import open_compare

        open_compare(self)

    def refresh_status(self) -> None:
        """The word count and the window title follow the article in the editor (none: no
        count), e.g. after it was closed because it went to the trash."""
        self._update_stats()
        self.update_title()

    def refresh_after_restore(self) -> None:
        """The form was reloaded from the store by a restore or its undo."""
        self.editor.banner.hide()
        self._update_stats()
        self.update_title()

    def show_preferences(self) -> None:
        from lnv_editor.gui.dialogs.preferences import PreferencesDialog

        data, accepted = PreferencesDialog.getData(self.config, self)
        if accepted:
            for key, value in data.items():
                self.config.set(key, value)
            self.config.save()
            self.review_panel.refresh()  # a new name or role
            self.refresh_counts()  # "returned to me" follows the name

    # ----- status and title ------------------------------------------------------------------
    def _update_stats(self) -> None:
        if self.editor.article is None:
            self.stats_label.clear()  # nothing open: no count of the article that was
            return
        # The body's words, as the readiness check counts them (core/stats.body_words), counted
        # paragraph by paragraph (core/word_count.py). Run once typing pauses (_stats_timer).
        s = self._word_count.count("", "", self.editor.body_edit.plain_text())
        self.stats_label.setText(
            self.tr("Body: %Ln word(s)", "", s.words)
            + " · "
            + self.tr("%Ln min read", "", s.reading_minutes)
        )

    def show_save_state(self, state: str) -> None:
        texts = {
            "clean": self.tr("All changes saved"),
            "dirty": self.tr("Unsaved changes…"),
            "saving": self.tr("Saving…"),
            "error": self.tr("Not saved!"),
        }
        self.save_label.setText(texts.get(state, state))

    def update_title(self) -> None:
        parts = []
        if self.editor.article is not None:
            parts.append(self.editor.title_edit.text() or self.tr("(untitled)"))
        if self.repo is not None and self.repo.path is not None:
            parts.append(self.repo.path.name)
        elif self.first_screen.showing():
            parts.append(self.first_screen.path.name)
        parts.append("LNV Editor")
        self.setWindowTitle(" — ".join(parts))

    def set_editing_enabled(self, enabled: bool) -> None:
        for name in ("new", "new_window", "save", "history", "comment", "compare"):
            self.actions[name].setEnabled(enabled)

    # ----- undo routed to the focused field -------------------------------------------------
    def _to_focused(self, step: str) -> None:
        # Text fields keep their own undo; the photo and places lists forward to their stacks.
        widget = self.focusWidget()
        if self.undo_router.route(widget, redo=step == "redo"):
            return
        getattr(widget, step, lambda: None)()

    # ----- lifecycle ---------------------------------------------------------------------------
    def _app_state_changed(self, state) -> None:
        if state != Qt.ApplicationState.ApplicationActive and self.autosaver is not None:
            self.autosaver.flush()

    def window_state(self) -> QSettings:
        return QSettings(str(config_dir() / "window-state.ini"), QSettings.Format.IniFormat)

    def _restore_window_state(self) -> None:
        settings = self.window_state()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        docks = settings.value("main/docks")
        if docks is not None:
            self.restoreState(docks)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.store_link.finish_opening(take=True)  # what the first screen took is saved
        self.close_store()
        settings = self.window_state()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/docks", self.saveState())
        if self.model is not None:
            settings.setValue("main/libraryHeader", self.library.header_state())
        super().closeEvent(event)
