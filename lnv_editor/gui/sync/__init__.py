"""The newsroom server in the window: File → Newsroom server…, background sync, its status in
the status bar (issue 17). The sync itself is lnv_editor/sync; this package only drives it."""

from __future__ import annotations


def install_sync(window):
    """The sync controller of *window*: the menu action, the status, syncing every store the
    window opens with the configured server. The window keeps what this returns."""
    from lnv_editor.gui.sync.connecting import choose_server, connect_configured
    from lnv_editor.gui.sync.controller import SyncController

    controller = SyncController(window)
    window.actions["server"].triggered.connect(lambda: choose_server(controller))
    window.storeReady.connect(lambda: connect_configured(controller))
    return controller
