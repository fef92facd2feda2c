"""Places and related stories as a reporter handles them: tag, suggest, link, reorder, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from typing_helpers import type_text

from lnv_editor.store.repository import Repository


@pytest.fixture
def stories(tmp_path):
    """A store with the story being written and three others to link to."""
    path = tmp_path / "store.sqlite"
    repo = Repository.open(path)
    ids = {
        "lead": repo.create(
            title="Gốm Bát Tràng tăng tốc đơn hàng",
            lead="Làng gốm ven sông Hồng.",
            section="Làng nghề",
        ).id,
        "silk": repo.create(title="Lụa Vạn Phúc giữ nghề nhờ du lịch", section="Làng nghề").id,
        "chu_dau": repo.create(
            title="Gốm Chu Đậu hồi sinh",
            lead="Dòng gốm men lam cổ được phục dựng.",
            section="Làng nghề",
        ).id,
        "phu_lang": repo.create(
            title="Gốm Phù Lãng tìm khách trẻ", lead="Men da lươn hút khách.", section="Làng nghề"
        ).id,
    }
    repo.close()
    return path, ids


@pytest.fixture
def opened(qtbot, make_window, stories):
    """The main window with the first story open and the places tab in front."""
    path, ids = stories
    window = make_window(path)
    window.library.select(ids["lead"])
    assert window.editor.article.id == ids["lead"]
    window.places_dock.raise_()
    panel = window.places_panel
    qtbot.waitUntil(panel.isVisible, timeout=2000)
    return window, panel, ids


def focus(qtbot, widget):
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def ctrl(qtbot, widget, key):
    focus(qtbot, widget)
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def stored_tags(window, article_id):
    return [(t.code, t.name_used) for t in window.repo.tags.provinces(article_id)]


def stored_links(window, article_id):
    return [r.target_id for r in window.repo.tags.related(article_id)]


def chips(panel):
    return [panel.tag_list.item(row).text() for row in range(panel.tag_list.count())]


def matches(panel):
    return [panel.matches.item(row) for row in range(panel.matches.count())]


def search_for(qtbot, panel, text):
    panel.picker.setText("")
    type_text(panel.picker, text)
    assert panel.matches.isVisible()
    return matches(panel)


# ----- provinces ----------------------------------------------------------------------------------
def test_picker_finds_every_way_a_place_is_written(qtbot, opened):
    window, panel, ids = opened
    article = ids["lead"]
    saved = []
    window.hub.changed.connect(saved.append)

    assert search_for(qtbot, panel, "thanh hoa")[0].text() == "Thanh Hóa"
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    assert stored_tags(window, article) == [("38", "Thanh Hóa")]
    assert panel.picker.text() == "" and not panel.matches.isVisible()
    # one change record, tagged with the panel; the window refreshes the library row from it
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=2000)
    assert saved[0].article_ids == {article} and saved[0].origin is panel

    assert search_for(qtbot, panel, "TP HCM")[0].text() == "TP.HCM (TP Hồ Chí Minh)"
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    assert stored_tags(window, article)[-1] == ("79", "TP.HCM")

    # Sài Gòn is the same city: offered, but greyed out, and Enter tags nothing twice.
    first = search_for(qtbot, panel, "Sài Gòn")[0]
    assert first.text() == "Sài Gòn (TP Hồ Chí Minh)"
    assert not first.flags() & Qt.ItemFlag.ItemIsEnabled
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    assert len(stored_tags(window, article)) == 2

    found = search_for(qtbot, panel, "Huế")
    assert [i.text() for i in found] == ["Huế", "Thừa Thiên Huế → Huế"]
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    assert stored_tags(window, article)[-1] == ("46", "Huế")

    # A former province: shown as what it became, tagged as that, the old name remembered.
    item = search_for(qtbot, panel, "Bắc Giang")[0]
    assert item.text() == "Bắc Giang → Bắc Ninh"
    rect = panel.matches.visualItemRect(item)
    qtbot.mouseClick(panel.matches.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert stored_tags(window, article)[-1] == ("24", "Bắc Giang")
    assert chips(panel) == ["Thanh Hóa", "TP Hồ Chí Minh", "Huế", "Bắc Giang → Bắc Ninh"]
    assert panel.tag_codes() == ["38", "79", "46", "24"]


def test_undo_redo_add_and_remove_province(qtbot, opened):
    window, panel, ids = opened
    article = ids["lead"]
    for text in ("thanh hoa", "Bắc Giang"):
        search_for(qtbot, panel, text)
        qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    assert stored_tags(window, article) == [("38", "Thanh Hóa"), ("24", "Bắc Giang")]
    # The picker is empty after a pick: Ctrl+Z there takes the pick back.
    ctrl(qtbot, panel.picker, Qt.Key.Key_Z)
    assert stored_tags(window, article) == [("38", "Thanh Hóa")]
    ctrl(qtbot, panel.picker, Qt.Key.Key_Y)
    assert chips(panel) == ["Thanh Hóa", "Bắc Giang → Bắc Ninh"]
    # Remove the first chip with Delete; Ctrl+Z puts it back in its place, old name and all.
    panel.tag_list.setCurrentRow(0)
    focus(qtbot, panel.tag_list)
    qtbot.keyClick(panel.tag_list, Qt.Key.Key_Delete)
    assert stored_tags(window, article) == [("24", "Bắc Giang")]
    panel.tag_list.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_tag_button, Qt.MouseButton.LeftButton)
    assert stored_tags(window, article) == [] and chips(panel) == []
    ctrl(qtbot, panel.tag_list, Qt.Key.Key_Z)
    ctrl(qtbot, panel.tag_list, Qt.Key.Key_Z)
    assert stored_tags(window, article) == [("38", "Thanh Hóa"), ("24", "Bắc Giang")]
    ctrl(qtbot, panel.tag_list, Qt.Key.Key_Y)
    assert stored_tags(window, article) == [("24", "Bắc Giang")]
    # Each article has its own history.
    window.library.select(ids["silk"])
    assert panel.undo_stack.count() == 0 and chips(panel) == []


def test_suggestion_follows_the_body_and_tags_in_one_click(qtbot, opened):
    window, panel, ids = opened
    body = window.editor.body_edit
    type_text(body, "Đoàn công tác tỉnh Thanh Hóa đã đến làng. ")
    # Not on every key: the text is read once typing pauses.
    assert panel.suggestion_buttons() == []
    qtbot.waitUntil(lambda: len(panel.suggestion_buttons()) == 1, timeout=3000)
    button = panel.suggestion_buttons()[0]
    assert button.text() == "+ Thanh Hóa"
    assert panel.suggest_box.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert stored_tags(window, ids["lead"]) == [("38", "Thanh Hóa")]
    qtbot.waitUntil(
        lambda: panel.suggestion_buttons() == [], timeout=2000
    )  # tagged: no longer offered
    # Ctrl+Z right after the click (the chip list has the focus) untags, and it is offered again.
    qtbot.keyClick(panel.tag_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_tags(window, ids["lead"]) == []
    assert [b.text() for b in panel.suggestion_buttons()] == ["+ Thanh Hóa"]
    # A former name is offered as what it became, and tagged with the name the story used.
    type_text(body, "Bắc Giang (nay là Bắc Ninh) cũng vậy.")
    qtbot.waitUntil(lambda: len(panel.suggestion_buttons()) == 2, timeout=3000)
    former = next(b for b in panel.suggestion_buttons() if "Bắc" in b.text())
    assert former.text() == "+ Bắc Giang → Bắc Ninh"
    qtbot.mouseClick(former, Qt.MouseButton.LeftButton)
    assert stored_tags(window, ids["lead"]) == [("24", "Bắc Giang")]


# ----- related stories ----------------------------------------------------------------------------
def test_related_search_pick_reorder_remove_undo(qtbot, opened):
    window, panel, ids = opened
    article, chu_dau, phu_lang, silk = ids["lead"], ids["chu_dau"], ids["phu_lang"], ids["silk"]
    # Suggestions come first, from the same section and similar titles; never the story itself.
    qtbot.waitUntil(lambda: panel.results.count() > 0, timeout=2000)
    suggested = [
        panel.results.item(r).data(Qt.ItemDataRole.UserRole) for r in range(panel.results.count())
    ]
    assert article not in suggested and set(suggested) <= {silk, chu_dau, phu_lang}
    assert panel.results_label.text() == "Suggested stories"

    type_text(panel.search, "gom")
    qtbot.waitUntil(lambda: panel.results_label.text() == "Search results", timeout=3000)
    found = {
        panel.results.item(r).data(Qt.ItemDataRole.UserRole): panel.results.item(r)
        for r in range(panel.results.count())
    }
    assert set(found) == {chu_dau, phu_lang}  # "Gốm Bát Tràng" is the story itself
    assert "<b>gốm</b>" in found[chu_dau].data(Qt.ItemDataRole.UserRole + 2)
    panel.results.setCurrentItem(found[phu_lang])
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert stored_links(window, article) == [phu_lang]
    # The linked one is greyed out; Enter links the next one.
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert stored_links(window, article) == [phu_lang, chu_dau]
    panel.search.setText("")
    type_text(panel.search, "van phuc")
    qtbot.waitUntil(lambda: panel.results.count() == 1, timeout=3000)
    qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    assert stored_links(window, article) == panel.related_ids() == [phu_lang, chu_dau, silk]
    assert [panel.related_list.item(r).text() for r in range(3)] == [
        "Gốm Phù Lãng tìm khách trẻ",
        "Gốm Chu Đậu hồi sinh",
        "Lụa Vạn Phúc giữ nghề nhờ du lịch",
    ]

    # Reorder: Alt+Up, the Down button, and a drag (the list's rows move as a drop moves them).
    panel.related_list.setCurrentRow(2)
    focus(qtbot, panel.related_list)
    qtbot.keyClick(panel.related_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert stored_links(window, article) == [phu_lang, silk, chu_dau]
    panel.related_list.setCurrentRow(0)
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert stored_links(window, article) == [silk, phu_lang, chu_dau]
    panel.related_list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    qtbot.waitUntil(
        lambda: stored_links(window, article) == [chu_dau, silk, phu_lang], timeout=2000
    )
    assert panel.related_ids() == [chu_dau, silk, phu_lang]

    # Remove with Delete, then undo everything back, one intent at a time.
    panel.related_list.setCurrentRow(1)
    focus(qtbot, panel.related_list)
    qtbot.keyClick(panel.related_list, Qt.Key.Key_Delete)
    assert stored_links(window, article) == [chu_dau, phu_lang]
    expected = [
        [chu_dau, silk, phu_lang],  # remove undone, in its place
        [silk, phu_lang, chu_dau],  # drag undone
        [phu_lang, silk, chu_dau],  # Down undone
        [phu_lang, chu_dau, silk],  # Alt+Up undone
        [phu_lang, chu_dau],
        [phu_lang],
        [],
    ]
    for links in expected:
        ctrl(qtbot, panel.related_list, Qt.Key.Key_Z)
        assert stored_links(window, article) == panel.related_ids() == links
    ctrl(qtbot, panel.related_list, Qt.Key.Key_Y)
    assert stored_links(window, article) == [phu_lang]


def test_link_to_deleted_story_is_flagged_and_harmless(qtbot, make_window, stories):
    path, ids = stories
    repo = Repository.open(path)
    repo.tags.set_related(ids["lead"], [ids["silk"], ids["chu_dau"]])
    repo.delete(ids["silk"])
    repo.close()
    window = make_window(path)
    window.library.select(ids["lead"])
    window.places_dock.raise_()
    panel = window.places_panel
    broken = panel.related_list.item(0)
    assert broken.text() == f"Story #{ids['silk']} (deleted)"
    assert broken.foreground().color().red() > 200
    assert not broken.icon().isNull() and "deleted" in broken.toolTip()
    assert panel.related_list.item(1).text() == "Gốm Chu Đậu hồi sinh"
    # It can be moved and removed like any link, and the removal undone.
    panel.related_list.setCurrentRow(0)
    qtbot.mouseClick(panel.down_button, Qt.MouseButton.LeftButton)
    assert stored_links(window, ids["lead"]) == [ids["chu_dau"], ids["silk"]]
    panel.related_list.setCurrentRow(1)
    qtbot.mouseClick(panel.unlink_button, Qt.MouseButton.LeftButton)
    assert stored_links(window, ids["lead"]) == [ids["chu_dau"]]
    ctrl(qtbot, panel.related_list, Qt.Key.Key_Z)
    assert panel.related_list.item(1).text() == f"Story #{ids['silk']} (deleted)"
    # The open story itself deleted by another program: the change fails with a notice, no crash,
    # and the failed step is not left on the undo stack.
    done = panel.undo_stack.index()
    window.repo.delete(ids["lead"])
    search_for(qtbot, panel, "thanh hoa")
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    assert panel.notice.isVisible() and "could not be saved" in panel.notice.text()
    assert panel.undo_stack.count() == done and panel.tag_codes() == []


def test_story_not_in_this_store_yet_can_be_unlinked_and_undone(qtbot, make_window, stories):
    """A link an imported bundle made to a story this store lacks: selectable, removable with
    the unlink button or Delete, the removal undone in place; never movable among the links."""
    path, ids = stories
    repo = Repository.open(path)
    repo.tags.set_related(ids["lead"], [ids["silk"]])
    repo.tags.set_missing_related(
        ids["lead"], [("urn:uuid:1", "Tranh Đông Hồ"), ("urn:uuid:2", "Nón lá Chuông")]
    )
    repo.close()
    window = make_window(path)
    window.library.select(ids["lead"])
    window.places_dock.raise_()
    panel = window.places_panel
    qtbot.waitUntil(panel.isVisible, timeout=2000)
    rows = [panel.related_list.item(r).text() for r in range(panel.related_list.count())]
    assert rows == [
        "Lụa Vạn Phúc giữ nghề nhờ du lịch",
        "Tranh Đông Hồ (not in this store yet)",
        "Nón lá Chuông (not in this store yet)",
    ]
    panel.related_list.setCurrentRow(1)
    assert panel.related_list.currentItem().isSelected()
    # Removable, not movable: the order of waiting links is the bundle's.
    assert panel.unlink_button.isEnabled()
    assert not panel.up_button.isEnabled() and not panel.down_button.isEnabled()
    qtbot.mouseClick(panel.unlink_button, Qt.MouseButton.LeftButton)
    missing = [m.uri for m in window.repo.tags.missing_related(ids["lead"])]
    assert missing == ["urn:uuid:2"]
    assert stored_links(window, ids["lead"]) == [ids["silk"]]  # the real link untouched
    assert panel.related_list.count() == 2
    ctrl(qtbot, panel.related_list, Qt.Key.Key_Z)
    missing = [(m.uri, m.title) for m in window.repo.tags.missing_related(ids["lead"])]
    assert missing == [("urn:uuid:1", "Tranh Đông Hồ"), ("urn:uuid:2", "Nón lá Chuông")]
    assert panel.related_list.item(1).text() == "Tranh Đông Hồ (not in this store yet)"
    # The last linked story cannot move below a waiting one: waiting rows stay last.
    panel.related_list.setCurrentRow(0)
    assert not panel.down_button.isEnabled() and panel.unlink_button.isEnabled()
    panel.related_list.setCurrentRow(2)
    focus(qtbot, panel.related_list)
    qtbot.keyClick(panel.related_list, Qt.Key.Key_Delete)
    missing = [m.uri for m in window.repo.tags.missing_related(ids["lead"])]
    assert missing == ["urn:uuid:1"]


# ----- library ------------------------------------------------------------------------------------
def test_library_province_filter_narrows_the_list(qtbot, make_window, stories):
    path, ids = stories
    repo = Repository.open(path)
    repo.tags.set_provinces(ids["lead"], [("01", "Hà Nội")])
    repo.tags.set_provinces(ids["chu_dau"], [("31", "Hải Dương"), ("01", "Hà Nội")])
    repo.tags.set_provinces(ids["silk"], [("24", "Bắc Ninh")])
    repo.close()
    window = make_window(path)
    library = window.library
    combo = library.province_filter
    assert combo.count() == 35 and combo.itemText(0) == "All provinces and cities"
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert names[:3] == ["An Giang", "Bắc Ninh", "Cà Mau"]  # Vietnamese order: Bắc before Cà
    assert names.index("TP Hồ Chí Minh") < names.index("Huế")  # Hồ Chí Minh under H
    assert library.model.rowCount() == 4
    combo.setCurrentIndex(combo.findData("01"))
    qtbot.waitUntil(lambda: library.model.rowCount() == 2, timeout=3000)
    assert set(library.model.ids) == {ids["lead"], ids["chu_dau"]}
    type_text(library.search, "chu dau")
    qtbot.waitUntil(lambda: library.model.ids == [ids["chu_dau"]], timeout=3000)
    library.search.clear()
    combo.setCurrentIndex(combo.findData("24"))
    qtbot.waitUntil(lambda: library.model.ids == [ids["silk"]], timeout=3000)
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: library.model.rowCount() == 4, timeout=3000)
    # Tagging in the panel shows in the filtered list once it is filtered again.
    library.select(ids["phu_lang"])
    window.places_dock.raise_()
    search_for(qtbot, window.places_panel, "bac ninh")
    qtbot.keyClick(window.places_panel.picker, Qt.Key.Key_Return)
    combo.setCurrentIndex(combo.findData("24"))
    qtbot.waitUntil(lambda: set(library.model.ids) == {ids["silk"], ids["phu_lang"]}, timeout=3000)


def test_hints_never_widen_the_dock(qtbot, make_window):
    """A long hint in the related-stories part wraps; the dock (and the preview beside it)
    keeps its width."""
    window = make_window()
    article = window.repo.create(title="Gốm Bát Tràng", lead="Sapo", body="Thân bài")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    window.library.select(article.id)
    qtbot.waitUntil(lambda: window.places_panel.article_id == article.id, timeout=3000)
    label = window.places_panel.results_label
    qtbot.waitUntil(lambda: bool(label.text()), timeout=3000)
    assert len(label.text()) > 60  # the long "nothing matched, and why" hint
    for panel in (window.places_panel, window.photo_panel, window.review_panel):
        assert panel.minimumSizeHint().width() < 400, type(panel).__name__
