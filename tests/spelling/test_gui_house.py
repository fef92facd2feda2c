"""House-style findings in the review dock's check list, once typing has settled."""

from __future__ import annotations


def test_house_style_findings_show_in_the_review_dock_and_jump_to_the_passage(qtbot, spell_window):
    window = spell_window
    window.new_article()
    qtbot.waitUntil(lambda: window.editor.isEnabled())
    body = window.editor.body_edit
    body.setPlainText("Người dân TP HCM góp 7.5 tỷ đồng.")
    panel = window.review_panel.readiness
    items = lambda: [panel.list.item(i) for i in range(panel.list.count())]  # noqa: E731

    def house_items():
        return [i for i in items() if "TP.HCM" in i.text() or "7,5" in i.text()]

    qtbot.waitUntil(lambda: len(house_items()) == 2, timeout=15000)
    first = house_items()[0]
    assert "Tòa soạn viết" in first.text() or "TP.HCM" in first.text()
    with qtbot.waitSignal(panel.findingActivated) as signal:
        panel.list.itemDoubleClicked.emit(first)
    assert signal.args == ["body", body.toPlainText().index("TP HCM")]
    # text in house style leaves nothing of the kind
    body.setPlainText("Người dân TP.HCM góp 7,5 tỷ đồng.")
    qtbot.waitUntil(lambda: not house_items(), timeout=15000)
