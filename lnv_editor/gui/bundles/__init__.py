"""Publishable bundles in the main window: File → Xuất bản… (export) and File → Nhập… (import)."""

from __future__ import annotations


def install_bundle_actions(window):
    """Wire the window's ``export``, ``import`` and ``import_folder`` actions (the actions
    table) to the export and import dialogs; the window keeps the returned component as
    ``window.bundle_actions``."""
    from lnv_editor.gui.bundles.install import BundleActions

    return BundleActions(window)
