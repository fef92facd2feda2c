"""The window's docks, in place from the first frame.

The photo, places and review panels import Pillow, Markdown and the province data, so they
are built only after the window has painted (or when a store arrives first). Their docks are
not: they are reserved empty, tabbed on the right, at their saved places and widths, before
the window is first shown, and each panel is put into its dock when it is built. So the first
frame already has the final layout; what arrives a moment later only fills it in.

The preview's dock is reserved too, hidden and outside the layout: restoring the saved state
puts it back where the last session left it (its place, size and tab, shown if it was open);
a dock never shown before stays out of the layout until its feature places it
(gui/preview/dock_width.py). Its feature provides its View menu entry.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

# Wide enough for the widest panel's minimum (the review dock's buttons); the panels fit it,
# so filling a dock never widens the side area.
SIDE_WIDTH = 300

RESERVED = (
    ("photoDock", "MainWindow", "Photos"),
    ("placesDock", "MainWindow", "Places and related stories"),
    ("reviewDock", "ReviewPanel", "Review"),
)
# Out of the layout until the saved state or its feature places it.
UNPLACED = (("previewDock", "PreviewInstaller", "Preview"),)


class _Reserved(QWidget):
    """What a reserved dock holds until its panel is built."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reservedDockContent")
        self.setMinimumWidth(SIDE_WIDTH - 20)


class Docks:
    def __init__(self, window: QMainWindow, view_menu) -> None:
        self.window = window
        self.view_menu = view_menu
        self.by_name: dict[str, QDockWidget] = {}
        for name, context, title in RESERVED:
            self.by_name[name] = self._new(QCoreApplication.translate(context, title), name)
        photos, places, review = (self.by_name[name] for name, _, _ in RESERVED)
        window.tabifyDockWidget(photos, places)
        window.tabifyDockWidget(places, review)
        photos.raise_()
        window.resizeDocks([photos], [SIDE_WIDTH], Qt.Orientation.Horizontal)
        for name, context, title in UNPLACED:
            dock = QDockWidget(QCoreApplication.translate(context, title), window)
            dock.setObjectName(name)
            dock.setWidget(_Reserved(dock))
            dock.hide()
            self.by_name[name] = dock

    def dock(self, name: str) -> QDockWidget:
        return self.by_name[name]

    def _new(self, title: str, name: str) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(_Reserved(dock))
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.view_menu.addAction(dock.toggleViewAction())  # a closed dock comes back from here
        return dock

    def placed(self, name: str) -> bool:
        """Whether the dock is in the window's layout (shown, or closed where it was)."""
        area = self.window.dockWidgetArea(self.by_name[name])
        return area != Qt.DockWidgetArea.NoDockWidgetArea

    def fill(self, widget: QWidget, title: str, name: str) -> QDockWidget:
        """Put *widget* in the dock reserved as *name*, or in a new dock on the right."""
        dock = self.by_name.get(name)
        if dock is None:
            dock = self.by_name[name] = self._new(title, name)
        old = dock.widget()
        dock.setWidget(widget)
        if isinstance(old, _Reserved):
            old.deleteLater()
        return dock
