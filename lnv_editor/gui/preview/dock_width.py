"""Where the preview dock goes and how wide it is, so that the page is readable when it opens
and the editor gets its width back when it closes.

A dock added beside the photo dock gets what the library and the editor leave: 110 px at
1280 px, a cropped page with a horizontal scroll bar. So: beside the other docks only when
the window has room for the desktop page there as well as for the library and the editor
(a 1920 px screen); otherwise tabbed with them, the side area widened to a readable width
(below 760 px the portal page switches itself to its mobile layout). Closing the preview puts
the side area and the library/editor split back as they were before it opened.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget
from shiboken6 import isValid

DESKTOP_PAGE = 800 + 15  # wider than 760 CSS px: the portal's desktop layout; the scroll bar
PHONE_PAGE = 375 + 15  # its mobile layout on a phone
KEEP_FOR_WRITING = 700  # library and editor side by side, comfortably
SIDE_SHARE = 0.4  # of the window, for a tabbed preview
SEPARATOR = 8  # the dock area's splitter handle and frame
# The narrowest the preview dock gets: a little over what its bar of buttons needs, so that the
# dock reserved before the first frame and the panel that fills it later are equally narrow
# (a window at its minimum width would otherwise grow when the panel arrives).
MINIMUM_WIDTH = 320


class PreviewDockSizer(QObject):
    def __init__(self, window, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.window = window
        self.dock = dock
        self.placed = False
        self.tabbed = False
        self._before: tuple[QDockWidget | None, int, list[int]] | None = None

    def _neighbour(self) -> QDockWidget | None:
        """The raised dock of the right-hand area beside which the preview goes."""
        w = self.window
        area = Qt.DockWidgetArea.RightDockWidgetArea
        for dock in w.findChildren(QDockWidget):
            if (
                dock is not self.dock
                and dock.isVisible()
                and not dock.isFloating()
                and w.dockWidgetArea(dock) == area
                and not dock.visibleRegion().isEmpty()  # the current one of tabbed docks
            ):
                return dock
        return None

    def _central_minimum(self) -> int:
        return self.window.centralWidget().minimumSizeHint().width()

    def place(self) -> None:
        """Add the dock to the window (once): beside the other docks or tabbed with them."""
        w = self.window
        neighbour = self._neighbour()
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock, Qt.Orientation.Horizontal)
        if neighbour is not None:
            room = w.width() - max(KEEP_FOR_WRITING, self._central_minimum())
            room -= neighbour.width() + 2 * SEPARATOR
            if room < DESKTOP_PAGE:
                w.tabifyDockWidget(neighbour, self.dock)
                self.tabbed = True
        self.placed = True

    def opening(self) -> None:
        """The dock is about to show: note the layout to go back to, then widen it."""
        if self._before is None:
            neighbour = self._neighbour()
            self._before = (
                neighbour,
                neighbour.width() if neighbour is not None else 0,
                self.window.splitter.sizes(),
            )
        QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        w = self.window
        if self.dock.isHidden() or self.dock.isFloating():
            return
        available = w.width() - self._central_minimum() - SEPARATOR
        neighbour, side, _sizes = self._before or (None, 0, [])
        if self.tabbed or neighbour is None:
            wanted = max(side, min(DESKTOP_PAGE, round(w.width() * SIDE_SHARE)), PHONE_PAGE)
            w.resizeDocks([self.dock], [min(wanted, available)], Qt.Orientation.Horizontal)
        else:
            available -= side + SEPARATOR
            width = min(DESKTOP_PAGE, available)
            w.resizeDocks(
                [neighbour, self.dock], [side, width], Qt.Orientation.Horizontal
            )  # fmt: skip

    def closed(self) -> None:
        """The dock was closed (not tabbed away): the side area and the split as before."""
        if self._before is None:
            return
        neighbour, side, sizes = self._before
        self._before = None
        QTimer.singleShot(0, self, lambda: self._restore(neighbour, side, sizes))

    def _restore(self, neighbour, side: int, sizes: list[int]) -> None:
        w = self.window
        if not self.dock.isHidden():
            return  # shown again meanwhile
        if neighbour is not None and isValid(neighbour) and neighbour.isVisible():
            neighbour.raise_()  # the tab that was shown before, not the next one
            w.resizeDocks([neighbour], [side], Qt.Orientation.Horizontal)
        if sizes:
            # After the dock area has given the width back to the central widget.
            QTimer.singleShot(0, self, lambda: w.splitter.setSizes(sizes))
