"""How the window gets spelling: two calls through its door, no attribute set from outside."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from lnv_editor.gui.spelling.controller import SpellingController


def install_spelling(window) -> SpellingController:
    """Check the lead and the body now; the photo texts once their panel exists."""
    controller = SpellingController(window, person=window.config.get("person_name"))
    controller.attach(window.editor.title_edit)
    controller.attach(window.editor.lead_edit)
    controller.attach(window.editor.body_edit)
    names = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI-Windows", "viqr": "VIQR"}

    def converted(kind: str) -> None:
        message = QCoreApplication.translate(
            "Spelling", "Pasted text in {encoding} was turned into Unicode. Ctrl+Z undoes it."
        )
        window.editor.banner.show_message(message.format(encoding=names.get(kind, kind)))

    controller.legacyConverted.connect(converted)
    rules = QAction(QCoreApplication.translate("Spelling", "House style &rules…"), window)
    rules.setObjectName("houseRulesAction")
    rules.setStatusTip(
        QCoreApplication.translate(
            "Spelling", "Edit the store's house-style rules and see their versions"
        )
    )
    rules.setEnabled(False)  # until a store is open: the rules live in it
    rules.triggered.connect(lambda: show_house_rules(window, controller))
    window.add_actions(window.menus.edit, [rules])
    controller.house_rules_action = rules
    return controller


def show_house_rules(window, controller: SpellingController):
    """Edit > House style rules…: the dialog on the open store (returned after it closes)."""
    from lnv_editor.gui.spelling.house_dialog import HouseRulesDialog

    if controller.repo is None:
        return None
    dialog = HouseRulesDialog(
        controller.repo, getattr(window, "hub", None), controller.person, window
    )
    dialog.exec()
    dialog.deleteLater()
    return dialog


def attach_store(controller: SpellingController, window, repo, hub) -> None:
    """The store is open: its dictionary, and the photo panel's caption and alt text."""
    panel = getattr(window, "photo_panel", None)
    if panel is not None and not controller.property("photosAttached"):
        controller.attach(panel.form.fields["caption"])
        controller.attach(panel.form.fields["alt"])
        controller.setProperty("photosAttached", True)
    if panel is not None and not controller.property("houseFixes"):
        review = getattr(window, "review_panel", None)
        if review is not None:
            review.readiness.houseFixRequested.connect(
                lambda findings: apply_house_fixes(window, findings)
            )
            controller.setProperty("houseFixes", True)
    controller.set_repository(repo, hub)
    if controller.house_rules_action is not None:
        controller.house_rules_action.setEnabled(repo is not None)


def apply_house_fixes(window, findings) -> int:
    """Apply house-style fixes in the editor's fields, last first so earlier positions hold;
    one undo step per field. A passage changed since it was checked is left alone. Returns
    how many were applied."""
    from PySide6.QtGui import QTextCursor

    editor = window.editor
    applied = 0
    edits = {"title": editor.title_edit, "lead": editor.lead_edit, "body": editor.body_edit}
    by_field: dict[str, list] = {}
    for f in findings:
        by_field.setdefault(f.field, []).append(f)
    for field, items in by_field.items():
        items.sort(key=lambda f: f.start, reverse=True)
        edit = edits.get(field)
        if edit is None:
            continue
        cursor = QTextCursor(edit.document())
        cursor.beginEditBlock()
        text = edit.toPlainText()
        for f in items:
            if text[f.start : f.end] != f.typed:
                continue
            cursor.setPosition(f.start)
            cursor.setPosition(f.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(f.fix)
            applied += 1
        cursor.endEditBlock()
    return applied
