"""House-style findings in the review dock's check list, once typing has settled."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from lnv_editor.gui.review.readiness_panel import FINDING_ROLE


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


def test_fix_and_fix_all_from_the_dock_are_one_undo_step_each(qtbot, spell_window):
    window = spell_window
    window.new_article()
    qtbot.waitUntil(lambda: window.editor.isEnabled())
    body = window.editor.body_edit
    body.setPlainText("Ở TP HCM và Tp.HCM, có 7.5 tỷ đồng.")
    panel = window.review_panel.readiness

    def item_for(rule):
        for i in range(panel.list.count()):
            f = panel.list.item(i).data(FINDING_ROLE)
            if getattr(f, "rule", None) == rule:
                return panel.list.item(i)
        return None

    qtbot.waitUntil(lambda: item_for("H001") is not None, timeout=15000)
    menu = panel.house_menu_at(item_for("H001"))
    actions = menu.actions()
    assert "TP.HCM" in actions[0].text() and "2" in actions[1].text()
    actions[1].trigger()  # fix all: both spellings of TP.HCM
    assert body.toPlainText() == "Ở TP.HCM và TP.HCM, có 7.5 tỷ đồng."
    body.undo()
    assert body.toPlainText() == "Ở TP HCM và Tp.HCM, có 7.5 tỷ đồng."
    # a finding whose passage has changed since is not applied
    body.setPlainText("Ở Hà Nội, có 7.5 tỷ đồng.")
    actions[0].trigger()
    assert body.toPlainText() == "Ở Hà Nội, có 7.5 tỷ đồng."


def test_house_style_follows_the_text_as_typed_once_typing_pauses(qtbot, spell_window):
    """The dock checks house style over the text on screen 0.4 s after typing stops, saved
    or not (here the dock's reads of the store are switched off, so only the typing path can
    show it): once per pause, not once per key, at the place the passage has now."""
    window = spell_window
    window.new_article()
    qtbot.waitUntil(lambda: window.editor.isEnabled())
    review = window.review_panel
    readiness = review.readiness
    qtbot.waitUntil(lambda: readiness.report is not None)
    review.disconnect_changes()  # from here on, nothing read from the store reaches the dock
    live = review.house_live
    body = window.editor.body_edit
    body.setFocus()
    checks = live.checks
    qtbot.keyClicks(body, "Nguoi dan TP HCM gop von")
    qtbot.waitUntil(lambda: not live.pending(), timeout=5000)
    assert live.checks == checks + 1  # one check for the whole run of keys
    found = [f for f in readiness.house if f.typed == "TP HCM"]
    assert found and found[0].field == "body"
    assert found[0].start == body.toPlainText().index("TP HCM")
    assert any("TP.HCM" in readiness.list.item(i).text() for i in range(readiness.list.count()))
    # Typed in front of it: the place follows; fixed: it goes.
    body.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(body, "Hom nay ")
    qtbot.waitUntil(lambda: not live.pending(), timeout=5000)
    assert [f.start for f in readiness.house if f.typed == "TP HCM"] == [
        body.toPlainText().index("TP HCM")
    ]
    body.setPlainText("Nguoi dan TP.HCM gop von")
    qtbot.waitUntil(lambda: not [f for f in readiness.house if "HCM" in f.typed], timeout=5000)


def test_the_check_as_typed_finds_what_the_whole_text_check_finds():
    """Line by line and remembered (a pause after typing checks one line again), the check as
    typed gives the findings of the dock's check of the whole article, at the same places."""
    from lnv_editor.core.spelling.house import LineMemory, check_article

    lines = [
        "## Người dân TP HCM góp 7.5 tỷ đồng",
        "",
        "Diện tích 12 % và 12km, ngày 12-3-2025 tại Tỉnh Thanh Hóa.",
        'Ông nói: "làm ngay" rồi đi, Bắc Giang vẫn thế.',
        "Thủ tướng chính phủ đến TP HCM.",
    ]
    body = "\n".join(lines * 3)
    memory = LineMemory()
    texts = {"title": "Gốm TP HCM", "lead": "LNV - Bắc Giang"}
    whole = check_article(**texts, body=body)
    assert len(whole) > 10
    key = lambda f: (f.field, f.start, f.end, f.rule, f.fix)  # noqa: E731
    typed = check_article(**texts, body=body, lines=memory)
    assert sorted(map(key, typed)) == sorted(map(key, whole))
    edited = body.replace("12km", "15km", 1)  # one line changed, the rest remembered
    again = check_article(**texts, body=edited)
    typed = check_article(**texts, body=edited, lines=memory)
    assert sorted(map(key, typed)) == sorted(map(key, again))
