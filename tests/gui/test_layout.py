"""The main window at the sizes reporters' screens have (1024×700, 1280×800, 1920×1080),
with and without the preview: every label whole, the whole title and byline shown from their
start, a preview wide enough to read, the editor's width back after closing it, and a window
that never grows past the size it was given.

Screenshots of each state are written to ``$LNV_SCREENSHOTS`` (default: the test's temp dir)
to be looked at; the assertions check what must be visible in them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWebEngineCore import QWebEngineScript
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from lnv_editor.config import Config
from lnv_editor.gui.library.model import LibraryModel
from lnv_editor.i18n import install_translators

APP = QWebEngineScript.ScriptWorldId.ApplicationWorld
SIZES = [(1024, 700), (1280, 800), (1920, 1080)]
TITLE = "Gốm Bát Tràng tăng tốc đơn hàng xuất khẩu dịp cuối năm, nghệ nhân làm cả đêm"
BYLINE = "Nguyễn Thị Hà"
MOBILE_PAGE = 375  # CSS pixels: the portal's phone layout
SCROLLBAR = 15


@pytest.fixture
def vietnamese(english):
    install_translators("vi")
    yield


@pytest.fixture
def demo_store(tmp_path):
    """The demo store, and a story with a long title and byline that is opened first."""
    from lnv_editor.store.demo import seed_demo
    from lnv_editor.store.repository import Repository

    path = tmp_path / "demo.sqlite"
    repo = Repository.open(path)
    seed_demo(repo)
    article = repo.create(
        title=TITLE,
        lead="Những tháng cuối năm, các lò gốm ở xã Bát Tràng đỏ lửa gần như suốt ngày đêm.",
        byline=BYLINE,
        section="Doanh nghiệp",
        body="Chủ xưởng cho biết đơn hàng tăng mạnh.\n\n## Lò ga thay lò than\n\nGiữ nghề.\n",
    )
    repo.close()
    return path, article.id


@pytest.fixture
def sized_window(qtbot, tmp_path, vietnamese, demo_store):
    from lnv_editor.gui.window.main_window import MainWindow

    path, article_id = demo_store
    made = []

    def make(width: int, height: int):
        window = MainWindow(Config(tmp_path / "settings.json"))
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        window.ensure_panels()
        window.apply_icons()
        with qtbot.waitSignal(window.storeReady, timeout=20000):
            window.open_store(path)
        qtbot.waitUntil(lambda: window.editor.article is not None, timeout=5000)
        assert window.editor.article.id == article_id
        made.append(window)
        settle(qtbot)
        return window

    yield make
    for window in made:
        if isValid(window) and window.repo is not None:
            window.close()


def settle(qtbot, ms: int = 150) -> None:
    """Let posted layout requests and resizeDocks run (layout only: no assertion waits on it
    for something not to happen)."""
    qtbot.wait(ms)


def side_width(window) -> int:
    """The width of the dock area beside the library and the editor."""
    return window.width() - window.centralWidget().width()


def shot(window, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("LNV_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    image = window.grab()
    assert image.save(str(path))
    # The picture is the window: it did not grow past what it was given.
    assert (image.width(), image.height()) == (window.width(), window.height())
    return path


def cut_labels(window) -> list[str]:
    """Visible one-line labels of the window shown narrower than their text."""
    cut = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.wordWrap():
            continue
        if label.width() < label.sizeHint().width():
            cut.append(f"{label.text()!r}: {label.width()} < {label.sizeHint().width()} px")
    return cut


def hidden_part(widget: QWidget) -> str | None:
    """What of *widget* is not on screen (another widget over it, or outside its parents)."""
    shown = widget.visibleRegion().boundingRect()
    return None if shown == widget.rect() else f"{widget.objectName()}: {shown} of {widget.rect()}"


def check_form(window, smallest_screen: tuple[int, int] = SIZES[0]) -> None:
    e = window.editor
    # The window can be made as small as the smallest screen it is made for.
    smallest = window.minimumSizeHint()
    assert smallest.width() <= smallest_screen[0], smallest
    assert smallest.height() <= smallest_screen[1], smallest
    assert cut_labels(window) == []
    for field in (e.title_edit, e.byline_edit, e.section_combo, e.status_combo, e.body_edit):
        assert hidden_part(field) is None
    # Fields show their text from its start (the title's first letters, "Nguyễn" of the byline).
    for field in (e.title_edit, e.byline_edit):
        assert field.cursorRect().left() < 8, field.objectName()
    fm = e.byline_edit.fontMetrics()
    assert e.byline_edit.width() >= fm.horizontalAdvance(BYLINE) + 12  # the whole byline
    # The title field is wide enough for a good part of a title.
    assert e.title_edit.width() >= 300
    # The library shows its titles from their start, wide enough to tell the stories apart.
    view = window.library.view
    header = view.horizontalHeader()
    assert view.horizontalScrollBar().value() == 0
    assert header.sectionViewportPosition(LibraryModel.TITLE) == 0
    assert header.sectionSize(LibraryModel.TITLE) >= 120


def js(qtbot, view, code: str):
    box = []
    view.page().runJavaScript(f"JSON.stringify({code})", APP, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    return json.loads(box[0]) if box[0] else None


def show_preview(qtbot, window):
    window.preview.toggle_action.trigger()
    panel = window.preview.panel
    qtbot.waitUntil(lambda: panel.view.loads >= 1 and not panel.view._loading, timeout=20000)
    qtbot.waitUntil(
        lambda: js(qtbot, panel.view, "document.querySelector('h1') && 1") == 1, timeout=5000
    )
    settle(qtbot, 300)
    return panel


PAGE_FITS = """(() => {
  const root = document.documentElement, width = root.clientWidth;
  const cut = [];
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const box = el.getBoundingClientRect();
    if (!box.width) continue;
    if (box.right > width + 1) cut.push(el.tagName + '.' + el.className + ' right ' + box.right);
    if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1
        && !el.matches('pre, pre *'))
      cut.push(el.tagName + '.' + el.className + ' scrolls ' + el.scrollWidth + '>' + el.clientWidth);
  }
  return {width, scroll: root.scrollWidth, cut: cut.slice(0, 8)};
})()"""


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_window_at_real_sizes_with_and_without_the_preview(
    qtbot, sized_window, tmp_path, width, height
):
    window = sized_window(width, height)
    assert (window.width(), window.height()) == (width, height)
    check_form(window)
    shot(window, f"window-{width}x{height}", tmp_path)
    editor_before = window.editor.width()
    side_before = side_width(window)

    panel = show_preview(qtbot, window)
    dock = window.preview.dock
    assert (window.width(), window.height()) == (width, height)
    assert dock.isVisible() and not dock.visibleRegion().isEmpty()
    # Beside the other docks (1920 px) the window keeps room for the three: a 1280 px screen.
    check_form(window, SIZES[0] if window.preview.sizer.tabbed else SIZES[1])
    # Readable: at least a phone's width, and the page fits it (no horizontal scroll bar).
    page = js(qtbot, panel.view, PAGE_FITS)
    assert page["width"] >= MOBILE_PAGE, page
    assert page["scroll"] <= page["width"] and page["cut"] == [], page
    columns = js(
        qtbot,
        panel.view,
        "getComputedStyle(document.querySelector('.columns')).gridTemplateColumns",
    )
    if width >= 1920:
        # Room for the desktop page (two columns) beside the editor, with the photos still shown.
        assert page["width"] > 760 and len(columns.split()) == 2, (page, columns)
        assert not window.preview.sizer.tabbed
        assert not window.photo_dock.visibleRegion().isEmpty()
    else:
        # Narrower than the desktop page: its one-column phone layout, in a tab of the side area.
        assert len(columns.split()) == 1, columns
        assert window.preview.sizer.tabbed
    shot(window, f"window-{width}x{height}-preview", tmp_path)

    window.preview.toggle_action.trigger()  # closed again: the editor gets its width back
    settle(qtbot)
    assert not dock.isVisible()
    assert (window.width(), window.height()) == (width, height)
    assert abs(side_width(window) - side_before) <= 8
    assert abs(window.editor.width() - editor_before) <= 8
    assert not window.photo_dock.visibleRegion().isEmpty()  # the tab shown before
    check_form(window)


def test_the_preview_closed_by_its_own_button_gives_the_width_back(qtbot, sized_window):
    window = sized_window(1600, 900)
    editor_before, side_before = window.editor.width(), side_width(window)
    show_preview(qtbot, window)
    window.preview.dock.close()
    settle(qtbot)
    assert not window.preview.toggle_action.isChecked()
    assert abs(side_width(window) - side_before) <= 8
    assert abs(window.editor.width() - editor_before) <= 8
    # Shown again: as readable as the first time, and still no wider window.
    panel = show_preview(qtbot, window)
    assert js(qtbot, panel.view, "document.documentElement.clientWidth") >= MOBILE_PAGE
    assert window.width() == 1600


def test_a_long_search_message_never_widens_the_window(qtbot, sized_window, tmp_path):
    window = sized_window(1024, 700)
    library = window.library
    library.search.setText("làng gốm mùa Tết xuân hè thu đông trên bến dưới thuyền")
    qtbot.waitUntil(lambda: "«" in library.count_label.text(), timeout=5000)
    settle(qtbot)
    assert (window.width(), window.height()) == (1024, 700)
    assert hidden_part(library.count_label) is None  # wrapped, all of it on screen
    window.statusBar().showMessage("Kho dữ liệu: " + "/thư mục rất dài" * 40 + "/kho.sqlite")
    settle(qtbot)
    assert (window.width(), window.height()) == (1024, 700)
    check_form(window)
    shot(window, "window-1024x700-long-search", tmp_path)


def test_loading_an_article_shows_its_fields_from_the_start(qtbot, sized_window):
    window = sized_window(1024, 700)
    editor = window.editor
    other = next(i for i in window.model.ids if i != editor.article.id)
    window.open_article(other)
    assert editor.article.id == other
    settle(qtbot)
    for field in (editor.title_edit, editor.byline_edit, editor.section_combo.lineEdit()):
        assert field.cursorPosition() == 0, field.objectName()
    check_form(window)


LONG_WORD = "Siêu" + "dàiii" * 14  # no break opportunity, wider than a phone


def test_the_mobile_preview_wraps_everything_at_a_phones_width(qtbot, sized_window, tmp_path):
    window = sized_window(1280, 800)
    editor = window.editor
    editor.title_edit.setText(f"{TITLE} {LONG_WORD}")
    editor.body_edit.setPlainText(
        f"Đoạn đầu {LONG_WORD} tiếp.\n\n## Tiêu đề phụ {LONG_WORD}\n\n"
        f"> Trích dẫn {LONG_WORD}\n\n- Mục {LONG_WORD}\n"
    )
    panel = show_preview(qtbot, window)
    panel.mobile_button.click()
    qtbot.waitUntil(
        lambda: (
            abs(js(qtbot, panel.view, "document.documentElement.clientWidth") - MOBILE_PAGE) <= 2
        ),
        timeout=5000,
    )
    qtbot.waitUntil(
        lambda: js(qtbot, panel.view, "document.querySelector('h2') && 1") == 1, timeout=5000
    )
    page = js(qtbot, panel.view, PAGE_FITS)
    assert page["scroll"] <= page["width"], page
    assert page["cut"] == [], page  # nothing clipped: "Huế: 26°C", "Doanh nghiệp", long words
    # The weather strip and the sections are all readable, not scrolled out of sight.
    texts = js(
        qtbot,
        panel.view,
        "[...document.querySelectorAll('.weather li, .sections li')].map(li => "
        "[li.textContent.trim(), li.getBoundingClientRect().right])",
    )
    assert texts and all(right <= MOBILE_PAGE + 1 for _, right in texts), texts
    assert any(text.startswith("Huế") for text, _ in texts)
    assert any(text == "Doanh nghiệp" for text, _ in texts)
    shot(window, "preview-mobile", tmp_path)


def test_a_zoomed_phone_preview_never_widens_the_window(qtbot, sized_window):
    window = sized_window(1024, 700)
    panel = show_preview(qtbot, window)
    panel.mobile_button.click()
    for _ in range(5):
        panel.view.zoom_by(1)
    settle(qtbot)
    assert panel.view.zoomFactor() > 1.5
    assert (window.width(), window.height()) == (1024, 700)
    # The phone is as wide as the dock allows, all of it inside the window.
    view = panel.view
    shown = QRect(view.mapTo(window, QPoint(0, 0)), view.size())
    assert window.rect().contains(shown), shown
    assert view.width() == panel.width()
    check_form(window)
