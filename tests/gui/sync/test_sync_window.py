"""Two laptops (two windows, two stores) and one newsroom server (a real PostgreSQL): connect
through the dialog like a user; a submission reaches the editor's library and a comment comes
back to the reporter's review dock; the status bar tells the truth in every state."""

from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import Qt

from lnv_editor.config import Config

pytestmark = pytest.mark.required
WAIT_MS = 20000


@pytest.fixture
def newsroom(pg_server, pg_url):
    from server_helpers import Newsroom

    return Newsroom(pg_server, pg_url)


@pytest.fixture
def laptop(make_window, tmp_path):
    def make(name: str):
        config = Config(tmp_path / f"{name}.json")
        config.set("person_name", name)
        return make_window(tmp_path / f"{name}.sqlite", config)

    return make


@pytest.fixture
def server_back(pg_server):
    yield
    import subprocess

    try:  # a test that stopped the server leaves it running for the next ones
        pg_server.start_server()
    except subprocess.CalledProcessError:
        pass  # it was running


def ready_article(repo, title="Gốm Phù Lãng vào mùa") -> int:
    body = " ".join(["Làng gốm giữ nghề qua nhiều thế hệ thợ."] * 20)
    article = repo.create(
        title=title,
        lead="Lò gốm Phù Lãng đỏ lửa quanh năm.",
        body=body,
        byline="Lan",
        section="Làng nghề",
    )
    repo.tags.set_provinces(article.id, [("24", "Bắc Ninh")])
    return article.id


def connected(qtbot, connect_dialog, window, person) -> None:
    assert connect_dialog(window, person.url) == ""
    qtbot.waitUntil(lambda: window.sync.state == "synced", timeout=WAIT_MS)
    assert window.sync.text() == "Synced"


def open_in(qtbot, window, article_id: int) -> None:
    qtbot.waitUntil(lambda: article_id in window.model.ids, timeout=5000)
    window.library.select(article_id)
    qtbot.waitUntil(
        lambda: window.editor.article is not None and window.editor.article.id == article_id,
        timeout=5000,
    )


def server_articles(newsroom) -> list[tuple[str, str]]:
    with newsroom.admin() as conn:
        return conn.execute("SELECT uri::text, status FROM lnv.article ORDER BY title").fetchall()


def test_submission_reaches_the_editor_and_a_comment_comes_back(
    qtbot, monkeypatch, connect_dialog, laptop, newsroom
):
    reporter, editor = newsroom.person("reporter"), newsroom.person("editor")
    lan, minh = laptop("lan"), laptop("minh")
    connected(qtbot, connect_dialog, lan, reporter)
    connected(qtbot, connect_dialog, minh, editor)
    assert (lan.config.get("server_role"), minh.config.get("server_role")) == ("reporter", "editor")
    assert minh.config.get("person_role") == "editor"  # the review dock offers the editor's steps

    article_id = ready_article(lan.repo)
    open_in(qtbot, lan, article_id)
    panel = lan.review_panel
    submit = panel.buttons[next(a for a in panel.buttons if a.value == "submit")]
    qtbot.waitUntil(submit.isEnabled, timeout=5000)
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    started = time.perf_counter()

    def shown_in_review() -> bool:
        model = minh.model
        return model.rowCount() == 1 and model.index(0, model.STATUS).data() == "In review"

    qtbot.waitUntil(shown_in_review, timeout=WAIT_MS)
    print(f"submission shown in the editor's library after {time.perf_counter() - started:.2f} s")
    assert [status for _uri, status in server_articles(newsroom)] == ["review"]
    assert minh.repo.get(minh.model.ids[0]).title == "Gốm Phù Lãng vào mùa"

    # The editor comments on the first word of the body, through the Edit menu's action.
    from lnv_editor.gui.review.reason_dialog import ReasonDialog

    monkeypatch.setattr(
        ReasonDialog, "getData", staticmethod(lambda *a, **k: ("Kiểm tra lại số liệu.", True))
    )
    open_in(qtbot, minh, minh.model.ids[0])
    body = minh.editor.body_edit
    minh.activateWindow()  # two windows here: the editor's is the one in front
    qtbot.waitUntil(minh.isActiveWindow, timeout=5000)
    body.setFocus()
    qtbot.waitUntil(body.hasFocus, timeout=5000)
    cursor = body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(4, cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    minh.actions["comment"].trigger()
    assert len(minh.repo.comments.list(minh.model.ids[0])) == 1
    tree = lan.review_panel.comments.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert "Kiểm tra lại số liệu." in tree.topLevelItem(0).text(0)
    assert lan.sync.state == minh.sync.state == "synced"


def test_offline_counts_what_waits_then_catches_up_in_vietnamese(
    qtbot, connect_dialog, laptop, newsroom, pg_server, server_back
):
    from lnv_editor.i18n import install_translators

    install_translators("vi")  # the english fixture puts English back afterwards
    reporter = newsroom.person("reporter")
    lan = laptop("lan")
    assert connect_dialog(lan, reporter.url) == ""
    qtbot.waitUntil(lambda: lan.sync.state == "synced", timeout=WAIT_MS)
    assert lan.sync.text() == "Đã đồng bộ"
    states: list[str] = []
    lan.sync.stateChanged.connect(states.append)
    article_id = ready_article(lan.repo, "Mây tre đan Phú Vinh")
    qtbot.waitUntil(lambda: len(server_articles(newsroom)) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: lan.sync.state == "synced", timeout=WAIT_MS)
    assert "syncing" in states  # the save was said to be on its way before it was there

    pg_server.stop_server()
    qtbot.waitUntil(lambda: lan.sync.state == "offline", timeout=WAIT_MS)
    assert lan.sync.text() == "Ngoại tuyến — không có gì chờ gửi"  # not "0 thay đổi"
    open_in(qtbot, lan, article_id)
    lan.editor.title_edit.setFocus()
    lan.editor.title_edit.end(False)
    qtbot.keyClicks(lan.editor.title_edit, " moi")
    qtbot.waitUntil(lambda: lan.sync.state == "offline", timeout=WAIT_MS)
    offline = re.compile(r"Ngoại tuyến — (\d+) thay đổi chờ gửi")
    qtbot.waitUntil(lambda: offline.fullmatch(lan.sync.text()) is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: int(offline.fullmatch(lan.sync.text())[1]) >= 1, timeout=WAIT_MS)
    assert lan.repo.get(article_id).title == "Mây tre đan Phú Vinh moi"  # saved here meanwhile
    assert "Không liên lạc được" in lan.sync.status.label.toolTip()  # why, and what to do

    pg_server.start_server()
    qtbot.waitUntil(lambda: lan.sync.state == "synced", timeout=30000)
    assert lan.sync.text() == "Đã đồng bộ"
    with newsroom.admin() as conn:
        title = conn.execute("SELECT title FROM lnv.article").fetchone()[0]
    assert title == "Mây tre đan Phú Vinh moi"


def test_same_article_changed_on_two_laptops_offers_the_compare_dialog(
    qtbot, monkeypatch, connect_dialog, laptop, newsroom, pg_server, server_back
):
    from lnv_editor.gui.review.compare_dialog import CompareDialog

    reporter = newsroom.person("reporter")
    one, two = laptop("lan"), laptop("lan-tablet")  # the same reporter on two machines
    connected(qtbot, connect_dialog, one, reporter)
    article_id = ready_article(one.repo, "Nón lá Chuông")
    qtbot.waitUntil(lambda: len(server_articles(newsroom)) == 1, timeout=WAIT_MS)
    connected(qtbot, connect_dialog, two, reporter)
    qtbot.waitUntil(lambda: two.model.rowCount() == 1, timeout=WAIT_MS)
    other_id = two.model.ids[0]

    pg_server.stop_server()  # both write offline, from the same version
    for window, aid, words in ((one, article_id, " mua xuan"), (two, other_id, " mua he")):
        open_in(qtbot, window, aid)
        window.editor.title_edit.setFocus()
        window.editor.title_edit.end(False)
        qtbot.keyClicks(window.editor.title_edit, words)
        window.flush_pending()
        qtbot.waitUntil(lambda w=window: w.sync.state == "offline", timeout=WAIT_MS)
    pg_server.start_server()
    qtbot.waitUntil(lambda: bool(one.sync.conflicts or two.sync.conflicts), timeout=40000)
    told = one if one.sync.conflicts else two
    button = told.sync.status.conflict_button
    assert button.isVisible() and button.text() == "Conflict: 1 article…"
    assert "Both texts are kept" in button.toolTip()
    shown = []

    def capture(dialog):
        shown.append((dialog.old_combo.currentData(), dialog.new_combo.currentData(), dialog.diffs))
        return 0

    monkeypatch.setattr(CompareDialog, "exec", capture)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    old, _new, diffs = shown[0]
    opened = told.editor.article.id
    kept = {r.id: r.reason for r in told.repo.revisions(opened)}
    assert kept.get(old) == "conflict"  # the other text, against the text now
    assert any(d.changed for d in diffs)
    assert not button.isVisible()  # told once; the revision stays in the history
    titles = {told.repo.get(opened).title} | {r.title for r in told.repo.revisions(opened)}
    assert {"Nón lá Chuông mua xuan", "Nón lá Chuông mua he"} <= titles  # nobody's words lost


def test_a_refusal_is_shown_with_the_servers_reason(qtbot, connect_dialog, laptop, newsroom):
    reporter = newsroom.person("reporter")
    lan = laptop("lan")
    connected(qtbot, connect_dialog, lan, reporter)
    lan.repo.create(title="Gốm " * 300, lead="", body="")  # 1,200 characters: over the limit
    qtbot.waitUntil(lambda: lan.sync.state == "refused", timeout=WAIT_MS)
    text = lan.sync.text()
    assert text.startswith("Server refused: ") and len(text) > len("Server refused: ") + 5
    assert server_articles(newsroom) == []  # nothing half-written there
    assert lan.sync.status.label.styleSheet()  # said in the warning colour
    # A second refused article: the status counts them, the tooltip names each; neither is
    # counted as waiting to be sent (the same text would be refused again).
    second = lan.repo.create(title="Lụa " * 300, lead="", body="")
    qtbot.waitUntil(
        lambda: lan.sync.text().startswith("Server refused 2 articles. First: "), timeout=WAIT_MS
    )
    assert lan.sync.pending == 0
    lines = lan.sync.status.label.toolTip().splitlines()
    assert sum(line.startswith("Gốm Gốm") for line in lines) == 1
    assert sum(line.startswith("Lụa Lụa") for line in lines) == 1
    assert max(len(line) for line in lines) < 250  # a 1,200-character title is cut short
    # The writer shortens one title: it goes through, the other is still told.
    lan.repo.save(second.id, {"title": "Lụa Vạn Phúc"}, base_version=second.version, reason="save")
    qtbot.waitUntil(lambda: server_articles(newsroom) != [], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: lan.sync.text().startswith("Server refused: "), timeout=WAIT_MS)
    assert "Lụa Lụa" not in lan.sync.status.label.toolTip()


def test_no_password_known_asks_for_it(qtbot, make_window, tmp_path, newsroom, pg_server):
    reporter = newsroom.person("reporter")
    config = Config(tmp_path / "lan.json")
    from lnv_editor.sync.address import ServerAddress

    config.set("server", ServerAddress.parse(reporter.url).redacted)  # saved without password
    window = make_window(tmp_path / "lan.sqlite", config)
    qtbot.waitUntil(lambda: window.sync.state == "login", timeout=5000)
    assert window.sync.text() == (
        "Not connected: the server needs your password (File → Newsroom server…)"
    )
    assert not window.sync.connected


def test_a_laptop_with_articles_asks_before_uploading(
    qtbot, monkeypatch, connect_dialog, laptop, newsroom
):
    from PySide6.QtWidgets import QMessageBox

    reporter = newsroom.person("reporter")
    lan = laptop("lan")
    uri = lan.repo.get(ready_article(lan.repo, "Chiếu cói Kim Sơn")).extra["uri"]
    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert connect_dialog(lan, reporter.url) == ""
    assert "already has 1 article in lan.sqlite" in asked[0]
    assert not lan.sync.connected and lan.config.get("server") == ""
    assert server_articles(newsroom) == []  # No: nothing left the laptop

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert connect_dialog(lan, reporter.url) == ""
    qtbot.waitUntil(lambda: lan.sync.state == "synced", timeout=WAIT_MS)
    assert [u for u, _s in server_articles(newsroom)] == [uri.removeprefix("urn:uuid:")]


def test_lnv_server_connects_at_start_and_the_role_is_the_servers(
    qtbot, monkeypatch, laptop, newsroom
):
    editor = newsroom.person("editor")
    monkeypatch.setenv("LNV_SERVER", editor.url)
    minh = laptop("minh")
    qtbot.waitUntil(lambda: minh.sync.state == "synced", timeout=WAIT_MS)
    from lnv_editor.gui.dialogs.preferences import PreferencesDialog

    prefs = PreferencesDialog(minh.config, minh)
    qtbot.addWidget(prefs)
    assert prefs.person.role.currentData() == "editor"
    assert not prefs.person.role.isEnabled()  # the server decides the role
    from PySide6.QtWidgets import QLabel

    notes = " ".join(label.text() for label in prefs.person.findChildren(QLabel))
    assert "the newsroom server gives your account" in notes


def test_closing_the_window_cancels_the_tasks(qtbot, connect_dialog, tmp_path, newsroom):
    from lnv_editor.gui.window.main_window import MainWindow

    reporter = newsroom.person("reporter")
    lan = MainWindow(Config(tmp_path / "lan.json"))  # closed here, not by make_window
    lan.show()
    lan.ensure_panels()
    with qtbot.waitSignal(lan.storeReady, timeout=20000):
        lan.open_store(tmp_path / "lan.sqlite")
    connected(qtbot, connect_dialog, lan, reporter)
    sync = lan.sync
    tasks = lan.sync.tasks()
    assert tasks and all(not t.cancelled() for t in tasks)
    lan.close()
    assert all(t.cancelled() for t in tasks)
    assert not sync.connected
    qtbot.waitUntil(lambda: all(t.future.done() for t in tasks), timeout=5000)


def test_server_option_is_in_the_help(capsys):
    from lnv_editor.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["--server", "postgresql://lan@h:5432/lnv"]).server.endswith("/lnv")
    with pytest.raises(SystemExit):
        parser.parse_args(["--help"])
    assert "--server URL" in capsys.readouterr().out


def test_a_purge_leaves_the_library_and_unsent_words_are_kept(
    qtbot, connect_dialog, laptop, newsroom
):
    from server_helpers import article_doc, push_article

    from lnv_editor.server import admin

    reporter, desk, editor = (newsroom.person(r) for r in ("reporter", "desk", "editor"))
    gone, edited = article_doc(title="Bài bị xóa hẳn"), article_doc(title="Bài Minh đang sửa")
    with reporter.connect() as conn:
        push_article(conn, gone, 0)
        push_article(conn, edited, 0)
    minh = laptop("minh")
    connected(qtbot, connect_dialog, minh, editor)
    qtbot.waitUntil(lambda: minh.model.rowCount() == 2, timeout=WAIT_MS)

    def purge(doc) -> None:
        with reporter.connect() as conn:
            push_article(conn, doc | {"deleted_at": "2026-12-03T10:00:00+00:00"}, 1)
        with desk.connect() as conn:
            conn.execute("SELECT lnv.purge_article(%s)", (doc["uri"],))

    # Purged on the server while the window is connected: its row leaves the library.
    purge(gone)
    qtbot.waitUntil(lambda: minh.model.rowCount() == 1, timeout=WAIT_MS)
    assert minh.repo.list_ids(trash=True) == []
    # Minh edits while his laptop cannot sign in; the desk purges that article meanwhile.
    admin.disable_user(newsroom.url, editor.login)
    article_id = minh.model.ids[0]
    open_in(qtbot, minh, article_id)
    minh.editor.title_edit.setFocus()
    minh.editor.title_edit.end(False)
    qtbot.keyClicks(minh.editor.title_edit, " moi")
    minh.flush_pending()
    qtbot.waitUntil(lambda: minh.sync.state in ("offline", "error"), timeout=WAIT_MS)
    purge(edited)
    admin.enable_user(newsroom.url, editor.login)
    # Back online: told in the status bar, and his words are a new article everywhere.
    bar = minh.statusBar()
    qtbot.waitUntil(lambda: "Deleted for good" in bar.currentMessage(), timeout=40000)
    assert "“Bài Minh đang sửa moi (" in bar.currentMessage()
    qtbot.waitUntil(lambda: minh.sync.state == "synced", timeout=WAIT_MS)
    assert minh.model.rowCount() == 1 and minh.repo.get(article_id).title.startswith(
        "Bài Minh đang sửa moi ("
    )
    assert [t for _u, t in server_articles(newsroom)] == ["draft"]
    bar.grab().save("/tmp/purge-kept-status.png")


def test_unsaved_typing_in_an_article_purged_by_the_sync_is_kept(qtbot, make_window, tmp_path):
    """The sync removes an article whose newest words are still only in the editor (typed a
    moment ago, not autosaved yet): they are kept as a new article, opened in its place."""
    from lnv_editor.sync import local
    from lnv_editor.sync.engine import pending_count
    from lnv_editor.sync.purges import apply_purges
    from lnv_editor.sync.report import SyncReport

    window = make_window(tmp_path / "minh.sqlite")
    article = window.repo.create(title="Hội làng", lead="Sapo.", body="Thân bài đã lưu.")
    with window.repo.writes.transaction() as tx:  # as if it had come from the server
        uri = local.server_uuid(article.extra["uri"])
        local.write_state(tx.conn, article.id, uri=uri, server_version=1, digest="x")
    open_in(qtbot, window, article.id)
    body = window.editor.body_edit
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " Cau moi chua luu.")
    assert window.autosaver.is_dirty()
    # No event loop turn in between: the autosave has not run when the purge lands.
    report = SyncReport()
    apply_purges(window.repo, report, [uri])
    assert report.purged == 1
    qtbot.waitUntil(
        lambda: (
            window.editor.article is not None
            and window.editor.article.extra["uri"] != article.extra["uri"]
        ),
        timeout=5000,
    )
    kept = window.repo.get(window.editor.article.id)
    assert kept.body == "Thân bài đã lưu. Cau moi chua luu."
    assert window.editor.body_edit.plain_text() == kept.body and not window.autosaver.is_dirty()
    assert pending_count(window.repo) == 1  # sent to the server as a new article
    assert kept.title.startswith("Hội làng (")
    assert "Hội làng (" in window.statusBar().currentMessage()
    assert [window.repo.get(i).title for i in window.repo.list_ids()] == [kept.title]
    window.statusBar().grab().save("/tmp/purge-unsaved-status.png")


def test_an_open_article_kept_from_a_purge_shows_its_new_title(qtbot, make_window, tmp_path):
    from lnv_editor.sync import local
    from lnv_editor.sync.purges import apply_purges
    from lnv_editor.sync.report import SyncReport

    window = make_window(tmp_path / "minh.sqlite")
    article = window.repo.create(title="Hội làng", lead="Sapo.", body="Thân bài.")
    with window.repo.writes.transaction() as tx:  # as if it had come from the server
        uri = local.server_uuid(article.extra["uri"])
        local.write_state(tx.conn, article.id, uri=uri, server_version=1, digest="x")
    open_in(qtbot, window, article.id)
    body = window.editor.body_edit
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " Them.")
    window.flush_pending()  # saved here, not sent: the purge keeps it
    report = SyncReport()
    apply_purges(window.repo, report, [uri])
    assert [k.article_id for k in report.kept] == [article.id]
    title = report.kept[0].new_title
    qtbot.waitUntil(lambda: window.editor.title_edit.text() == title, timeout=5000)
    assert window.editor.body_edit.plain_text() == "Thân bài. Them."
