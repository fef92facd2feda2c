"""File → Xuất bản… and File → Nhập…, driven as a user drives them: the dialog's choices, the
file dialogs (patched), the progress dialog's Cancel, the summary and the library."""

from __future__ import annotations

import threading
import zipfile

import pytest
from bundle_helpers import BASE_URL, PORTAL
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from lnv_editor.core.errors import BundleError
from lnv_editor.export.reader import read_any
from lnv_editor.gui.bundles.export_dialog import ExportDialog, Scope
from lnv_editor.gui.common import file_dialogs


def approved_article(repo, title: str, *, approve: bool = True) -> int:
    article = repo.create(
        title=title,
        lead="Làng nghề bên sông vẫn giữ lửa mỗi ngày.",
        body="Đoạn *một* về làng nghề.\n\n## Tiêu đề phụ\n\nĐoạn hai.",
        byline="Lê Nam",
        section="Làng nghề",
    )
    repo.tags.set_provinces(article.id, [("24", "Bắc Ninh")])
    if approve:
        repo.review.transition(article.id, "submit")
        repo.review.transition(article.id, "approve", role="editor")
    return article.id


@pytest.fixture(autouse=True)
def _portal_address(monkeypatch):
    """The portal's address, as Tùy chọn would hold it (an export refuses without one)."""
    monkeypatch.setenv("LNV_PORTAL_URL", BASE_URL)


@pytest.fixture
def user_exports(monkeypatch, qtbot):
    """Make the export dialog answer like a user: pick the scope, browse to *out* (the file
    dialog patched), tick the override when asked, wait for the checks and press Publish."""
    seen: dict = {}

    def setup(out, *, scope: Scope | None = None, current: bool = False, then=None, fmt=None):
        monkeypatch.setattr(file_dialogs, "get_existing_directory", lambda *a, **k: str(out))
        monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(out), ""))

        def fake_exec(dialog):
            seen["dialog"] = dialog
            if scope is not None:
                dialog.scope.setCurrentIndex(dialog.scope.findData(scope))
            dialog.current.setChecked(current)
            if fmt is not None:
                dialog.format.setCurrentIndex(dialog.format.findData(fmt))
            qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(dialog.is_checked, timeout=10000)
            seen["problems"] = [
                (
                    item.text(0),
                    item.text(1),
                    [item.child(i).text(0) for i in range(item.childCount())],
                )
                for item in (
                    dialog.problems.topLevelItem(n)
                    for n in range(dialog.problems.topLevelItemCount())
                )
            ]
            if then is not None:
                return then(dialog)
            assert dialog.ok.isEnabled()
            qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
            return dialog.result()

        monkeypatch.setattr(ExportDialog, "exec", fake_exec)
        return seen

    return setup


def wait_summary(qtbot, window):
    qtbot.waitUntil(lambda: window.bundle_actions.summary is not None, timeout=30000)
    qtbot.waitUntil(lambda: window.bundle_actions.job is None, timeout=5000)
    return window.bundle_actions.summary


def test_export_the_open_article_to_a_folder(
    qtbot, make_window, tmp_path, user_exports, monkeypatch
):
    window = make_window()
    article_id = approved_article(window.repo, "Gốm Phù Lãng vào mùa")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    window.library.select(article_id)
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=3000)
    out = tmp_path / "xuất bản"
    user_exports(out, scope=Scope.OPEN)
    window.actions["export"].trigger()
    summary = wait_summary(qtbot, window)
    assert "Published 1 article to" in summary.message.text()
    assert not summary.rows.isVisible()  # nothing was left out
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(summary.open_folder, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(out)]
    slug = window.repo.get(article_id).slug
    (bundle,) = read_any(out / f"{slug}-{article_id}")  # verifies every file
    assert bundle.article.title == "Gốm Phù Lãng vào mùa"
    assert window.repo.get(article_id).status.value == "published"
    # the library shows it from the change record
    qtbot.waitUntil(
        lambda: window.model.index(0, window.model.STATUS).data() == "Published", timeout=3000
    )
    assert window.config.get("export_target") == str(out)  # offered next time


def test_without_a_portal_address_nothing_is_published_and_the_summary_says_where_to_set_it(
    qtbot, make_window, tmp_path, user_exports, monkeypatch
):
    monkeypatch.delenv("LNV_PORTAL_URL")
    window = make_window()
    article_id = approved_article(window.repo, "Gốm Phù Lãng vào mùa")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    out = tmp_path / "xuất bản"
    user_exports(out, scope=Scope.ALL)
    window.actions["export"].trigger()
    summary = wait_summary(qtbot, window)
    assert "Portal address" in summary.message.text()
    assert "Publishing stopped" in summary.message.text()
    assert window.repo.get(article_id).status.value == "ready"
    assert not any(out.glob("*/index.html"))


def test_what_is_on_screen_is_exported_when_asked_for_the_current_text(
    qtbot, make_window, tmp_path, user_exports, typist
):
    window = make_window(fast_autosave=False)  # the autosave would not have run yet
    article_id = approved_article(window.repo, "Lụa Vạn Phúc")
    window.repo.review.publish(article_id)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    window.library.select(article_id)
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=3000)
    window.editor.body_edit.moveCursor(window.editor.body_edit.textCursor().MoveOperation.End)
    typist(window.editor.body_edit, " Câu mới gõ.")
    seen = user_exports(tmp_path / "a", scope=Scope.OPEN)
    window.actions["export"].trigger()
    wait_summary(qtbot, window)
    # not ticked: the approved text goes out, and the dialog said so
    ((title, note, _reasons),) = seen["problems"]
    assert title == "Lụa Vạn Phúc" and note.startswith("Edited after approval")
    (bundle,) = read_any(next((tmp_path / "a").glob("*-*")))
    assert "Câu mới gõ" not in bundle.article.body
    window.bundle_actions.summary.close()
    user_exports(tmp_path / "b", scope=Scope.OPEN, current=True)
    window.actions["export"].trigger()
    wait_summary(qtbot, window)
    (bundle,) = read_any(next((tmp_path / "b").glob("*-*")))
    assert "Câu mới gõ." in bundle.article.body


def test_an_unpublishable_article_is_shown_with_its_reason_and_the_rest_exported(
    qtbot, make_window, tmp_path, user_exports
):
    window = make_window()
    good = [approved_article(window.repo, f"Bài tốt {n}") for n in range(2)]
    draft = approved_article(window.repo, "Bản nháp chưa duyệt", approve=False)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=3000)
    window.bundle_actions.workers = 1
    seen = user_exports(tmp_path / "out", scope=Scope.ALL)
    window.actions["export"].trigger()
    summary = wait_summary(qtbot, window)
    assert [(title, note) for title, note, _ in seen["problems"]] == [
        ("Bản nháp chưa duyệt", "Cannot be published")
    ]
    assert "It is Draft, not approved" in seen["problems"][0][2][0]  # the library's word
    assert summary.rows.topLevelItem(0).child(0).text(0) == seen["problems"][0][2][0]
    assert "Published 2 articles to" in summary.message.text()
    assert summary.rows.topLevelItem(0).text(0) == "Bản nháp chưa duyệt"
    assert {b.article.title for b in read_any(tmp_path / "out")} == {"Bài tốt 0", "Bài tốt 1"}
    assert window.repo.get(draft).status.value == "draft"  # left as it was
    assert all(window.repo.get(i).status.value == "published" for i in good)
    # double-clicking the refused article opens it to fix it
    summary.rows.itemDoubleClicked.emit(summary.rows.topLevelItem(0), 0)
    qtbot.waitUntil(lambda: window.editor.article.id == draft, timeout=3000)


def test_double_click_in_the_dialog_opens_the_article_and_exports_nothing(
    qtbot, make_window, tmp_path, user_exports
):
    window = make_window()
    approved_article(window.repo, "Bài tốt")
    draft = approved_article(window.repo, "Bản nháp", approve=False)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=3000)

    def double_click(dialog):
        item = dialog.problems.topLevelItem(0)
        dialog.problems.itemDoubleClicked.emit(item, 0)
        return dialog.result()

    user_exports(tmp_path / "out", scope=Scope.ALL, then=double_click)
    window.actions["export"].trigger()
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=3000)
    assert window.editor.article.id == draft
    assert window.bundle_actions.job is None and not (tmp_path / "out").exists()


def test_cancel_mid_batch_leaves_only_whole_bundles(
    qtbot, make_window, tmp_path, user_exports, monkeypatch
):
    import lnv_editor.export.run as run

    window = make_window()
    ids = [approved_article(window.repo, f"Bài số {n}") for n in range(4)]
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=3000)
    window.bundle_actions.workers = 1
    real = run.export_articles
    released = threading.Event()

    def export_slowly(*args, progress, cancel, **kwargs):
        def report(done, total):
            progress(done, total)
            if done == 1:  # hold the batch here until the user has pressed Cancel
                released.wait(10)

        return real(*args, progress=report, cancel=cancel, **kwargs)

    monkeypatch.setattr(run, "export_articles", export_slowly)
    user_exports(tmp_path / "out", scope=Scope.ALL)
    window.actions["export"].trigger()
    job = window.bundle_actions.job
    qtbot.waitUntil(lambda: job.dialog.value() == 1, timeout=10000)
    (cancel,) = job.dialog.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert job.cancel.is_set()
    released.set()
    summary = wait_summary(qtbot, window)
    assert "cancelled after 1 article." in summary.message.text()
    bundles = read_any(tmp_path / "out")  # every bundle there verifies, whole
    assert len(bundles) == 1
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".lnv-tmp")]
    assert sum(window.repo.get(i).status.value == "published" for i in ids) >= 1


def _export_zip(tmp_path) -> tuple:
    from lnv_editor.export.run import export_articles
    from lnv_editor.store.repository import Repository

    repo = Repository.open(tmp_path / "sender.sqlite")
    try:
        article_id = approved_article(repo, "Tranh Đông Hồ")
        report = export_articles(
            repo, [article_id], "zip", tmp_path / "sent", workers=1, portal=PORTAL
        )
    finally:
        repo.close()
    return tmp_path / "sent" / report.exported[0].path


def test_import_a_bundle_into_a_fresh_store(qtbot, make_window, tmp_path, monkeypatch):
    bundle = _export_zip(tmp_path)
    window = make_window(tmp_path / "fresh.sqlite")
    assert window.model.rowCount() == 0
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(bundle), ""))
    window.actions["import"].trigger()
    summary = wait_summary(qtbot, window)
    assert "1 new, 0 as a new revision" in summary.message.text()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)  # the change record
    assert window.model.index(0, window.model.TITLE).data() == "Tranh Đông Hồ"
    # the same bundle again: a new revision of the article, not a second article
    window.bundle_actions.summary.close()
    window.bundle_actions.summary = None
    window.actions["import"].trigger()
    assert "0 new, 1 as a new revision" in wait_summary(qtbot, window).message.text()
    assert len(window.repo.list_ids()) == 1


def test_a_tampered_zip_is_refused_with_its_reason_and_nothing_is_added(
    qtbot, make_window, tmp_path, monkeypatch
):
    bundle = _export_zip(tmp_path)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data + b" " if info.filename == "index.html" else data)
    window = make_window(tmp_path / "fresh.sqlite")
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(tampered), ""))
    window.actions["import"].trigger()
    summary = wait_summary(qtbot, window)
    text = summary.message.text()
    assert "Nothing was imported" in text and "index.html" in text and "checksum" in text
    assert window.repo.list_ids() == [] and window.model.rowCount() == 0
    assert summary.open_folder is None


def test_export_and_import_wait_for_a_store(qtbot, tmp_path, monkeypatch):
    from lnv_editor.config import Config
    from lnv_editor.gui.window.main_window import MainWindow

    window = MainWindow(Config(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    monkeypatch.setattr(ExportDialog, "exec", lambda d: pytest.fail("no dialog without a store"))
    window.actions["export"].trigger()
    window.actions["import"].trigger()
    assert window.bundle_actions.job is None
    assert window.statusBar().currentMessage() == "Open a store first."


def test_closing_the_window_mid_export_stops_it_before_the_store_closes(
    qtbot, make_window, tmp_path, user_exports, monkeypatch
):
    import lnv_editor.export.run as run

    window = make_window()
    ids = [approved_article(window.repo, f"Bài số {n}") for n in range(3)]
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=3000)
    window.bundle_actions.workers = 1
    real, reached = run.export_articles, threading.Event()

    def export_slowly(*args, progress, cancel, **kwargs):
        def report(done, total):
            progress(done, total)
            reached.set()
            cancel.wait(10)  # held until the window asks the export to stop

        return real(*args, progress=report, cancel=cancel, **kwargs)

    monkeypatch.setattr(run, "export_articles", export_slowly)
    user_exports(tmp_path / "out", scope=Scope.ALL)
    window.actions["export"].trigger()
    job = window.bundle_actions.job
    assert reached.wait(10)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the fixture tidies up
    window.close()  # the window's own close: its store is closed right after
    assert window.repo is None
    assert job.future.done() and job.cancel.is_set()  # it stopped before the store closed
    assert isinstance(job.future.exception(), BundleError)  # cancelled, not a closed store
    assert len(read_any(tmp_path / "out")) == 1 < len(ids)


def test_every_bad_bundle_of_a_batch_folder_is_named_and_nothing_is_added(
    qtbot, make_window, tmp_path, monkeypatch
):
    bundle = _export_zip(tmp_path)
    batch = tmp_path / "nhận"
    batch.mkdir()
    (batch / bundle.name).write_bytes(bundle.read_bytes())  # a good one
    for name, member in (("a-sửa.zip", "index.html"), ("b-sửa.zip", "article.json")):
        with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(batch / name, "w") as dst:
            for info in src.infolist():
                data = src.read(info)
                dst.writestr(info, data + b" " if info.filename == member else data)
    window = make_window(tmp_path / "fresh.sqlite")
    monkeypatch.setattr(file_dialogs, "get_existing_directory", lambda *a, **k: str(batch))
    window.actions["import_folder"].trigger()
    summary = wait_summary(qtbot, window)
    assert "2 bundles failed their checks" in summary.message.text()
    rows = {
        summary.rows.topLevelItem(n).text(0): summary.rows.topLevelItem(n).child(0).text(0)
        for n in range(summary.rows.topLevelItemCount())
    }
    assert list(rows) == ["a-sửa.zip", "b-sửa.zip"]  # the good bundle is not listed
    assert "index.html" in rows["a-sửa.zip"] and "article.json" in rows["b-sửa.zip"]
    assert window.repo.list_ids() == [] and window.model.rowCount() == 0


def test_export_into_a_publish_store_file(qtbot, make_window, tmp_path, user_exports):
    import sqlite3

    window = make_window()
    ids = [approved_article(window.repo, f"Bài {n}") for n in range(2)]
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=3000)
    window.bundle_actions.workers = 1
    store = tmp_path / "cổng tin" / "portal.sqlite"
    store.parent.mkdir()
    user_exports(store, scope=Scope.READY, fmt="sqlite")  # the save-file dialog gives the file
    window.actions["export"].trigger()
    summary = wait_summary(qtbot, window)
    assert "Published 2 articles to" in summary.message.text()
    assert summary.folder == store.parent  # "Open folder" shows the folder holding the file
    conn = sqlite3.connect(store)
    try:
        assert sorted(r[0] for r in conn.execute("SELECT title FROM article")) == ["Bài 0", "Bài 1"]
    finally:
        conn.close()
    assert {b.article.title for b in read_any(store)} == {"Bài 0", "Bài 1"}  # verifies
    assert all(window.repo.get(i).status.value == "published" for i in ids)


def test_a_bundle_whose_related_story_is_not_here_keeps_the_link_flagged(
    qtbot, make_window, tmp_path, monkeypatch
):
    """Imported alone, a story's related story is shown as not here yet, with its title and
    the photo's file name as the sender had it; importing the related story makes the link."""
    from PIL import Image

    from lnv_editor.export.run import export_articles
    from lnv_editor.media.importer import import_photo
    from lnv_editor.store.repository import Repository

    sender = Repository.open(tmp_path / "sender.sqlite")
    try:
        first = approved_article(sender, "Tranh Đông Hồ")
        second = approved_article(sender, "Làng tranh vào mùa", approve=False)
        source = tmp_path / "tranh-làng-Hồ.jpg"
        Image.new("RGB", (800, 600), (200, 120, 40)).save(source)
        sender.photos.add(
            second,
            [import_photo(sender.media(), source)],
            caption="Tranh phơi nắng",
            alt="Những bức tranh phơi trên sân",
        )
        sender.tags.set_related(second, [first])
        sender.review.transition(second, "submit")
        sender.review.transition(second, "approve", role="editor")
        sent = export_articles(
            sender, [first, second], "zip", tmp_path / "sent", workers=1, portal=PORTAL
        )
        photo_names = [p.original_name for p in sender.photos.list(second)]
    finally:
        sender.close()
    paths = {e.article_id: tmp_path / "sent" / e.path for e in sent.exported}
    window = make_window(tmp_path / "fresh.sqlite")
    monkeypatch.setattr(
        file_dialogs, "get_open_file_name", lambda *a, **k: (str(paths[second]), "")
    )
    window.actions["import"].trigger()
    summary = wait_summary(qtbot, window)
    reasons = summary.rows.topLevelItem(0)
    assert any("the link is kept" in reasons.child(i).text(0) for i in range(reasons.childCount()))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    here = window.model.ids[0]
    window.library.select(here)
    qtbot.waitUntil(lambda: window.editor.article is not None, timeout=3000)
    related = window.places_panel.related_list
    qtbot.waitUntil(lambda: related.count() == 1, timeout=3000)
    assert related.item(0).text() == "Tranh Đông Hồ (not in this store yet)"
    assert window.places_panel.related_ids() == []
    assert photo_names == ["tranh-làng-Hồ.jpg"]
    assert [p.original_name for p in window.repo.photos.list(here)] == photo_names

    window.bundle_actions.summary.close()
    window.bundle_actions.summary = None
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *a, **k: (str(paths[first]), ""))
    window.actions["import"].trigger()
    wait_summary(qtbot, window)
    qtbot.waitUntil(
        lambda: related.count() == 1 and "not in this store" not in related.item(0).text(),
        timeout=3000,
    )
    assert related.item(0).text() == "Tranh Đông Hồ"
    assert len(window.places_panel.related_ids()) == 1
