"""The app's log file: one rotating file in the user log folder.

No Qt here, so the command line and the GUI share it. ``LNV_LOG_DIR`` overrides the folder
(tests, portable installs). The GUI routes Qt's own warnings here too (gui/common/crash.py).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from lnv_editor.paths import APP_AUTHOR, APP_NAME

LOG_NAME = "lnv-editor.log"
MAX_BYTES = 1_000_000  # a log a support person can still open in a text editor
BACKUPS = 4  # lnv-editor.log.1 … .4: about a week of heavy use
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def log_dir() -> Path:
    """``$LNV_LOG_DIR``, else the platform's user log folder."""
    override = os.environ.get("LNV_LOG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_path() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the ``lnv_editor`` loggers (and warnings) to the rotating log file.

    Calling it again points the handler at the current folder (tests change ``LNV_LOG_DIR``).
    Returns the file's path, or None when the folder cannot be written (a read-only home must
    not stop the app: the records then go to stderr only).
    """
    root = logging.getLogger("lnv_editor")
    for handler in [h for h in root.handlers if getattr(h, "_lnv", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        handler, path = logging.StreamHandler(), None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._lnv = True  # type: ignore[attr-defined] - ours to replace, not the user's
    root.addHandler(handler)
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").addHandler(handler)
    return path
