"""How the window gets spelling: two calls through its door, no attribute set from outside."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lnv_editor.gui.spelling.controller import SpellingController


def install_spelling(window) -> SpellingController:
    """Check the lead and the body now; the photo texts once their panel exists."""
    controller = SpellingController(window, person=window.config.get("person_name"))
    controller.attach(window.editor.lead_edit)
    controller.attach(window.editor.body_edit)
    names = {"tcvn3": "TCVN3 (ABC)", "viqr": "VIQR"}

    def converted(kind: str) -> None:
        message = QCoreApplication.translate(
            "Spelling", "Pasted text in {encoding} was turned into Unicode. Ctrl+Z undoes it."
        )
        window.editor.banner.show_message(message.format(encoding=names.get(kind, kind)))

    controller.legacyConverted.connect(converted)
    return controller


def attach_store(controller: SpellingController, window, repo, hub) -> None:
    """The store is open: its dictionary, and the photo panel's caption and alt text."""
    panel = getattr(window, "photo_panel", None)
    if panel is not None and not controller.property("photosAttached"):
        controller.attach(panel.form.fields["caption"])
        controller.attach(panel.form.fields["alt"])
        controller.setProperty("photosAttached", True)
    controller.set_repository(repo, hub)
