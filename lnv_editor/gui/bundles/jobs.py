"""An export or import run off the GUI thread, with a progress dialog and a Cancel button.

The layers below call ``progress(done, total)`` on the worker thread; a signal carries it to
the GUI thread. Cancel sets an ``Event`` the layers check between articles: the export keeps the
bundles it finished, each whole, and the import writes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from lnv_editor.gui.common.workers import Runner


class BundleJob(QObject):
    progressed = Signal(int, int)  # emitted on the worker thread, delivered queued
    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        fn: Callable,
        *args,
        on_done: Callable[[object], None],
        on_error: Callable[[BaseException], None],
        **kwargs,
    ) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self.done_count = 0
        self._on_done, self._on_error, self._label = on_done, on_error, label
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("bundleProgress")
        self.dialog.setWindowTitle(self.tr("LNV Editor"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(380)  # room for the label as it changes
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.request_cancel)
        self.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self.runner = Runner(self, name="lnv-bundles")
        self.dialog.show()
        self.future = self.runner.submit(
            lambda: fn(*args, progress=self.progressed.emit, cancel=self.cancel, **kwargs),
            on_done=self._done,
            on_error=self._failed,
        )

    def request_cancel(self) -> None:
        self.cancel.set()
        self.dialog.setLabelText(self.tr("Stopping after the article being written…"))

    def _show_progress(self, done: int, total: int) -> None:
        self.done_count = done
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        if not self.cancel.is_set():
            count = self.tr("{done} of %n article(s) done", "", total).format(done=done)
            self.dialog.setLabelText(f"{self._label}\n{count}")

    def _done(self, result) -> None:
        self._close()
        self._on_done(result)
        self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        self._close()
        self._on_error(error)
        self.finished.emit()

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.request_cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.runner.shutdown(wait=False)
