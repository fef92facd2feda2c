"""The library: lazy model over 100,000 articles, search and status filter as a user uses them."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from typing_helpers import type_text

from lnv_editor.gui.library.model import PAGE, LibraryModel
from lnv_editor.store.repository import Repository, utcnow


def _fill(repo: Repository, n: int) -> None:
    now = utcnow()
    repo.bulk_insert(
        {
            "title": f"Bài số {i} về làng nghề",
            "section": "Làng nghề",
            "status": "published" if i % 3 else "draft",
            "uri": f"urn:test:{i}",
            "updated": now - timedelta(minutes=i),
        }
        for i in range(n)
    )


def test_model_with_100k_rows_loads_only_what_is_shown(qtbot, tmp_path, english, monkeypatch):
    repo = Repository.open(tmp_path / "big.sqlite")
    with repo.engine.execution_options(write=True).begin() as conn:
        # 100,000 rows straight through SQL: the repository's per-row slug check is not under test
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
            "INSERT INTO article (uri, slug, title, lead, body, byline, section, status, created, updated, "
            "version) SELECT 'urn:t:' || i, 'bai-' || i, 'Bài số ' || i, '', '', '', 'Làng nghề', "
            "CASE WHEN i % 3 = 0 THEN 'draft' ELSE 'published' END, "
            "datetime('2026-01-01', '+' || i || ' minutes'), datetime('2026-01-01', '+' || i || ' minutes'), 1 "
            "FROM n"
        )
        conn.exec_driver_sql(
            "INSERT INTO article_fts (rowid, title) SELECT id, 'bai so ' || id FROM article"
        )
    calls = []
    original = repo.library_rows
    monkeypatch.setattr(repo, "library_rows", lambda ids: calls.append(len(ids)) or original(ids))
    model = LibraryModel(repo)
    model.reload()
    assert model.rowCount() == 100_000
    assert model.index(0, LibraryModel.TITLE).data() == "Bài số 100000"  # newest first
    assert model.index(99_999, LibraryModel.TITLE).data() == "Bài số 1"
    assert calls == [PAGE, PAGE]  # two pages read, not 100,000 rows
    model.set_filter(status="draft")
    assert model.rowCount() == 33_333
    model.set_filter(query="so 42429", status=None)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Bài số 42429"]
    model.set_filter(query="", status=None)
    assert model.rowCount() == 100_000
    repo.close()


def test_search_box_and_filter_drive_the_list(qtbot, make_window, tmp_path):
    store = tmp_path / "store.sqlite"
    repo = Repository.open(store)
    _fill(repo, 30)
    repo.create(title="Đồ gỗ Đồng Kỵ vào mùa cao điểm", status="review")
    repo.close()
    window = make_window(store)
    panel = window.library
    assert panel.model.rowCount() == 31
    type_text(panel.search, "dong ky")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=3000)
    assert panel.model.index(0, 0).data() == "Đồ gỗ Đồng Kỵ vào mùa cao điểm"
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 31, timeout=3000)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("review"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=3000)
    # typing fast: only the last query's answer lands in the list
    for text in ("d", "do", "dong", "dong k"):
        panel.model.set_filter(query=text, background=True)
    qtbot.waitUntil(
        lambda: panel.model.rowCount() == 1 and panel.model.query == "dong k", timeout=3000
    )
    # clicking a row opens the article in the editor
    panel.view.selectRow(0)
    assert window.editor.title_edit.text() == "Đồ gỗ Đồng Kỵ vào mùa cao điểm"
    # clicking the "last change" header flips the order
    panel.status_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 31, timeout=3000)
    first = panel.model.index(0, 0).data()
    panel.view.horizontalHeader().sectionClicked.emit(LibraryModel.UPDATED)
    assert panel.model.index(panel.model.rowCount() - 1, 0).data() == first
    assert panel.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_title_header_sorts_in_vietnamese_order(qtbot, make_window, tmp_path):
    store = tmp_path / "store.sqlite"
    repo = Repository.open(store)
    for title in (
        "Đồng Kỵ",
        "Bát Tràng",
        "Ăn Tết làng nghề",
        "An Giang",
        "Dệt Vạn Phúc",
        "Ân tình",
    ):
        repo.create(title=title)
    repo.close()
    window = make_window(store)
    panel = window.library
    panel.view.horizontalHeader().sectionClicked.emit(LibraryModel.TITLE)
    titles = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert titles == [
        "An Giang",
        "Ăn Tết làng nghề",
        "Ân tình",
        "Bát Tràng",
        "Dệt Vạn Phúc",
        "Đồng Kỵ",
    ]
    assert panel.view.horizontalHeader().sortIndicatorSection() == LibraryModel.TITLE
    panel.view.horizontalHeader().sectionClicked.emit(LibraryModel.TITLE)
    assert panel.model.index(0, 0).data() == "Đồng Kỵ"
    # a search keeps the alphabetical order
    panel.model.set_filter(query="lang nghe")
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == [
        "Ăn Tết làng nghề"
    ]


def test_the_title_column_gets_the_room_and_widths_are_remembered(qtbot, make_window):
    long_title = "Gốm Bát Tràng giữ lửa nghề trăm năm giữa lòng Thủ đô"
    window = make_window()
    for title in (long_title, "Mây tre đan Phú Vinh"):
        window.repo.create(title=title, section="Khuyến công")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=3000)
    view = window.library.view
    header = view.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(window.model.columnCount())]
    title_width = widths[window.model.TITLE]
    assert title_width > max(w for c, w in enumerate(widths) if c != window.model.TITLE)
    assert title_width >= 0.35 * view.viewport().width()
    assert sum(widths) <= view.viewport().width() + 1  # no horizontal scrollbar
    row = next(r for r in range(2) if window.model.index(r, 0).data() == long_title)
    assert window.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == long_title

    # the user's widths come back in the next window
    header.resizeSection(window.model.SECTION, 200)
    store = window.repo.path
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the fixture tidies up
    window.close()
    again = make_window(store)
    again.resize(1700, 800)  # room for the section column (a narrow library hides it)
    qtbot.waitUntil(
        lambda: not again.library.view.horizontalHeader().isSectionHidden(again.model.SECTION)
    )
    assert again.library.view.horizontalHeader().sectionSize(again.model.SECTION) == 200


def test_a_narrow_library_keeps_the_title_readable(qtbot, make_window):
    window = make_window()
    window.repo.create(title="Gốm Bát Tràng giữ lửa nghề trăm năm", section="Khuyến công")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    header = window.library.view.horizontalHeader()
    m = window.model
    panel = window.library
    seen = set()
    for width in (620, 380, 120):
        total = sum(window.splitter.sizes())
        window.splitter.setSizes([width, total - width])
        qtbot.wait(50)
        viewport = panel.view.viewport().width()
        hidden = {c for c in range(m.columnCount()) if header.isSectionHidden(c)}
        expected = set()
        if viewport < panel.HIDE_SECTION_BELOW:
            expected.add(m.SECTION)
        if viewport < panel.HIDE_STATUS_BELOW:
            expected.add(m.STATUS)
        assert hidden == expected, viewport
        assert header.sectionSize(m.TITLE) >= 0.4 * viewport
        seen.add(frozenset(hidden))
    assert frozenset() in seen and frozenset({m.SECTION, m.STATUS}) in seen  # both ends tried


def test_a_save_rereads_its_own_row_only(qtbot, tmp_path, monkeypatch):
    """While a reporter types, every autosave refreshes the article's row in the library: the
    new title and time show at once, from one row read, not the 200 around it; a row whose
    article has gone shows nothing, and the rows beside it keep what they showed."""
    repo = Repository.open(tmp_path / "rows.sqlite")
    _fill(repo, 300)
    model = LibraryModel(repo)
    model.reload()
    assert model.index(5, LibraryModel.TITLE).data() == "Bài số 5 về làng nghề"
    article_id = model.data(model.index(5, 0), LibraryModel.IdRole)
    calls = []
    original = repo.library_rows
    monkeypatch.setattr(repo, "library_rows", lambda ids: calls.append(list(ids)) or original(ids))
    article = repo.get(article_id)
    repo.save(
        article_id,
        {"title": "Gốm Bát Tràng vào mùa"},
        base_version=article.version,
        reason="autosave",
    )
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.invalidate(article_id)
    assert changed.args[0].row() == 5
    assert calls == [[article_id]]
    assert model.index(5, LibraryModel.TITLE).data() == "Gốm Bát Tràng vào mùa"
    assert model.index(4, LibraryModel.TITLE).data() == "Bài số 4 về làng nghề"
    assert model.index(6, LibraryModel.TITLE).data() == "Bài số 6 về làng nghề"
    assert calls == [[article_id]]  # the neighbours came from the page already read
    with repo.engine.execution_options(write=True).begin() as conn:
        conn.exec_driver_sql("DELETE FROM article WHERE id = ?", (article_id,))
    model.invalidate(article_id)
    assert model.index(5, LibraryModel.TITLE).data() is None
    assert model.index(6, LibraryModel.TITLE).data() == "Bài số 6 về làng nghề"
    repo.close()
