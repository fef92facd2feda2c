"""The preview is safe by construction: nothing from the content runs, nothing leaves the
machine, nothing navigates, and pathological Markdown cannot freeze the app."""

from __future__ import annotations

import json
import threading

import pytest
from page_waits import js, next_frame, page_settled
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEngineScript, QWebEngineSettings
from PySide6.QtWidgets import QMessageBox

from lnv_editor.gui.preview.schemes import ALLOWED_SCHEMES, PAGE_URL
from lnv_editor.gui.preview.view import PreviewView
from lnv_editor.media.importer import import_photo
from lnv_editor.store.repository import Repository

APP = QWebEngineScript.ScriptWorldId.ApplicationWorld
MAIN = QWebEngineScript.ScriptWorldId.MainWorld

# Each would set window.__pwned (or change the DOM) if anything ran.
PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    "<svg onload=\"window.__pwned=1\"><circle r=9 onmouseover='window.__pwned=1'/></svg>",
    "<script>window.__pwned=1</script>",
    '"><img src=x onerror=window.__pwned=1>',
    '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    '<a href="javascript:window.__pwned=1">bấm</a>',
    "<body onload=window.__pwned=1>",
    '<details open ontoggle="window.__pwned=1">x</details>',
    '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">',
    '<style>@import "http://127.0.0.1:9/x.css";</style>',
    '<object data="http://127.0.0.1:9/x.swf"></object><embed src="http://127.0.0.1:9/y">',
    "{{ 7*7 }}{% raw %}",
]
BODY = "\n\n".join(
    [
        "Đoạn mở đầu.",
        "[bấm vào](javascript:window.__pwned=1)",
        "[tham chiếu][x]\n\n[x]: javascript:window.__pwned=1",
        "![ảnh ngoài](http://127.0.0.1:9/x.png)",
        '<img src=x onerror="window.__pwned=1">',
        '<div onclick="window.__pwned=1" style="background:url(http://127.0.0.1:9/bg)">x</div>',
        "[trang](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)",
        "![](photo:1)",
        *PAYLOADS,
    ]
)


@pytest.fixture
def hostile(tmp_path):
    path = tmp_path / "store.sqlite"
    repo = Repository.open(path)
    payload = " ".join(PAYLOADS)
    article = repo.create(title="Tiêu đề " + payload, lead="Sapo " + payload, byline=payload,
                          section="Làng nghề", body=BODY)  # fmt: skip
    Image.new("RGB", (320, 240), (20, 120, 60)).save(tmp_path / "a.jpg")
    repo.photos.add(article.id, [import_photo(repo.media(), tmp_path / "a.jpg")],
                    caption="Chú thích " + payload, credit=payload, alt=payload)  # fmt: skip
    repo.close()
    return path, article.id


@pytest.fixture
def hostile_preview(qtbot, make_window, hostile):
    path, article_id = hostile
    window = make_window(path)
    window.library.select(article_id)
    window.preview.toggle_action.trigger()
    view = window.preview.panel.view
    qtbot.waitUntil(lambda: view.loads == 1 and not view._loading, timeout=20000)
    qtbot.waitUntil(lambda: js(qtbot, view, "document.querySelectorAll('figure').length") == 1)
    # Every image has loaded or failed (an error handler would have run by then), a frame
    # was painted, and the panel has nothing more to render or follow.
    page_settled(qtbot, view)
    panel = window.preview.panel
    qtbot.waitUntil(
        lambda: not (panel.queue.busy or panel.render_pending or view._loading),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: not panel._follow_timer.isActive(), timeout=5000)
    page_settled(qtbot, view)
    return window, view


DOM_AUDIT = """(() => {
  const all = [...document.querySelectorAll('*')];
  return {
    handlers: all.filter(e => [...e.attributes].some(a => a.name.toLowerCase().startsWith('on'))).map(e => e.tagName),
    active: [...document.querySelectorAll('script, iframe, object, embed, frame, base, form, svg, link')].map(e => e.tagName),
    refresh: document.querySelectorAll('meta[http-equiv]').length,
    hrefs: [...document.querySelectorAll('[href]')].map(e => e.getAttribute('href')).filter(h => !/^(https?:|mailto:|lnv-article:|#)/.test(h)),
    srcs: [...document.querySelectorAll('[src]')].map(e => e.getAttribute('src')).filter(s => !s.startsWith('lnv-photo:')),
    styles: [...document.querySelectorAll('[style]')].length,
    title: document.querySelector('h1').textContent,
    pwnedHere: typeof window.__pwned,
  };
})()"""


def test_no_content_script_runs_and_no_markup_gets_through(qtbot, hostile_preview):
    window, view = hostile_preview
    audit = js(qtbot, view, DOM_AUDIT)
    assert audit["handlers"] == [] and audit["active"] == []
    assert audit["refresh"] == 1  # the page's own CSP meta tag, nothing else
    assert audit["hrefs"] == [] and audit["srcs"] == [] and audit["styles"] == 0
    assert audit["title"].startswith("Tiêu đề <img src=x onerror=")  # shown as text
    assert audit["pwnedHere"] == "undefined"
    # The page's own world runs no script at all.
    assert (
        not view.page().settings().testAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled)
    )
    assert view.page().url().toString() == PAGE_URL  # never navigated away
    guard = view.preview_page.guard
    assert guard.blocked == [] and set(guard.allowed) <= ALLOWED_SCHEMES


def test_csp_alone_stops_content_scripts_in_the_main_world(qtbot, hostile_preview):
    """Defence in depth: even with JavaScript switched on in the page's world, the render
    layer's Content-Security-Policy stops every payload."""
    window, view = hostile_preview
    html = view.shown.html
    view.page().settings().setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, True)
    with qtbot.waitSignal(view.page().loadFinished, timeout=10000):
        view.preview_page.show_html(html)
    page_settled(qtbot, view, world=MAIN)  # every payload has had its chance
    assert js(qtbot, view, "6 * 7", world=MAIN) == 42  # the main world does run scripts now
    assert js(qtbot, view, "typeof window.__pwned", world=MAIN) == "undefined"
    assert js(qtbot, view, "typeof window.__pwned", world=APP) == "undefined"
    audit = js(qtbot, view, DOM_AUDIT)
    assert audit["handlers"] == [] and audit["active"] == []
    assert view.preview_page.guard.blocked == []


@pytest.fixture
def bare_view(qtbot, qapp):
    view = PreviewView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    return view


def load(qtbot, view, html: str) -> None:
    with qtbot.waitSignal(view.page().loadFinished, timeout=10000):
        view.preview_page.show_html(html)


def test_nothing_leaves_the_machine(qtbot, bare_view):
    """A page without the render layer's CSP (as if it were bypassed): the interceptor still
    refuses every request but the preview's own schemes, and counts them."""
    guard = bare_view.preview_page.guard
    load(
        qtbot,
        bare_view,
        """<!doctype html><html><head>
        <link rel="stylesheet" href="https://example.com/x.css"></head><body>
        <img src="http://127.0.0.1:9/x.png"><img src="file:///etc/hostname">
        <img src="ftp://127.0.0.1:9/y.png"><img src="lnv-photo:1/800">
        <iframe src="http://127.0.0.1:9/frame"></iframe></body></html>""",
    )
    qtbot.waitUntil(lambda: len(guard.blocked) >= 3, timeout=5000)
    page_settled(qtbot, bare_view)  # every request the page makes has been made
    blocked = " ".join(guard.blocked)
    assert "http://127.0.0.1:9/x.png" in blocked and "https://example.com/x.css" in blocked
    assert set(guard.allowed) <= ALLOWED_SCHEMES
    assert "lnv-photo" in guard.allowed  # asked for; fails (no store), but was allowed


def test_navigation_is_refused(qtbot, bare_view):
    page = bare_view.preview_page
    load(qtbot, bare_view, "<!doctype html><title>ở lại</title><p>x</p>")
    for code in (
        "location.href = 'https://example.com/'",
        "location.href = 'file:///etc/passwd'",
        "window.open('https://example.com/popup')",
    ):
        page.run_app_js(code)
    qtbot.waitUntil(lambda: any("example.com" in url for url in page.refused), timeout=5000)
    # A later script runs after the three above: had a navigation been let through, this
    # document would be gone.
    next_frame(qtbot, bare_view)
    assert js(qtbot, bare_view, "document.title") == "ở lại"
    assert bare_view.url().toString() == PAGE_URL
    assert page.createWindow(page.WebWindowType.WebBrowserWindow) is None


@pytest.fixture
def linked(qtbot, make_window, tmp_path):
    path = tmp_path / "store.sqlite"
    repo = Repository.open(path)
    other = repo.create(title="Lụa Vạn Phúc", section="Làng nghề")
    article = repo.create(title="Gốm", section="Làng nghề",
                          body="Xem [cổng LNV](https://lnv.example/gom) để biết thêm.")  # fmt: skip
    repo.tags.set_related(article.id, [other.id])
    repo.close()
    window = make_window(path)
    window.library.select(article.id)
    window.preview.toggle_action.trigger()
    view = window.preview.panel.view
    qtbot.waitUntil(lambda: view.loads == 1 and not view._loading, timeout=20000)
    qtbot.waitUntil(
        lambda: (js(qtbot, view, "document.querySelectorAll('a').length", timeout=1000) or 0) > 0
    )
    return window, view, article.id, other.id


def click_link(qtbot, view, selector: str) -> None:
    rect = js(
        qtbot,
        view,
        f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect(); return [r.left + 3, r.top + r.height / 2]; }})()",
    )
    next_frame(qtbot, view)  # the scrolled page is on screen before the click
    QTest.mouseClick(view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(round(rect[0]), round(rect[1])))  # fmt: skip


def test_external_link_opens_in_the_browser_only_after_confirmation(qtbot, linked, monkeypatch):
    window, view, article_id, _other = linked
    asked, opened = [], []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer[0])
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    click_link(qtbot, view, "#article-body a")
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=3000)
    assert "https://lnv.example/gom" in asked[0] and opened == []
    answer[0] = QMessageBox.StandardButton.Yes
    click_link(qtbot, view, "#article-body a")
    qtbot.waitUntil(lambda: opened == ["https://lnv.example/gom"], timeout=3000)
    assert view.url().toString() == PAGE_URL and window.editor.article.id == article_id


def test_related_story_link_opens_that_story_in_the_editor(qtbot, linked):
    window, view, _article_id, other_id = linked
    click_link(qtbot, view, ".related-list a")
    qtbot.waitUntil(lambda: window.editor.article.id == other_id, timeout=3000)
    qtbot.waitUntil(
        lambda: (
            js(qtbot, view, "document.querySelector('h1').textContent", timeout=1000)
            == "Lụa Vạn Phúc"
        )
    )


def test_pathological_markdown_does_not_freeze_the_app(qtbot, linked):
    window, view, *_ = linked
    panel = window.preview.panel
    body = window.editor.body_edit
    body.selectAll()
    body.insertPlainText("[" * 40000 + "\n\n" + "\n".join(">" * i + " x" for i in range(1, 5001)))
    # The editor keeps taking keys while the preview works on it.
    window.editor.title_edit.end(False)  # a loaded title shows its start: go to its end
    qtbot.keyClicks(window.editor.title_edit, " moi")
    assert window.editor.title_edit.text().endswith(" moi")
    qtbot.waitUntil(lambda: not panel.queue.busy, timeout=20000)
    # Fixing the text brings the preview back, patched in place.
    body.selectAll()
    body.insertPlainText("Đoạn bình thường.")
    qtbot.waitUntil(lambda: not panel.banner.isVisible(), timeout=10000)
    qtbot.waitUntil(
        lambda: js(qtbot, view, "document.querySelector('#article-body').textContent.trim()",
                   timeout=1000) == "Đoạn bình thường.",
        timeout=10000,
    )  # fmt: skip


def test_a_block_that_overruns_is_killed_then_refused_at_once():
    from lnv_editor.gui.preview.sandbox import GuardedRenderer
    from lnv_editor.render.guard import RenderError

    renderer = GuardedRenderer(time_limit_s=0.05)
    slow = "[a](b) " * 5000  # about a second in Python-Markdown: far over this limit
    try:
        assert (
            renderer.render("Đoạn **một**.").blocks[0].html == "<p>Đoạn <strong>một</strong>.</p>"
        )
        with pytest.raises(RenderError, match="too complex"):
            renderer.render(slow)
        assert renderer.killed == 1
        # Remembered, refused at once: were it tried again, with this limit it would finish.
        renderer.time_limit_s = 30
        with pytest.raises(RenderError):
            renderer.render(slow)
        assert renderer.killed == 1
        # A new child serves the next suspicious block.
        assert "[" in renderer.render("[" * 200 + " x").blocks[0].html
    finally:
        renderer.close()


def test_slow_render_keeps_the_last_good_page_and_says_why(qtbot, linked, monkeypatch):
    window, view, *_ = linked
    panel = window.preview.panel
    queue = panel.queue
    queue._watchdog.setInterval(100)
    render = queue.source.render
    finish = threading.Event()  # the render takes as long as the test says

    def slow_render(*args, **kwargs):
        finish.wait(20)
        return render(*args, **kwargs)

    monkeypatch.setattr(queue.source, "render", slow_render)
    try:
        window.editor.title_edit.setText("Tiêu đề mới")
        qtbot.waitUntil(panel.banner.isVisible, timeout=3000)
        assert "too complex" in panel.banner.text()
        assert js(qtbot, view, "document.querySelector('h1').textContent") == "Gốm"
    finally:
        finish.set()
    qtbot.waitUntil(lambda: not panel.banner.isVisible(), timeout=5000)
    assert js(qtbot, view, "document.querySelector('h1').textContent") == "Tiêu đề mới"
