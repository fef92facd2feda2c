"""What happens when something goes wrong that no code expected.

An unhandled exception first saves the open drafts (each main window's autosaver, synchronously),
then is written to the log with its traceback, then a dialog says what happened and where the log
is, so the reporter can send it, instead of the app vanishing. Qt's own warnings go to the log.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from lnv_editor.logs import log_path

log = logging.getLogger("lnv_editor.crash")
qt_log = logging.getLogger("lnv_editor.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_handling = [False]
_interactive = [True]


def save_open_drafts() -> int:
    """Flush every main window's autosaver and wait for it; returns how many saved cleanly.

    A save that fails here is logged and the next window is tried: the handler must never
    raise, or the reporter sees nothing at all.
    """
    saved = 0
    for widget in QApplication.topLevelWidgets():
        autosaver = getattr(widget, "autosaver", None)
        if widget.objectName() != "mainWindow" or autosaver is None:
            continue
        try:
            autosaver.flush("autosave", wait=True)
            saved += autosaver.state != "error"
        except Exception:  # noqa: BLE001 - logged; the other windows still get saved
            log.exception("could not save the open draft while handling an error")
    return saved


def handle_exception(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook``: save, log, tell."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    text = "".join(traceback.format_exception(kind, error, tb))
    log.critical("unhandled exception\n%s", text)
    if _handling[0]:  # the dialog itself failed: the log has it, don't loop
        return
    _handling[0] = True
    try:
        drafts_saved = save_open_drafts()
        if not _interactive[0]:  # headless (--smoke-test): nobody to click a dialog away
            print(text, file=sys.stderr, flush=True)
            os._exit(70)
        show_error_dialog(error, text, drafts_saved)
    except Exception:  # noqa: BLE001 - last resort: the log keeps it
        log.exception("the error dialog failed")
    finally:
        _handling[0] = False


def show_error_dialog(error: BaseException, details: str, drafts_saved: int) -> None:
    parent = QApplication.activeWindow()
    box = QMessageBox(parent)
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashHandler", "LNV Editor hit an error"))
    saved = (
        QCoreApplication.translate("CrashHandler", "Your open draft has been saved.")
        if drafts_saved
        else ""
    )
    box.setText(
        QCoreApplication.translate(
            "CrashHandler", "Something went wrong that LNV Editor did not expect: {error}"
        ).format(error=f"{type(error).__name__}: {error}")
        + "\n\n"
        + saved
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "CrashHandler",
            "The details are in the log file:\n{path}\nPlease send that file to the technical "
            "team. You can keep working; if something looks wrong, restart LNV Editor.",
        ).format(path=log_path())
    )
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()
    box.deleteLater()


def _qt_message(mode: QtMsgType, context, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)
    if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        print(message, file=sys.stderr)


def install(*, interactive: bool = True) -> None:
    """Take over ``sys.excepthook`` and Qt's message handler (call once the app exists).

    Without *interactive*, an unhandled error saves, logs and exits with status 70 instead of
    waiting on a dialog nobody will see.
    """
    _interactive[0] = interactive
    sys.excepthook = handle_exception
    qInstallMessageHandler(_qt_message)


def uninstall() -> None:
    """Back to Python's and Qt's defaults: once the event loop has ended there is no window
    left to show a dialog over, and no draft left to save."""
    sys.excepthook = sys.__excepthook__
    qInstallMessageHandler(None)
