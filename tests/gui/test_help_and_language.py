"""Help → Keyboard shortcuts groups every key under where the user finds it, and changing the
interface language says when it takes effect."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox


def test_the_preview_shortcut_sits_under_the_view_menu_not_the_window_title(qtbot, make_window):
    from lnv_editor.gui.dialogs.shortcuts import ShortcutsDialog, plain

    window = make_window()
    window.setWindowTitle("Gốm Phù Lãng — LNV Editor")
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    groups = {row.action_name: row.group for row in dialog.rows}
    view = plain(window.view_menu.title())
    assert groups["previewAction"] == view == "View"
    headings = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert not any("LNV Editor" in h for h in headings), headings
    assert len(headings) == len(set(headings))


def test_a_new_language_says_it_applies_after_a_restart(qtbot, make_window, monkeypatch):
    from lnv_editor.gui.dialogs.preferences import PreferencesDialog

    window = make_window()
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a, **k: told.append(text)
    )

    def choose(language):
        def run(dialog):
            dialog.language.setCurrentIndex(dialog.language.findData(language))
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            ok.click()  # as the user does
            return dialog.result()

        return run

    # The same language again: nothing to say.
    monkeypatch.setattr(PreferencesDialog, "exec", choose(window.config.get("language")))
    window.show_preferences()
    assert told == []
    # Another language: saved, and the user is told when it takes effect.
    other = "vi" if window.config.get("language") == "en" else "en"
    monkeypatch.setattr(PreferencesDialog, "exec", choose(other))
    window.show_preferences()
    assert window.config.get("language") == other
    assert len(told) == 1 and "restart" in told[0].lower(), told
