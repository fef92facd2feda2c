"""Edit > House style rules…: the desk edits the store's rules in the app; a bad rule is
refused with its line (selected) and nothing is saved; a saved rule is used by the review
dock at once; versions are listed and an older one can be put back."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from lnv_editor.gui.review.readiness_panel import FINDING_ROLE
from lnv_editor.gui.spelling.house_dialog import HouseRulesDialog

NEW_RULE = "H099\t\\bthăm quan\\b\tTòa soạn viết “tham quan”.\ttham quan\tinfo"


def _dialog(qtbot, window) -> HouseRulesDialog:
    dialog = HouseRulesDialog(window.repo, window.hub, "Trần Hoà", window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _house_rules(panel) -> list[str]:
    out = []
    for i in range(panel.list.count()):
        rule = getattr(panel.list.item(i).data(FINDING_ROLE), "rule", None)
        if rule:
            out.append(rule)
    return out


def test_the_menu_opens_the_rules_of_the_open_store(qtbot, spell_window, monkeypatch):
    window = spell_window
    action = window.spelling.house_rules_action
    assert action.isEnabled()
    assert action in window.menus.edit.actions()
    shown = []
    monkeypatch.setattr(HouseRulesDialog, "exec", lambda self: shown.append(self) or 0)
    action.trigger()
    assert shown and shown[0].editor.toPlainText() == window.repo.house_rules.current().text
    assert shown[0].versions.count() == 1


def test_a_bad_rule_is_refused_with_its_line_and_nothing_is_saved(qtbot, spell_window):
    window = spell_window
    dialog = _dialog(qtbot, window)
    before = window.repo.house_rules.current()
    text = before.text.rstrip("\n") + "\nH099\t(thăm quan\tThiếu ngoặc.\t\twarning\n"
    dialog.editor.setPlainText(text)
    changes = []
    window.hub.changed.connect(changes.append)
    _save(dialog)
    assert dialog.error.isVisible()
    line = len(text.rstrip("\n").split("\n"))
    assert f"Line {line} (H099)" in dialog.error.text()
    assert "regular expression" in dialog.error.text()
    assert dialog.editor.textCursor().selectedText().startswith("H099")
    assert window.repo.house_rules.current() == before
    assert [v.version for v in window.repo.house_rules.history()] == [1]
    assert dialog.editor.toPlainText() == text  # the desk's typing is kept to mend it
    assert changes == []


def test_a_saved_rule_shows_in_the_review_dock_and_can_be_undone(qtbot, spell_window):
    window = spell_window
    window.new_article()
    qtbot.waitUntil(lambda: window.editor.isEnabled())
    window.editor.body_edit.setPlainText("Đoàn thăm quan làng gốm.")
    panel = window.review_panel.readiness
    qtbot.waitUntil(lambda: window.repo.get(window.editor.article.id).body != "", timeout=5000)
    qtbot.waitUntil(lambda: panel.list.count() > 0, timeout=15000)
    assert "H099" not in _house_rules(panel)
    dialog = _dialog(qtbot, window)
    original = dialog.editor.toPlainText()
    dialog.editor.setPlainText(original.rstrip("\n") + "\n" + NEW_RULE + "\n")
    _save(dialog)
    assert not dialog.error.isVisible()
    assert "2" in dialog.notice.text()
    assert dialog.versions.count() == 2
    assert "Trần Hoà" in dialog.versions.item(0).text()
    qtbot.waitUntil(lambda: "H099" in _house_rules(panel), timeout=15000)
    # Undo: open version 1 and save it again (version 3); the finding goes.
    dialog.versions.setCurrentRow(1)
    dialog.open_button.click()
    assert dialog.editor.toPlainText() == original
    _save(dialog)
    assert [v.version for v in window.repo.house_rules.history()] == [3, 2, 1]
    qtbot.waitUntil(lambda: "H099" not in _house_rules(panel), timeout=15000)
