"""The side panels of the main window (photos, places and related stories, review), put into
the docks reserved for them from the first frame (docks.py). The photo panel is built for the
first screen, before the first frame, as the docks open on it; the places and review panels
(province data, the store layer) when the store arrives, in docks behind it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class SidePanels:
    photos: object  # gui/photos/panel.PhotoPanel
    places: object  # gui/places/panel.PlacesPanel
    review: object  # gui/review/review_panel.ReviewPanel


def build_side_panels(window, photos=None) -> SidePanels:
    """Build the panels (but *photos*, if built already) and put each in its dock; the window
    keeps what this returns."""
    from lnv_editor.gui.review.wiring import install_review_dock

    photos = photos or build_photo_panel(window)
    places = _places_panel(window)
    review, _dock = install_review_dock(window)
    return SidePanels(photos, places, review)


def build_photo_panel(window):
    """The photo panel, in its dock, with its icons; photos dropped on the body go to it too."""
    from lnv_editor.gui.photos.panel import PhotoPanel

    panel = PhotoPanel(window)
    panel.set_body_editor(window.editor.body_edit)
    panel.apply_icons()  # now: icons arriving a moment later would change its buttons
    panel.when_ready = window.first_screen.when_ready
    window.add_dock(panel, QCoreApplication.translate("MainWindow", "Photos"), "photoDock")
    return panel


def _places_panel(window):
    """Province tags and related stories, in a tab beside the photos."""
    from lnv_editor.gui.places.panel import PlacesPanel

    panel = PlacesPanel(window)
    editor = window.editor
    panel.set_text_source(
        lambda: (
            editor.title_edit.text(),
            editor.lead_edit.toPlainText(),
            editor.body_edit.plain_text(),
        )
    )
    editor.edited.connect(panel.schedule_suggestions)
    title = QCoreApplication.translate("MainWindow", "Places and related stories")
    window.add_dock(panel, title, "placesDock")
    return panel
