"""The preview in the main window: a dock beside the editor, toggled from the View menu
(Ctrl+Shift+P), which can float as its own window (e.g. on an editor's second screen).

The dock is reserved before the first frame, where the last session left it (open, if it
was open at the last close: gui/window/docks.py); its panel, and QtWebEngine with it, is
built the first time it is asked for, or once the store is ready when the dock was reopened,
so windows that never show a preview pay nothing for it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from lnv_editor.gui.preview.dock_width import MINIMUM_WIDTH, PreviewDockSizer


class PreviewInstaller(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.panel = None
        self.toggle_action = QAction(self.tr("&Preview"), window)
        self.toggle_action.setObjectName("previewAction")
        self.toggle_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.toggle_action.setCheckable(True)
        self.toggle_action.setToolTip(
            self.tr("Show the story as readers will see it on the portal")
        )
        self.toggle_action.toggled.connect(self.set_visible)
        self.window_action = QAction(self.tr("Open preview in a separate &window"), window)
        self.window_action.setObjectName("previewWindowAction")
        self.window_action.triggered.connect(self.open_window)
        window.view_menu.addAction(self.toggle_action)
        window.view_menu.addAction(self.window_action)
        # Where it was at the last close, from the first frame; filled once the store is ready
        # (QtWebEngine and the renderer are not imported while the store layer loads).
        self.dock = window.docks.dock("previewDock")
        self.dock.widget().setMinimumWidth(MINIMUM_WIDTH)  # as the panel will be
        self.dock.visibilityChanged.connect(self._dock_visibility)
        self.sizer = PreviewDockSizer(window, self.dock)
        self.sizer.placed = window.docks.placed("previewDock")
        self._follow_dock()
        window.storeReady.connect(self._store_changed)
        window.storeClosing.connect(self._store_closing)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        # Before the window closes its store: stop rendering from it.
        if event.type() == QEvent.Type.Close and self.panel is not None:
            self.panel.close_repository()
        return False

    def ensure(self):
        if self.panel is not None:
            return self.panel
        from lnv_editor.gui.preview.panel import PreviewPanel

        window = self.window
        self.panel = PreviewPanel(window.editor, window)
        self.panel.articleRequested.connect(self._open_article)
        self.panel.setMinimumWidth(max(MINIMUM_WIDTH, self.panel.minimumSizeHint().width()))
        window.add_dock(self.panel, self.tr("Preview"), "previewDock")  # the reserved dock
        window.destroyed.connect(self.panel.shutdown)
        self._store_changed()
        return self.panel

    def _store_changed(self) -> None:
        if self.panel is None and not self.dock.isHidden():
            self.ensure()  # reopened where it was at the last close: fill it now
            self.panel.refresh()
        if self.panel is not None and self.panel.repo is not self.window.repo:
            window = self.window
            self.panel.set_repository(window.repo, window.hub, saver=window.autosaver)

    def _store_closing(self) -> None:
        # Before the window closes the store and drops its hub: render nothing more from it.
        if self.panel is not None:
            self.panel.close_repository()

    def set_visible(self, visible: bool) -> None:
        if not visible and self.panel is None:
            self.dock.hide()  # reopened at start and closed before it was filled
            return
        self.ensure()
        if visible and self.dock.isHidden():
            self.sizer.opening()  # wide enough to read, whatever the window's size
            if not self.sizer.placed:
                self.sizer.place()
        self.dock.setVisible(visible)
        if visible:
            self.dock.raise_()
            self.panel.refresh()

    def _dock_visibility(self, _visible: bool) -> None:
        # Follow the dock (closed by its own button, or tabbed away) without looping.
        if self.dock.isHidden():
            self.sizer.closed()  # the editor gets its width back
        self._follow_dock()

    def _follow_dock(self) -> None:
        shown = not self.dock.isHidden()
        if self.toggle_action.isChecked() != shown:
            self.toggle_action.blockSignals(True)
            self.toggle_action.setChecked(shown)
            self.toggle_action.blockSignals(False)

    def open_window(self) -> None:
        """The preview as a window of its own (a floating dock), e.g. for a second screen."""
        self.set_visible(True)
        self.toggle_action.setChecked(True)
        self.dock.setFloating(True)
        self.dock.resize(900, max(600, self.window.height()))
        self.dock.activateWindow()

    def _open_article(self, article_id: int) -> None:
        self.window.library.select(article_id)
        editor = self.window.editor
        if editor.article is None or editor.article.id != article_id:
            self.window.open_article(article_id)  # filtered out of the library list
