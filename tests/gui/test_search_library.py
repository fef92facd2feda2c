"""The library's search box as a user types into it: the phrase first, relevance order,
and a status line that says when the words were found apart."""

from __future__ import annotations

import threading
from datetime import timedelta

from PySide6.QtCore import Qt
from typing_helpers import type_text

from lnv_editor.gui.library.model import LibraryModel
from lnv_editor.store.repository import Repository, utcnow

EXACT = "Thợ Đồng Kỵ đóng tủ chè"
TONES = "Lễ hội Đông Kỳ rước pháo"
APART = [f"Hội nghị {n}: {n} tỷ đồng được duyệt ở kỳ họp" for n in range(1, 4)]
OTHER = "Gốm Bát Tràng vào mùa"


def _store(tmp_path):
    store = tmp_path / "store.sqlite"
    repo = Repository.open(store)
    now = utcnow()
    # The two with the phrase are the oldest: ordered by date they would come last.
    titles = [EXACT, TONES, OTHER, *APART]
    repo.bulk_insert(
        {
            "title": title,
            "section": "Làng nghề",
            "uri": f"urn:test:{n}",
            "updated": now - timedelta(hours=10 - n),
        }
        for n, title in enumerate(titles)
    )
    repo.close()
    return store


def _titles(panel) -> list[str]:
    return [panel.model.index(r, LibraryModel.TITLE).data() for r in range(panel.model.rowCount())]


def _search(qtbot, panel, text: str, expected: list[str]) -> None:
    panel.search.clear()
    type_text(panel.search, text)
    qtbot.waitUntil(lambda: panel.model.query == text and _titles(panel) == expected, timeout=3000)


def test_search_box_finds_the_phrase_ranked_and_says_when_it_falls_back(
    qtbot, make_window, tmp_path
):
    window = make_window(_store(tmp_path))
    panel = window.library
    header = panel.view.horizontalHeader()
    by_date = _titles(panel)
    assert by_date[:3] == list(reversed(APART))  # newest first before any search
    assert header.sortIndicatorSection() == LibraryModel.UPDATED

    # typed with diacritics: the phrase only (not "tỷ đồng … kỳ họp"), the exact one first
    _search(qtbot, panel, "Đồng Kỵ", [EXACT, TONES])
    assert header.sortIndicatorSection() != LibraryModel.UPDATED  # relevance, no column's order
    assert "relevance" in panel.count_label.text()
    assert "exact phrase" not in panel.count_label.text()
    _search(qtbot, panel, "Đông Kỳ", [TONES, EXACT])

    # no article has "đồng họp": every article with both words, and the status line says so
    _search(qtbot, panel, "dong hop", list(reversed(APART)))
    assert "No article contains the exact phrase «dong hop»" in panel.count_label.text()
    assert panel.count_label.text().startswith("3 article")

    # clearing the search returns to the order before it
    panel.search.clear()
    qtbot.waitUntil(lambda: _titles(panel) == by_date, timeout=3000)
    assert header.sortIndicatorSection() == LibraryModel.UPDATED
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert "relevance" not in panel.count_label.text()


def test_relevance_gives_way_to_a_header_click_and_comes_back_to_the_title_order(
    qtbot, make_window, tmp_path
):
    window = make_window(_store(tmp_path))
    panel = window.library
    header = panel.view.horizontalHeader()
    header.sectionClicked.emit(LibraryModel.TITLE)  # a-z, before searching
    alphabetical = _titles(panel)
    assert alphabetical[0] == OTHER
    _search(qtbot, panel, "Đông Kỳ", [TONES, EXACT])
    # the user can still pick another order while the search is on
    header.sectionClicked.emit(LibraryModel.UPDATED)
    assert _titles(panel) == [TONES, EXACT]  # newest first: TONES is newer
    assert header.sortIndicatorSection() == LibraryModel.UPDATED
    _search(qtbot, panel, "Đồng Kỵ", [TONES, EXACT])  # a new query keeps the user's pick
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6, timeout=3000)
    assert header.sortIndicatorSection() == LibraryModel.UPDATED
    # a search from the title order comes back to it
    header.sectionClicked.emit(LibraryModel.TITLE)
    assert _titles(panel) == alphabetical
    _search(qtbot, panel, "Đồng Kỵ", [EXACT, TONES])
    panel.search.clear()
    qtbot.waitUntil(lambda: _titles(panel) == alphabetical, timeout=3000)
    assert header.sortIndicatorSection() == LibraryModel.TITLE


def test_a_newer_search_cancels_the_older_one_and_its_list_is_never_shown(
    qtbot, make_window, tmp_path
):
    """The library's queries run on its runner (gui/common/workers.py); one still waiting or
    running when the user types on is cancelled (inside SQLite, or before it starts), and
    what it found never reaches the list. Typing never waits for a query."""
    window = make_window(_store(tmp_path))
    panel = window.library
    model = panel.model
    release, started = threading.Event(), threading.Event()

    def busy() -> None:  # holds the runner, as a long search would
        started.set()
        release.wait(10)

    model.runner.submit(busy)
    assert started.wait(10)
    shown: list[list[str]] = []
    model.modelReset.connect(lambda: shown.append(_titles(panel)))
    cancelled: list[int] = []
    model.cancelled.connect(cancelled.append)
    try:
        type_text(panel.search, "Đồng Kỵ")  # its query waits behind the busy one
        qtbot.waitUntil(lambda: model.query == "Đồng Kỵ", timeout=3000)
        before = _titles(panel)
        panel.search.clear()
        type_text(panel.search, "dong hop")
        qtbot.waitUntil(lambda: model.query == "dong hop", timeout=3000)
        assert _titles(panel) == before  # typing never waited for a query
    finally:
        release.set()
    with qtbot.waitSignal(model.filtered, timeout=5000):
        pass  # the one query that reports: the newest
    assert _titles(panel) == list(reversed(APART))
    qtbot.waitUntil(lambda: len(cancelled) >= 1, timeout=5000)  # the older gave up
    assert [EXACT, TONES] not in shown and shown[-1] == list(reversed(APART))
    assert "No article contains the exact phrase «dong hop»" in panel.count_label.text()
