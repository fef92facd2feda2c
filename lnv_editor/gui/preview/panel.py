"""The preview panel: the portal page of the open article, live as the reporter types.

It listens to the editor (every edit, the cursor) and to the change record (photos, tags,
related stories and other stories change what the page shows), renders on its own thread
(``RenderQueue``) and patches the page in place (``PreviewView``).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QMarginsF, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lnv_editor.gui.common import file_dialogs
from lnv_editor.gui.common.banner import NoticeBanner
from lnv_editor.gui.common.errors import describe_error
from lnv_editor.gui.common.frames import AfterKeyFrame
from lnv_editor.gui.preview import drawing
from lnv_editor.gui.preview.view import PreviewView, ViewHolder, add_zoom_shortcuts
from lnv_editor.gui.preview.worker import RenderQueue
from lnv_editor.render.page import MISSING_PHOTO_NOTE
from lnv_editor.store.changes import Change, Part

FRAME_WAIT_MS = 30  # the longest a key's render waits for the editor to draw the key
# Parts of this article the editor's own fields already show: no need to read the store.
_EDITOR_PARTS = frozenset({Part.FIELDS, Part.REVISIONS, Part.STATUS, Part.COMMENTS, Part.REVIEW})
EXTERNAL_SCHEMES = ("http", "https", "mailto")
STORY_SCHEME = "lnv-article"
MOBILE_ANCHOR = "#di-dong"


class PreviewPanel(QWidget):
    """Preview of the article open in *editor* (an ``ArticleEditor``)."""

    articleRequested = Signal(int)  # a story link clicked in the preview
    pdfSaved = Signal(str, bool)  # path, whether it was written

    def __init__(self, editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPanel")
        self.editor = editor
        self.repo = None
        self.article_id: int | None = None
        self.queue: RenderQueue | None = None
        self._unsubscribe = None
        self._needs_reload = False
        self._needs_full = False
        self._needs_comments = False
        self._saver = None  # the window's autosaver (set_repository)

        drawing.choose()  # before the first web view: software where OpenGL is (drawing.py)
        self.view = PreviewView(self)
        self.banner = NoticeBanner(self, name="previewBanner")
        self.empty_label = QLabel(self.tr("No article is open."), self)
        self.empty_label.setObjectName("previewEmpty")

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        self.desktop_button = self._button(
            self.tr("Desktop"), self.tr("The portal's desktop layout")
        )
        self.mobile_button = self._button(
            self.tr("Mobile"), self.tr("A phone's screen, 375 pixels wide")
        )
        for button in (self.desktop_button, self.mobile_button):
            button.setCheckable(True)
        self.desktop_button.setChecked(True)
        self.layout_group = QButtonGroup(self)
        self.layout_group.addButton(self.desktop_button)
        self.layout_group.addButton(self.mobile_button)
        self.mobile_button.toggled.connect(self.set_mobile)
        self.zoom_out_button = self._button("−", self.tr("Zoom out (Ctrl+-)"))
        self.zoom_label = QLabel("100 %", self)
        self.zoom_in_button = self._button("+", self.tr("Zoom in (Ctrl+=)"))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(-1))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(1))
        self.pdf_button = self._button(
            self.tr("Save PDF…"), self.tr("Print the preview to a PDF file")
        )
        self.pdf_button.clicked.connect(self.save_pdf)
        for widget in (self.desktop_button, self.mobile_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        self.toolbar = bar

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty_label)
        layout.addWidget(ViewHolder(self.view, self), 1)
        self.shortcuts = add_zoom_shortcuts(self.view, self)
        for shortcut in self.shortcuts:
            shortcut.activated.connect(self._show_zoom)

        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._refresh)
        # A key in the body renders once the editor has drawn it (its ``painted``) and the
        # frame is on screen (common/frames.py), or after FRAME_WAIT_MS if it draws nothing:
        # a render started at once took the cores and the interpreter from the key's frame.
        self._after_key = AfterKeyFrame(self._refresh, FRAME_WAIT_MS, self)
        self._follow_timer = QTimer(self, singleShot=True, interval=60)
        self._follow_timer.timeout.connect(self._follow_cursor)
        self._edit_started: float | None = None
        self.view.patchFailed.connect(lambda: self.refresh(full=True))
        self.view.loaded.connect(self._follow_timer.start)  # mark the cursor's block at once
        self.view.preview_page.bridge.cursorRequested.connect(self.move_editor_cursor)
        self.view.preview_page.linkRequested.connect(self.open_link)
        self.view.preview_page.pdfPrintingFinished.connect(self._pdf_done)

        editor.edited.connect(self._on_edited)
        body = editor.body_edit
        body.textChanged.connect(self._on_edited)  # also fires when an article is loaded
        body.painted.connect(self._after_key.drawn)
        body.cursorPositionChanged.connect(self._follow_timer.start)

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    # ----- the store ---------------------------------------------------------------------
    def set_repository(self, repo, hub=None, saver=None) -> None:
        """Preview articles of *repo*; *hub*'s ``changed`` signal if it has one, else the
        repository's change feed, marshalled to this thread. *saver*: the window's autosaver,
        whose saves move the comments as the preview already moved them while typing."""
        self.close_repository()
        self.repo = repo
        self._saver = saver
        if repo is None:
            return
        self.view.preview_page.photos.set_repository(repo)
        self.queue = RenderQueue(repo, self._labels(), self)
        self.queue.rendered.connect(self._rendered)
        self.queue.failed.connect(self._render_failed)
        self.queue.slow.connect(self._render_slow)
        if hub is not None:
            hub.changed.connect(self.on_change)
            self._unsubscribe = lambda: hub.changed.disconnect(self.on_change)
        self._refresh_timer.start()

    def close_repository(self) -> None:
        if self._unsubscribe is not None:
            try:
                self._unsubscribe()
            except (RuntimeError, TypeError):
                pass
            self._unsubscribe = None
        if self.queue is not None:
            self.queue.shutdown()
            self.queue.deleteLater()
            self.queue = None
        self.view.preview_page.photos.set_repository(None)
        self.repo = None
        self.article_id = None

    def _labels(self) -> dict[str, str]:
        # The portal's own words stay Vietnamese; the missing-photo marker is a note to the
        # author, in the interface language.
        return {"missing_photo": QCoreApplication.translate("Render", MISSING_PHOTO_NOTE)}

    # ----- what to render ----------------------------------------------------------------
    def _on_edited(self) -> None:
        if self._edit_started is None:
            self._edit_started = time.perf_counter()
        if self.editor.body_edit.hasFocus():
            self._after_key.arm()  # typing: after the key's frame (the body's painted)
        else:
            self._refresh_timer.start()  # (the other fields are short)

    @property
    def render_pending(self) -> bool:
        """An edit waits to be rendered (its request is not with the render queue yet)."""
        return self._refresh_timer.isActive() or self._after_key.pending

    def on_change(self, change: Change) -> None:
        if self.article_id is None or change.index_only:
            return  # the search index caught up: the page shows no index
        if change.article_ids == {self.article_id} and not (change.parts - _EDITOR_PARTS):
            # A save of the text the editor already shows. The comments' places followed the
            # typing here: read them again after a restore, a write by anyone but this
            # window's autosaver (a comment added or resolved, another window's save, a sync),
            # or when an edit went through a commented passage (the save re-anchored it).
            own = self._saver is not None and change.origin is self._saver
            source = self.queue.source if self.queue is not None else None
            disturbed = source is not None and source.comments_disturbed
            if (
                Part.REVISIONS in change.parts
                or (change.parts & {Part.FIELDS, Part.COMMENTS} and not own)
                or (Part.FIELDS in change.parts and disturbed)
            ):
                self.refresh(comments=True)
            return
        # Photos, tags, links, or other stories (their titles and leads fill the lists).
        self.refresh(reload=True)

    def refresh(self, *, reload: bool = False, full: bool = False, comments: bool = False) -> None:
        """Render the open article again (*reload*: re-read photos, tags, story lists and
        comments; *comments*: only the comments)."""
        self._needs_reload |= reload
        self._needs_full |= full
        self._needs_comments |= comments
        self._refresh_timer.start()

    def _refresh(self) -> None:
        self._refresh_timer.stop()  # one render for whatever asked
        self._after_key.cancel()
        if not self.isVisible():
            # Closed or tabbed away: render nothing until shown again (showEvent).
            self._edit_started = None
            return
        asked_at, self._edit_started = self._edit_started, None
        article = self.editor.article
        if self.queue is None or article is None:
            self.article_id = None
            self._show_empty(True)
            return
        self._show_empty(False)
        new_article = article.id != self.article_id
        self.article_id = article.id
        reload, self._needs_reload = self._needs_reload or new_article, False
        full, self._needs_full = self._needs_full or new_article, False
        comments, self._needs_comments = self._needs_comments, False
        self.queue.request(
            article.id, self.editor.fields(), reload=reload, full=full, comments=comments,
            asked_at=asked_at,
        )  # fmt: skip

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._refresh_timer.start()

    def _show_empty(self, empty: bool) -> None:
        self.empty_label.setVisible(empty)
        if empty and self.view.shown is not None:
            self.view.clear()

    # ----- results -----------------------------------------------------------------------
    def _rendered(self, update, asked_at: float) -> None:
        if update.article_id != self.article_id:
            return  # rendered for the article shown before
        self.banner.hide()
        self.view.show_update(update, asked_at)

    def _render_slow(self) -> None:
        self.banner.show_message(
            self.tr("The preview is not up to date: the content is too complex to show.")
        )

    def _render_failed(self, error: BaseException) -> None:
        self.banner.show_message(
            self.tr("The preview is not up to date: {reason}").format(reason=describe_error(error))
        )

    # ----- the editor and the preview, both ways -------------------------------------------
    def _follow_cursor(self) -> None:
        if self.isVisible():
            self.view.follow_line(self.editor.body_edit.textCursor().blockNumber() + 1)

    def move_editor_cursor(self, line: int) -> None:
        """Put the body editor's cursor at the start of source *line* (1-based)."""
        body = self.editor.body_edit
        block = body.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            return
        cursor = body.textCursor()
        cursor.setPosition(block.position(), QTextCursor.MoveMode.MoveAnchor)
        body.setTextCursor(cursor)
        body.ensureCursorVisible()
        body.setFocus()

    def open_link(self, href: str) -> None:
        if href == MOBILE_ANCHOR:  # the page's own "Giao diện di động" link
            self.mobile_button.setChecked(True)
            return
        url = QUrl(href)
        if url.scheme() == STORY_SCHEME:
            if url.path().isdigit():
                self.articleRequested.emit(int(url.path()))
            return
        if url.scheme() not in EXTERNAL_SCHEMES:
            return  # "#", javascript:, file: … : nothing to open
        answer = QMessageBox.question(
            self,
            self.tr("Open link"),
            self.tr("Open this address in your web browser?\n\n{url}").format(url=url.toString()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)

    # ----- layout, zoom, PDF --------------------------------------------------------------
    def set_mobile(self, mobile: bool) -> None:
        self.view.set_mobile(mobile)
        if self.queue is not None:
            self.queue.source.mobile = mobile

    def _zoom(self, steps: int) -> None:
        self.view.zoom_by(steps)
        self._show_zoom()

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)} %")

    def save_pdf(self) -> None:
        if self.view.shown is None:
            return
        title = self.editor.title_edit.text().strip() or "lnv"
        path, _ = file_dialogs.get_save_file_name(
            self, self.tr("Save the preview as PDF"), f"{title}.pdf", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        layout = QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter,
        )  # fmt: skip
        page = self.view.preview_page
        page.printToPdf(path, layout)

    def _pdf_done(self, path: str, ok: bool) -> None:
        self.pdfSaved.emit(path, ok)
        if ok:
            return
        QMessageBox.warning(
            self,
            self.tr("Could not save the PDF"),
            self.tr(
                "The PDF could not be written to {path}. Check that the folder exists and "
                "that you may write there, then try again."
            ).format(path=path),
        )

    def shutdown(self) -> None:
        self.close_repository()
