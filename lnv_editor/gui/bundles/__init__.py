"""Publishable bundles in the main window: File → Xuất bản… (export) and File → Nhập… (import)."""

from __future__ import annotations


def install_bundle_actions(window) -> None:
    """Wire the window's ``export``, ``import`` and ``import_folder`` actions (the actions
    table) to the export and import dialogs; kept as ``window.bundle_actions``."""
    from lnv_editor.gui.bundles.install import BundleActions

    window.bundle_actions = BundleActions(window)
