"""The live portal preview (see panel.py). Importing this package loads no QtWebEngine:
the main window installs its menu actions at start-up and builds the preview when first
shown."""

from __future__ import annotations


def register_schemes() -> None:
    """Declare the preview's URL schemes; call before the QApplication is created."""
    from lnv_editor.gui.preview.schemes import register_schemes as register

    register()


def install_preview(window):
    """Add the preview's View-menu actions to *window* (a ``MainWindow``); the window keeps
    the returned installer as ``window.preview``."""
    from lnv_editor.gui.preview.install import PreviewInstaller

    return PreviewInstaller(window)
