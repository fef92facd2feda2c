"""Photo import and thumbnails, off the GUI thread.

Hashing, decoding and rendition making run on worker threads through the one worker idiom
(gui/common/workers.py); the GUI thread only receives results and progress. Each job and each
thumbnail loader owns its runner: a window closed in the middle of an import is deleted at
once, its runner with it, and the late results are dropped rather than delivered to a deleted
object.

The progress dialog appears only when an import takes longer than ``SHOW_PROGRESS_AFTER_MS``:
a flash of a dialog for two phone photos would be noise.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QDropEvent, QIcon, QImage, QPainter, QPixmap, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QProgressDialog, QStyle, QWidget

from lnv_editor.gui.common.workers import Runner, Task

if TYPE_CHECKING:  # the importer and renditions (Pillow) load when first needed
    from lnv_editor.media import PhotoStore

SHOW_PROGRESS_AFTER_MS = 300
THUMBNAIL_WIDTH = 320  # the smallest rendition; made once, cached beside the store
ICON_SIZE = QSize(112, 84)  # a 4:3 frame; portrait photos sit in it with margins
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif")
_ids = itertools.count(1)


def _run_import(task: Task, store: PhotoStore, paths: list[str]) -> tuple[list, object]:
    """The worker: import every file, reporting progress; never raises."""
    from lnv_editor.media import import_many

    results: list = []
    error: BaseException | None = None
    try:
        results = import_many(store, paths, progress=task.progress, cancel=task.cancel_event)
    except Exception as exc:  # noqa: BLE001 - a bug or a broken store: shown, not lost
        error = exc
    return results, error


class ImportJob(QObject):
    """One batch of files being imported into a ``PhotoStore``.

    ``finished(results, error)``: one ``PhotoInfo`` or ``PhotoError`` per file handled (fewer
    than asked if cancelled), and an unexpected exception or None.
    """

    progressed = Signal(int, int)
    finished = Signal(object, object)

    def __init__(
        self,
        store: PhotoStore,
        paths: Sequence[str],
        parent: QObject | None = None,
        context: object = None,
    ) -> None:
        super().__init__(parent)
        self.id = next(_ids)
        self.store = store
        self.paths = [str(p) for p in paths]
        self.context = context  # whatever the caller needs back with the results
        self.running = False
        self._task: Task | None = None
        self._cancelled = False
        self._dialog: QProgressDialog | None = None
        # The one worker idiom (gui/common/workers.py), owned by the job: a job deleted in
        # the middle of an import (its window closed) takes its runner along, and the late
        # results are dropped, never delivered to a deleted object.
        self._runner = Runner(self, name="lnv-import")

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self._dialog

    def start(self, progress_parent: QWidget | None = None) -> None:
        """Start on the pool; with *progress_parent*, show progress there if it takes a while."""
        if progress_parent is not None:
            self._dialog = self._make_dialog(progress_parent)
        self.running = True
        self._task = self._runner.start(
            _run_import,
            self.store,
            list(self.paths),
            on_done=self._on_finished,
            on_progress=self._on_progress,
        )

    def cancel(self) -> None:
        """Stop after the file being imported (which completes or leaves nothing behind)."""
        self._cancelled = True
        if self._task is not None:
            self._task.cancel()

    def summary(self, results: list, error: BaseException | None) -> str:
        """The one message for the reporter about this import ("" when all went well): each
        file that failed with its reason, a stop, a cancel."""
        from lnv_editor.gui.common.errors import describe_error
        from lnv_editor.media import PhotoError

        failures = [r for r in results if isinstance(r, PhotoError)]
        added = len(results) - len(failures)
        lines = []
        if failures:
            lines.append(self.tr("%n file(s) could not be added:", "", len(failures)))
            lines += ["• " + describe_error(failure) for failure in failures]
        if error is not None:
            lines.append(
                self.tr("Adding photos stopped: {reason}").format(reason=describe_error(error))
            )
        if self.cancelled and len(results) < len(self.paths):
            lines.append(
                self.tr("Cancelled: %n photo(s) were added before the import stopped.", "", added)
            )
        elif added and lines:
            lines.append(self.tr("The other photos were added."))
        return "\n".join(lines)

    def _make_dialog(self, parent: QWidget) -> QProgressDialog:
        total = len(self.paths)
        dialog = QProgressDialog(
            self.tr("Adding %n photo(s)…", "", total), self.tr("Cancel"), 0, total, parent
        )
        dialog.setObjectName("photoImportProgress")
        dialog.setWindowTitle(self.tr("Adding photos"))
        # Not modal: the reporter may keep writing while the photos come in.
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)  # starts Qt's timer that shows the dialog after the minimum duration
        return dialog

    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is not None and not self.cancelled:
            self._dialog.setLabelText(
                self.tr("Adding photo {done} of {total}…").format(
                    done=min(done + 1, total), total=total
                )
            )
            self._dialog.setValue(done)
        self.progressed.emit(done, total)

    def _on_finished(self, outcome: tuple[list, BaseException | None]) -> None:
        results, error = outcome
        self.running = False
        self._runner.shutdown(wait=False)
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.reset()  # stops the show timer too
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        self.finished.emit(results, error)


# ----- thumbnails -----------------------------------------------------------------------------


def _run_thumbnail(store: PhotoStore, sha256: str, size: QSize) -> tuple[str, str, object]:
    """The worker: make (or find) the small rendition and scale it for the list; never raises."""
    try:
        path = store.rendition_file(sha256, THUMBNAIL_WIDTH)
        if not path.is_file():  # made once, then read (the first screen reads it too)
            from lnv_editor.media import rendition_path

            path = rendition_path(store, sha256, THUMBNAIL_WIDTH)
        # QImage, not QPixmap: QImage may be used off the GUI thread.
        image = QImage(str(path))
        if image.isNull():
            raise OSError(f"cannot read {path.name}")
        result: object = image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    except Exception as exc:  # noqa: BLE001 - shown on the photo instead of a thumbnail
        result = exc
    return str(store.root), sha256, result


class ThumbnailLoader(QObject):
    """Thumbnails by photo hash, made in the pool and kept in memory once made.

    ``ready(sha256, result)``: a ``QImage`` no larger than *size*, or the exception that kept
    the photo from being shown.
    """

    ready = Signal(str, object)

    def __init__(self, size: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.id = next(_ids)
        self.size = QSize(size)
        self._store: PhotoStore | None = None
        self._cache: dict[str, object] = {}
        self._pending: set[str] = set()
        # One thread: thumbnails come in the order they are asked for, beside an import.
        self._runner = Runner(self, name="lnv-thumbs")

    def set_store(self, store: PhotoStore | None) -> None:
        if store is None or self._store is None or Path(store.root) != Path(self._store.root):
            self._cache.clear()
            self._pending.clear()
        self._store = store

    def get(self, sha256: str) -> object | None:
        """The thumbnail (or error) if made; otherwise None, and it is being made."""
        if sha256 in self._cache:
            return self._cache[sha256]
        if self._store is not None and sha256 not in self._pending:
            self._pending.add(sha256)
            self._runner.submit(
                _run_thumbnail, self._store, sha256, QSize(self.size), on_done=self._on_thumbnail
            )
        return None

    def load_now(self, sha256s: Sequence[str]) -> None:
        """Make the thumbnails of *sha256s* now, on this thread (small files, made once and
        kept beside the store): the first screen shows its photos in its first frame, not a
        moment later."""
        if self._store is None:
            return
        for sha256 in sha256s:
            if sha256 not in self._cache:
                self._cache[sha256] = _run_thumbnail(self._store, sha256, QSize(self.size))[2]

    def _on_thumbnail(self, made: tuple[str, str, object]) -> None:
        root, sha256, result = made
        if self._store is None or Path(root) != Path(self._store.root):
            return
        self._pending.discard(sha256)
        self._cache[sha256] = result
        self.ready.emit(sha256, result)


def thumbnail_icon(thumb: object | None, cover: bool, warn: bool, style: QStyle) -> QIcon:
    """The list icon of a photo: its thumbnail in a fixed frame, a star on the cover photo and
    a warning sign on one that lacks alt text or a caption. *thumb* is a ``QImage``, an
    exception (the photo cannot be shown) or None (still being made)."""
    ratio = 2.0
    canvas = QPixmap(ICON_SIZE * ratio)
    canvas.setDevicePixelRatio(ratio)
    canvas.fill(QColor("#e4e4e4"))
    frame = QRectF(0, 0, ICON_SIZE.width(), ICON_SIZE.height())
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if isinstance(thumb, QImage):
        size = QSize(thumb.size()).scaled(ICON_SIZE, Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(QPointF(0, 0), size.toSizeF())
        target.moveCenter(frame.center())
        painter.drawImage(target, thumb)
    else:
        broken = thumb is not None
        icon = style.standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if broken
            else QStyle.StandardPixmap.SP_FileIcon
        )
        icon.paint(painter, frame.adjusted(36, 22, -36, -22).toRect())
    if cover:
        painter.setPen(QColor("#8a6d00"))
        painter.setBrush(QColor("#ffd54a"))
        painter.drawEllipse(QRectF(3, 3, 22, 22))
        font = painter.font()
        font.setPixelSize(15)
        painter.setFont(font)
        painter.drawText(QRectF(3, 3, 22, 22), Qt.AlignmentFlag.AlignCenter, "★")
    if warn:
        style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).paint(
            painter, int(frame.width()) - 25, int(frame.height()) - 25, 22, 22
        )
    painter.end()
    icon = QIcon(canvas)
    # The same pixmap when selected: the style's tint would recolour the photo.
    icon.addPixmap(canvas, QIcon.Mode.Selected)
    return icon


# ----- drops ----------------------------------------------------------------------------------


def local_files(event: QEvent) -> list[str]:
    """Local file paths carried by a drag or drop event (none for dragged text)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class FileDropFilter(QObject):
    """Takes drops of files on the widgets it is installed on.

    An event filter rather than a subclass, so that a widget such as the body editor needs
    no photo code. ``wants(widget, paths)`` decides; what it declines (dragged text, say)
    goes on to the widget as before. ``drop(widget, event, paths)`` receives the drop.
    """

    def __init__(
        self,
        wants: Callable[[QObject, list[str]], bool],
        drop: Callable[[QObject, QEvent, list[str]], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._wants = wants
        self._drop = drop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        paths = local_files(event)
        if not paths or not self._wants(watched, paths):
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if kind == QEvent.Type.Drop:
            self._drop(watched, event, paths)
        return True


def drop_cursor(text_edit: QPlainTextEdit, watched: QObject, event: QDropEvent) -> QTextCursor:
    """The place in *text_edit*'s text under a drop seen by a filter on it or its viewport."""
    point = event.position().toPoint()
    if watched is text_edit:
        point = text_edit.viewport().mapFrom(text_edit, point)
    return text_edit.cursorForPosition(point)
