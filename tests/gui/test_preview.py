"""The live preview as a reporter uses it: the portal page, updated in place while typing,
following the cursor both ways, desktop and mobile, zoom, PDF, and the change record."""

from __future__ import annotations

import json

import pytest
from page_waits import js, next_frame, scroll_at_rest, watch_follow, watched
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEngineScript
from typing_helpers import type_text

from lnv_editor.gui.common import file_dialogs
from lnv_editor.media.importer import import_photo
from lnv_editor.store.repository import Repository

APP = QWebEngineScript.ScriptWorldId.ApplicationWorld
MAIN = QWebEngineScript.ScriptWorldId.MainWorld
PARAGRAPHS = 40


def long_body(photo_id: int) -> str:
    paragraphs = [
        f"Đoạn {n}: nghệ nhân làng gốm kể về lò nung và mùa hàng Tết năm nay."
        for n in range(PARAGRAPHS)
    ]
    paragraphs.insert(2, "## Giữ nghề")
    paragraphs.insert(4, f"![](photo:{photo_id})")
    paragraphs.insert(6, "> “Nghề gốm nuôi cả làng”, ông Lê Văn Tám nói.")
    paragraphs.append("![](photo:9999)")
    return "\n\n".join(paragraphs) + "\n"


@pytest.fixture
def story(tmp_path):
    """A store with a story (one photo, one missing photo, one related story) and another."""
    path = tmp_path / "store.sqlite"
    repo = Repository.open(path)
    other = repo.create(
        title="Lụa Vạn Phúc giữ nghề", lead="Phố lụa đông khách.", section="Làng nghề"
    )
    article = repo.create(
        title="Gốm Bát Tràng vào mùa Tết",
        lead="Làng gốm ven sông Hồng tất bật.",
        byline="Lê Nam",
        section="Làng nghề",
    )
    Image.new("RGB", (640, 480), (190, 60, 40)).save(tmp_path / "gom.jpg", quality=90)
    (photo,) = repo.photos.add(
        article.id, [import_photo(repo.media(), tmp_path / "gom.jpg")],
        caption="Nghệ nhân tạo hình bình gốm", credit="Ảnh: Lê Nam", alt="Bình gốm trên bàn xoay",
    )  # fmt: skip
    repo.save(
        article.id, {"body": long_body(photo.id)}, base_version=article.version, reason="save"
    )
    repo.tags.set_related(article.id, [other.id])
    repo.close()
    return path, article.id, other.id, photo.id


def dom(qtbot, view, code: str, timeout=5000):
    return js(qtbot, view, code, timeout=timeout)


def wait_dom(qtbot, view, code: str, expected, timeout=8000):
    qtbot.waitUntil(lambda: dom(qtbot, view, code, timeout=1000) == expected, timeout=timeout)


@pytest.fixture
def previewed(qtbot, make_window, story):
    path, article_id, other_id, photo_id = story
    window = make_window(path)
    window.library.select(article_id)
    assert window.editor.article.id == article_id
    window.preview.toggle_action.trigger()
    panel = window.preview.panel
    qtbot.waitUntil(lambda: panel.view.loads == 1 and not panel.view._loading, timeout=20000)
    wait_dom(
        qtbot,
        panel.view,
        "document.querySelectorAll('#article-body .md-block').length",
        PARAGRAPHS + 4,
    )
    return window, panel, article_id, other_id, photo_id


def settle(qtbot, panel, timeout=5000):
    """Wait until every edit so far is rendered and shown."""
    qtbot.waitUntil(
        lambda: (
            panel.queue is not None
            and not panel.queue.busy
            and not panel.render_pending
            and not panel.view._loading
        ),
        timeout=timeout,
    )
    next_frame(qtbot, panel.view)  # the last patch is applied, laid out and painted


def follows_done(qtbot, panel, before: int, line: int) -> dict:
    """Wait until the preview has followed the cursor to *line* since *before* follows."""
    qtbot.waitUntil(
        lambda: (w := watched(qtbot, panel.view))["follows"] > before and w["line"] == line,
        timeout=5000,
    )
    return watched(qtbot, panel.view)


def test_preview_is_the_portal_page(qtbot, previewed):
    window, panel, article_id, other_id, photo_id = previewed
    view = panel.view
    assert panel.isVisible() and window.preview.toggle_action.isChecked()
    assert window.preview.toggle_action.shortcut().toString() == "Ctrl+Shift+P"
    page = dom(
        qtbot,
        view,
        """{
        title: document.title,
        h1: document.querySelector('h1').textContent,
        lead: document.querySelector('.article-lead').textContent,
        byline: document.querySelector('.article-byline').textContent,
        figures: document.querySelectorAll('#article-body figure').length,
        captions: [...document.querySelectorAll('#article-body figcaption')].map(e => e.textContent),
        related: [...document.querySelectorAll('.related-list a')].map(a => [a.textContent, a.getAttribute('href')]),
        loaded: [...document.querySelectorAll('#article-body img')].map(i => i.complete && i.naturalWidth),
    }""",
    )
    assert page["h1"] == "Gốm Bát Tràng vào mùa Tết"
    assert page["title"].startswith("Gốm Bát Tràng vào mùa Tết")
    assert page["lead"].startswith("LNV - ") and page["lead"].count("LNV - ") == 1
    assert "Lê Nam" in page["byline"]
    assert page["figures"] == 2
    assert page["captions"][0] == "Nghệ nhân tạo hình bình gốm — Ảnh: Lê Nam"
    # The missing photo is marked, in the interface language (English in tests).
    assert page["captions"][1] == "Photo 9999 is no longer in this article"
    assert page["related"] == [["Lụa Vạn Phúc giữ nghề", f"lnv-article:{other_id}"]]
    # The photo came through the lnv-photo: scheme, from the media store's rendition.
    qtbot.waitUntil(
        lambda: dom(qtbot, view, "document.querySelector('#article-body img').naturalWidth") == 640
    )
    assert view.preview_page.photos.served >= 1


def test_lead_prefix_is_never_doubled(qtbot, previewed):
    window, panel, *_ = previewed
    lead = window.editor.lead_edit
    lead.selectAll()
    type_text(lead, "LNV - Làng gốm")
    settle(qtbot, panel)
    text = dom(qtbot, panel.view, "document.querySelector('.article-lead').textContent")
    assert text.count("LNV - ") == 1 and text.startswith("LNV - Làng gốm")


def test_typing_patches_the_page_without_reload_or_scroll_jump(qtbot, previewed):
    window, panel, *_ = previewed
    view = panel.view
    js(qtbot, view, "(window.__marker = 'still here')")
    watch_follow(qtbot, view)
    loads = view.loads
    body = window.editor.body_edit
    body.setFocus()
    block = body.document().findBlockByNumber(20)
    cursor = body.textCursor()
    cursor.setPosition(block.position() + block.length() - 1)
    body.setTextCursor(cursor)
    # The preview brings the paragraph into view (smoothly), then stays put while typing.
    scrolled = follows_done(qtbot, panel, 0, 21)
    assert scrolled["intoView"] == 1
    scroll_at_rest(qtbot, view)
    y = dom(qtbot, view, "window.scrollY")
    assert y > 300
    qtbot.keyClicks(body, " them chu moi")
    settle(qtbot, panel)
    # Typing in one paragraph asks the page for nothing more (the patch keeps its mark): the
    # next follow, to the line below, is the first one since.
    body.moveCursor(QTextCursor.MoveOperation.Down)
    line = body.textCursor().blockNumber() + 1
    assert line != 21
    typed = follows_done(qtbot, panel, scrolled["follows"], line)
    assert typed["follows"] == scrolled["follows"] + 1
    assert typed["intoView"] == 1 and typed["scrolling"] is False  # no scroll asked for
    texts = dom(
        qtbot, view, "[...document.querySelectorAll('#article-body p')].map(p => p.textContent)"
    )
    assert any(t.endswith("năm nay. them chu moi") for t in texts)
    assert view.loads == loads  # patched, not reloaded
    assert dom(qtbot, view, "window.__marker") == "still here"
    assert dom(qtbot, view, "window.scrollY") == y
    # Every block still says which source lines it shows.
    lines = dom(
        qtbot,
        view,
        "[...document.querySelectorAll('#article-body .md-block')].map(b => [+b.dataset.block, +b.dataset.srcLine])",
    )
    assert [b for b, _ in lines] == list(range(len(lines)))
    assert [line for _, line in lines] == sorted(line for _, line in lines)


def test_new_paragraph_and_title_edit_patch_in_place(qtbot, previewed):
    window, panel, *_ = previewed
    view = panel.view
    js(qtbot, view, "(window.__marker = 1)")
    loads = view.loads
    body = window.editor.body_edit
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(body, "Mo dau bai viet")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    settle(qtbot, panel)
    first = dom(
        qtbot,
        view,
        "[document.querySelector('#article-body .md-block').textContent, document.querySelectorAll('#article-body .md-block').length]",
    )
    assert first == ["Mo dau bai viet", PARAGRAPHS + 5]
    window.editor.title_edit.end(False)  # a loaded title shows its start: go to its end
    type_text(window.editor.title_edit, " 2027")
    settle(qtbot, panel)
    assert (
        dom(qtbot, view, "document.querySelector('h1').textContent")
        == "Gốm Bát Tràng vào mùa Tết 2027"
    )
    assert dom(qtbot, view, "document.title").startswith("Gốm Bát Tràng vào mùa Tết 2027")
    assert view.loads == loads and dom(qtbot, view, "window.__marker") == 1


def test_caption_edited_in_photo_panel_shows_at_once(qtbot, previewed):
    window, panel, article_id, _other, photo_id = previewed
    photos = window.photo_panel
    window.photo_dock.raise_()
    rect = photos.list.visualItemRect(photos.item_for(photo_id))
    qtbot.mouseClick(photos.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    caption = photos.form.fields["caption"]
    caption.setFocus()
    caption.moveCursor(QTextCursor.MoveOperation.End)
    type_text(caption, " ở Hà Nội")
    qtbot.keyClick(caption, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Hà Nội" in window.repo.photos.get(photo_id).caption, timeout=3000)
    wait_dom(
        qtbot,
        panel.view,
        "document.querySelector('#article-body figcaption').textContent",
        "Nghệ nhân tạo hình bình gốm ở Hà Nội — Ảnh: Lê Nam",
    )


def test_tagged_province_and_related_story_show(qtbot, previewed):
    window, panel, article_id, other_id, _photo = previewed
    # Tagged in the places panel, as a reporter does: typed the way people write it.
    places = window.places_panel
    window.places_dock.raise_()
    qtbot.waitUntil(places.isVisible, timeout=2000)
    places.picker.setText("")
    type_text(places.picker, "thanh hoa")
    qtbot.waitUntil(places.matches.isVisible, timeout=2000)
    qtbot.keyClick(places.picker, Qt.Key.Key_Return)
    wait_dom(
        qtbot, panel.view,
        "(document.querySelector('.article-places') || {textContent: ''}).textContent.includes('Thanh Hóa')",
        True,
    )  # fmt: skip
    window.repo.tags.set_related(article_id, [])
    wait_dom(qtbot, panel.view, "document.querySelectorAll('.related-list a').length", 0)
    # Another story's new title reaches this page's lists.
    other = window.repo.get(other_id)
    window.repo.save(
        other_id, {"title": "Lụa Vạn Phúc đón khách"}, base_version=other.version, reason="save"
    )
    wait_dom(
        qtbot, panel.view, "document.body.textContent.includes('Lụa Vạn Phúc đón khách')", True
    )


def element_center(qtbot, view, selector: str) -> QPoint:
    rect = dom(
        qtbot,
        view,
        f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }})()",
    )
    zoom = view.zoomFactor()
    return QPoint(round(rect[0] * zoom), round(rect[1] * zoom))


def test_click_in_preview_moves_the_editor_cursor(qtbot, previewed):
    window, panel, *_ = previewed
    view = panel.view
    settle(qtbot, panel)
    # The page has marked the cursor's block (the follow after loading): nothing scrolls now.
    qtbot.waitUntil(lambda: not panel._follow_timer.isActive(), timeout=5000)
    target = dom(
        qtbot,
        view,
        "+document.querySelector('#article-body .md-block[data-block=\"30\"]').dataset.srcLine",
    )
    point = element_center(qtbot, view, '#article-body .md-block[data-block="30"] p')
    next_frame(qtbot, view)  # the scrolled page is on screen before the click
    QTest.mouseClick(
        view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    body = window.editor.body_edit
    qtbot.waitUntil(lambda: body.textCursor().blockNumber() == target - 1, timeout=3000)
    assert body.textCursor().positionInBlock() == 0
    assert body.toPlainText().split("\n")[target - 1].startswith("Đoạn")


def test_preview_follows_the_cursor_only_when_off_screen(qtbot, previewed):
    window, panel, *_ = previewed
    view = panel.view
    assert dom(qtbot, view, "window.scrollY") == 0
    qtbot.waitUntil(lambda: not panel._follow_timer.isActive(), timeout=5000)  # after loading
    watch_follow(qtbot, view)
    body = window.editor.body_edit
    body.moveCursor(QTextCursor.MoveOperation.Start)
    body.moveCursor(QTextCursor.MoveOperation.NextBlock)
    body.moveCursor(QTextCursor.MoveOperation.NextBlock)  # the next paragraph, on screen
    followed = follows_done(qtbot, panel, 0, body.textCursor().blockNumber() + 1)
    assert followed["intoView"] == 0 and followed["scrolls"] == 0
    assert dom(qtbot, view, "window.scrollY") == 0
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.waitUntil(lambda: dom(qtbot, view, "window.scrollY") > 1000, timeout=5000)
    last = dom(
        qtbot,
        view,
        "(() => { const r = document.querySelector('#article-body .md-block:last-child').getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; })()",
    )
    assert last is True
    # The block at the cursor is marked, and only that one.
    marked = dom(
        qtbot,
        view,
        "[...document.querySelectorAll('.lnv-current')].map(b => b.matches(':last-child'))",
    )
    assert marked == [True]


def test_mobile_layout_and_zoom_without_reload(qtbot, previewed):
    window, panel, *_ = previewed
    view = panel.view
    window.resize(1700, 900)
    window.resizeDocks([window.preview.dock], [800], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dom(qtbot, view, "document.documentElement.clientWidth") > 420)
    loads = view.loads
    panel.mobile_button.click()
    qtbot.waitUntil(
        lambda: abs(dom(qtbot, view, "document.documentElement.clientWidth") - 375) <= 2
    )
    assert dom(qtbot, view, "document.documentElement.classList.contains('layout-mobile')") is True
    window.activateWindow()  # shortcuts go to the active window only
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    view.setFocus()
    QTest.keyClick(view.focusProxy(), Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.zoomFactor() > 1.0)
    assert panel.zoom_label.text() == f"{round(view.zoomFactor() * 100)} %"
    # Zoomed, the phone is still 375 CSS pixels wide.
    qtbot.waitUntil(
        lambda: abs(dom(qtbot, view, "document.documentElement.clientWidth") - 375) <= 2
    )
    QTest.keyClick(view.focusProxy(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.zoomFactor() == 1.0)
    panel.desktop_button.click()
    qtbot.waitUntil(lambda: dom(qtbot, view, "document.documentElement.clientWidth") > 420)
    assert dom(qtbot, view, "document.documentElement.classList.contains('layout-mobile')") is False
    assert view.loads == loads


def test_preview_is_not_blank(qtbot, previewed):
    window, panel, *_ = previewed
    qtbot.waitUntil(
        lambda: (
            dom(qtbot, panel.view, "document.querySelector('#article-body img').naturalWidth")
            == 640
        )
    )

    def painted() -> bool:
        image = panel.view.grab().toImage()
        assert image.width() > 200 and image.height() > 200
        colours, non_white = set(), 0
        for y in range(0, image.height(), 4):
            for x in range(0, image.width(), 4):
                rgb = image.pixel(x, y) & 0xFFFFFF
                colours.add(rgb)
                non_white += rgb != 0xFFFFFF
        samples = (image.height() // 4) * (image.width() // 4)
        # Text, the red masthead, greys: not a blank or flat page.
        return len(colours) > 30 and non_white / samples > 0.05

    next_frame(qtbot, panel.view)
    qtbot.waitUntil(painted, timeout=5000)


def test_save_pdf(qtbot, previewed, tmp_path, monkeypatch):
    window, panel, *_ = previewed
    target = tmp_path / "ban-in"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(panel.pdfSaved, timeout=15000) as saved:
        panel.pdf_button.click()
    path, ok = saved.args
    assert ok and path.endswith("ban-in.pdf")
    data = (tmp_path / "ban-in.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000


def test_preview_follows_the_open_article_and_closes_with_it(qtbot, previewed):
    window, panel, article_id, other_id, _photo = previewed
    window.library.select(other_id)
    wait_dom(qtbot, panel.view, "document.querySelector('h1').textContent", "Lụa Vạn Phúc giữ nghề")
    assert (
        dom(qtbot, panel.view, "document.querySelectorAll('#article-body .md-block').length") == 0
    )
    window.preview.toggle_action.trigger()
    assert not window.preview.dock.isVisible()
    window.preview.window_action.trigger()
    assert window.preview.dock.isVisible() and window.preview.dock.isFloating()
    assert window.preview.toggle_action.isChecked()


def test_hidden_preview_renders_nothing_and_catches_up_when_shown(qtbot, previewed):
    window, panel, *_ = previewed
    settle(qtbot, panel)
    window.preview.toggle_action.trigger()
    assert not panel.isVisible()
    serial = panel.queue._serial
    # The edit starts the refresh timer; when it fires, the hidden panel asks for nothing.
    window.editor.title_edit.end(False)  # a loaded title shows its start: go to its end
    with qtbot.waitSignal(panel._refresh_timer.timeout, timeout=5000):
        qtbot.keyClicks(window.editor.title_edit, " an")
    assert panel.queue._serial == serial  # no render while nobody looks
    window.preview.toggle_action.trigger()
    wait_dom(
        qtbot,
        panel.view,
        "document.querySelector('h1').textContent",
        "Gốm Bát Tràng vào mùa Tết an",
    )


def test_the_cursor_mark_stays_on_while_typing(qtbot, previewed):
    window, panel, *_ = previewed
    view = panel.view
    body = window.editor.body_edit
    body.setFocus()
    block = body.document().findBlockByNumber(0)
    cursor = body.textCursor()
    cursor.setPosition(block.position() + block.length() - 1)
    body.setTextCursor(cursor)
    wait_dom(qtbot, view, "!!document.querySelector('#article-body > .md-block.lnv-current')", True)
    settle(qtbot, panel)
    # Count every moment the body is left without a mark (the observer sees each patch's
    # final state, before the cursor-follow timer could put a mark back).
    dom(
        qtbot,
        view,
        "(() => { window.__gaps = 0; const b = document.getElementById('article-body');"
        " new MutationObserver(() => { if (!b.querySelector(':scope > .lnv-current'))"
        " window.__gaps++; }).observe(b, {subtree: true, childList: true, attributes: true,"
        " attributeFilter: ['class']}); return true; })()",
    )
    for ch in " chu":
        with qtbot.waitSignal(view.patched, timeout=5000):
            qtbot.keyClicks(body, ch)
    settle(qtbot, panel)
    assert dom(qtbot, view, "window.__gaps") == 0
    texts = dom(qtbot, view, "document.querySelector('#article-body > .lnv-current').textContent")
    assert texts.endswith(" chu")


def test_a_key_in_the_body_renders_only_once_its_frame_is_drawn(qtbot, previewed):
    """The preview's render takes the cores and the interpreter: a key typed in the body asks
    for it only after the editor has painted the key (gui/common/frames.py), and the key
    still reaches the page."""
    import time

    from lnv_editor.gui.common.frames import AFTER_FRAME_MS

    window, panel, *_ = previewed
    settle(qtbot, panel)
    body = window.editor.body_edit
    body.setFocus()
    qtbot.waitUntil(body.hasFocus, timeout=3000)
    body.moveCursor(QTextCursor.MoveOperation.End)
    painted, asked = [], []
    body.painted.connect(lambda: painted.append(time.perf_counter()))
    request = panel.queue.request
    panel.queue.request = lambda *a, **k: (asked.append(time.perf_counter()), request(*a, **k))
    sent = time.perf_counter()
    qtbot.keyClicks(body, "zq")
    assert asked == [] and panel.render_pending  # not while the key is handled
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    frame = next(t for t in painted if t >= sent)
    assert asked[0] >= frame + AFTER_FRAME_MS / 1000 * 0.9  # (timer slack)
    settle(qtbot, panel)
    wait_dom(qtbot, panel.view, "document.body.textContent.includes('zq')", True)
