"""The desktop-app habits: crash handling, the log, recent stores, asking before creating a
store, the shortcuts window, preferences for new articles."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, qInstallMessageHandler, qWarning
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox
from typing_helpers import type_text

from lnv_editor.config import Config
from lnv_editor.gui.window.recent import MAX_RECENT, pushed, recent_stores, remember


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    from lnv_editor.logs import setup_logging

    folder = tmp_path / "logs"
    monkeypatch.setenv("LNV_LOG_DIR", str(folder))
    setup_logging()
    yield folder
    for handler in logging.getLogger("lnv_editor").handlers:
        handler.flush()


@pytest.fixture
def crash_handler(log_dir):
    from lnv_editor.gui.common import crash

    before = sys.excepthook
    crash.install()
    yield crash
    sys.excepthook = before
    qInstallMessageHandler(None)


@pytest.mark.qt_no_exception_capture
def test_an_unhandled_error_saves_the_draft_then_shows_the_log(
    qtbot, make_window, crash_handler, log_dir, monkeypatch
):
    window = make_window(fast_autosave=False)  # autosave 1 s / 3 s: the crash comes first
    window.actions["new"].trigger()
    article_id = window.editor.article.id
    type_text(window.editor.body_edit, "Câu cuối trước khi lỗi")
    assert window.autosaver.is_dirty()
    shown = []

    def fake_exec(box):
        # The draft is in the store before the reporter sees the dialog.
        shown.append(
            (
                box.text(),
                box.informativeText(),
                box.detailedText(),
                window.repo.get(article_id).body,
            )
        )
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)

    def broken_slot():
        raise RuntimeError("lỗi cài vào để thử")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    text, informative, details, stored_body = shown[0]
    assert stored_body == "Câu cuối trước khi lỗi"
    assert "lỗi cài vào để thử" in text and "saved" in text
    log_file = log_dir / "lnv-editor.log"
    assert str(log_file) in informative
    assert "broken_slot" in details
    for handler in logging.getLogger("lnv_editor").handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: lỗi cài vào để thử" in logged and "broken_slot" in logged
    assert window.isVisible()  # the app carries on; nothing vanished


@pytest.mark.qt_no_exception_capture
def test_a_failing_dialog_or_save_never_loops_or_raises(qtbot, crash_handler, log_dir, monkeypatch):
    calls = []

    def failing_exec(box):
        calls.append(1)
        raise OSError("no display")

    monkeypatch.setattr(QMessageBox, "exec", failing_exec)
    try:
        raise ValueError("first")
    except ValueError:
        crash_handler.handle_exception(*sys.exc_info())
    assert calls == [1]
    for handler in logging.getLogger("lnv_editor").handlers:
        handler.flush()
    logged = (log_dir / "lnv-editor.log").read_text(encoding="utf-8")
    assert "ValueError: first" in logged and "the error dialog failed" in logged


def test_qt_warnings_go_to_the_log(qapp, crash_handler, log_dir):
    qWarning("cảnh báo của Qt để thử")
    for handler in logging.getLogger("lnv_editor").handlers:
        handler.flush()
    assert "cảnh báo của Qt để thử" in (log_dir / "lnv-editor.log").read_text(encoding="utf-8")


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(tmp_path, monkeypatch):
    from lnv_editor import logs

    monkeypatch.setenv("LNV_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup_logging()
    log = logging.getLogger("lnv_editor.test")
    for i in range(400):
        log.info("dòng nhật ký số %d %s", i, "x" * 40)
    for handler in logging.getLogger("lnv_editor").handlers:
        handler.flush()
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["lnv-editor.log"] + [f"lnv-editor.log.{n}" for n in range(1, logs.BACKUPS + 1)]
    assert all((path.parent / f).stat().st_size <= 2_200 for f in files)
    logs.setup_logging()  # a second call replaces our handler instead of adding another
    ours = [h for h in logging.getLogger("lnv_editor").handlers if getattr(h, "_lnv", False)]
    assert len(ours) == 1


# ----- recent stores ---------------------------------------------------------------------------
def test_recent_list_is_newest_first_without_duplicates_and_at_most_eight(tmp_path):
    paths: list[str] = []
    for i in range(12):
        paths = pushed(paths, tmp_path / f"kho-{i}.sqlite")
    assert len(paths) == MAX_RECENT
    assert [Path(p).name for p in paths] == [f"kho-{i}.sqlite" for i in range(11, 3, -1)]
    again = pushed(
        paths, tmp_path / "sub" / ".." / "kho-6.sqlite"
    )  # the same file, spelt differently
    assert len(again) == MAX_RECENT and Path(again[0]).name == "kho-6.sqlite"
    assert [Path(p).name for p in again].count("kho-6.sqlite") == 1


def test_missing_stores_are_flagged_not_dropped(qtbot, tmp_path, english):
    from lnv_editor.gui.window.main_window import MainWindow

    here, gone = tmp_path / "có.sqlite", tmp_path / "mất.sqlite"
    here.write_bytes(b"")
    config = Config(tmp_path / "settings.json")
    config.set("recent_stores", [str(here), str(gone)])
    assert [(e.path.name, e.exists) for e in recent_stores(config)] == [
        ("có.sqlite", True),
        ("mất.sqlite", False),
    ]
    window = MainWindow(config)
    qtbot.addWidget(window)
    menu = window.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.objectName().startswith("recent_") and a.data()]
    assert [a.text() for a in entries] == ["&1 có.sqlite", "&2 mất.sqlite (missing)"]
    assert [a.isEnabled() for a in entries] == [True, False]
    assert entries[1].toolTip() == str(gone)
    menu.findChild(type(entries[0]), "recent_clear").trigger()
    assert Config(tmp_path / "settings.json").get("recent_stores") == []


def test_opening_a_store_puts_it_first_in_the_list(qtbot, make_window, tmp_path):
    config = Config(tmp_path / "settings.json")
    remember(config, tmp_path / "older.sqlite")
    window = make_window(tmp_path / "store.sqlite", config)
    assert Path(window.config.get("recent_stores")[0]) == (tmp_path / "store.sqlite").resolve()
    assert Path(Config(tmp_path / "settings.json").get("recent_stores")[1]).name == "older.sqlite"


# ----- a store named on the command line -------------------------------------------------------
@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_a_missing_store_is_created_only_after_asking(
    qtbot, tmp_path, english, monkeypatch, answer
):
    from lnv_editor.app import start_main_window

    store = tmp_path / "kho-mới.sqlite"
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append((title, text, default))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    _app, window = start_main_window(store, "en", confirm_new_store=True)
    if answer == QMessageBox.StandardButton.Yes:
        with qtbot.waitSignal(window.storeReady, timeout=20000):
            pass
        assert store.exists()
    else:
        # The refusal is said in the status bar right where the store would have been opened.
        qtbot.waitUntil(lambda: "Open store" in window.statusBar().currentMessage(), timeout=5000)
        assert asked and not store.exists() and window.repo is None
    title, text, default = asked[0]
    assert str(store) in text and default == QMessageBox.StandardButton.No  # Enter does not create
    window.close()


def test_an_existing_store_opens_without_asking(qtbot, tmp_path, english, monkeypatch):
    from lnv_editor.app import start_main_window
    from lnv_editor.store.repository import Repository

    store = tmp_path / "kho.sqlite"
    Repository.open(store).close()
    _app, window = start_main_window(store, "en", confirm_new_store=True)  # question() would raise
    with qtbot.waitSignal(window.storeReady, timeout=20000):
        pass
    window.close()


# ----- shortcuts -------------------------------------------------------------------------------
def test_shortcuts_window_and_actions_agree(qtbot, make_window):
    from PySide6.QtGui import QAction

    from lnv_editor.gui.dialogs.shortcuts import ShortcutsDialog
    from lnv_editor.gui.window.actions import ACTIONS

    window = make_window()
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = {}
    for row in dialog.rows:
        listed.setdefault(row.keys, []).append(row.action_name)
    by_name = {a.objectName(): a for a in window.findChildren(QAction)}
    by_name |= {f"action_{k}": v for k, v in window.actions.items()} | dict(window.actions.items())
    # Every row is a real action answering to exactly those keys...
    for row in dialog.rows:
        action = by_name[row.action_name]
        keys = tuple(
            k.toString(QKeySequence.SequenceFormat.PortableText)
            for k in action.shortcuts()
            if not k.isEmpty()
        )
        assert keys == row.keys, row
    # ...and every action with a shortcut has its row.
    rows = {row.action_name for row in dialog.rows}
    for action in window.findChildren(QAction):
        if any(not k.isEmpty() for k in action.shortcuts()) and not action.objectName().startswith(
            "qt_"
        ):
            name = action.objectName().removeprefix("action_")
            assert name in rows or action.objectName() in rows, action.objectName()
    with_keys = {
        s.name for s in ACTIONS if s.shortcut and not window.actions[s.name].shortcut().isEmpty()
    }
    assert with_keys <= rows and len(with_keys) >= 15

    # No key does two things.
    # (Delete may serve two panels: each action then acts only in its own widget.)
    def scoped(name):
        action = by_name[name]
        return action.shortcutContext() in (
            Qt.ShortcutContext.WidgetShortcut,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    clashes = {k: v for k, v in listed.items() if len(v) > 1 and not all(map(scoped, v))}
    assert clashes == {}, clashes
    # The window shows them all, grouped under the menus.
    shown = dialog.tree.topLevelItem(0)
    assert shown.text(0) == "File" and shown.childCount() >= 3


def test_help_menu_opens_shortcuts_and_about(qtbot, make_window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    window = make_window()
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda d: opened.append(d.objectName()) or 0)
    window.actions["shortcuts"].trigger()
    window.actions["about"].trigger()
    assert opened == ["shortcutsDialog", "aboutDialog"]


def test_about_names_version_licences_and_locations(qtbot, make_window, tmp_path, monkeypatch):
    from lnv_editor import __version__
    from lnv_editor.gui.dialogs.about import AboutDialog

    monkeypatch.setenv("LNV_LOG_DIR", str(tmp_path / "nhật ký"))
    window = make_window()
    dialog = AboutDialog(window.repo.path, window)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.findChild(QLabel, "aboutTitle").text()
    names = [
        dialog.components.topLevelItem(i).text(0)
        for i in range(dialog.components.topLevelItemCount())
    ]
    licences = {
        dialog.components.topLevelItem(i).text(0): dialog.components.topLevelItem(i).text(2)
        for i in range(dialog.components.topLevelItemCount())
    }
    for expected in (
        "Qt / PySide6 (Qt for Python)",
        "Python",
        "SQLite",
        "Pillow",
        "Python-Markdown",
        "Jinja2",
        "nh3 (ammonia)",
    ):
        assert expected in names
    assert licences["Qt / PySide6 (Qt for Python)"].startswith("LGPL")
    versions = [
        dialog.components.topLevelItem(i).text(1)
        for i in range(dialog.components.topLevelItemCount())
    ]
    assert versions.count("—") <= 1  # every installed component reports its version
    assert dialog.paths["store"] == window.repo.path
    assert dialog.paths["media"].name == window.repo.path.name + ".media"
    assert dialog.paths["logs"] == tmp_path / "nhật ký" / "lnv-editor.log"
    assert dialog.findChild(QLabel, "logsPath").text() == str(
        tmp_path / "nhật ký" / "lnv-editor.log"
    )


# ----- preferences -----------------------------------------------------------------------------
def test_default_byline_and_section_apply_to_new_articles_only(
    qtbot, make_window, tmp_path, monkeypatch
):
    from lnv_editor.gui.dialogs.preferences import PreferencesDialog

    window = make_window()
    window.actions["new"].trigger()
    before = window.editor.article.id

    def fill(dialog):
        dialog.byline.setText("  Lê Nam  ")
        dialog.section.setCurrentText("Làng nghề")
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", fill)
    window.actions["preferences"].trigger()
    assert Config(tmp_path / "settings.json").get("default_byline") == "Lê Nam"
    window.actions["new"].trigger()
    article = window.repo.get(window.editor.article.id)
    assert (article.byline, article.section) == ("Lê Nam", "Làng nghề")
    assert window.editor.byline_edit.text() == "Lê Nam"
    old = window.repo.get(before)
    assert (old.byline, old.section) == ("", "")


def test_preferences_groups_include_the_person_profile(qtbot, tmp_path, english):
    from lnv_editor.gui.dialogs.preferences import PreferencesDialog

    config = Config(tmp_path / "settings.json")
    config.set("default_section", "Làng nghề")
    dialog = PreferencesDialog(config)
    qtbot.addWidget(dialog)
    titles = [g.title() for g in dialog.findChildren(QGroupBox)]
    assert titles == ["Interface", "Articles", "Autosave", "Portal", "Your profile"]
    # The portal the bundles are made for (an export refuses without its address).
    assert dialog.portal_url.placeholderText() == "https://lnv.vn"
    qtbot.keyClicks(dialog.portal_url, " https://lnv.vn ")
    assert dialog.portal_url.accessibleName() == "Portal address"
    data = dialog.data()
    assert data["portal_url"] == "https://lnv.vn" and data["publisher_name"] == "LNV"
    assert data["default_byline"] == "" and data["default_section"] == "Làng nghề"
    assert {"person_name", "person_role"} <= set(data)
    # Every field is labelled: its label is its buddy, so Alt+letter reaches it.
    assert dialog.byline.accessibleName() == "Byline of new articles"


def test_headless_runs_exit_with_a_status_instead_of_waiting_on_a_dialog(tmp_path):
    """--smoke-test installs the handler non-interactively: an error saves, logs, exits 70."""
    import os
    import subprocess

    script = (
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from lnv_editor.logs import setup_logging\n"
        "from lnv_editor.gui.common import crash\n"
        "app = QApplication([])\n"
        "setup_logging()\n"
        "crash.install(interactive=False)\n"
        "def boom():\n"
        "    raise KeyError('hỏng')\n"
        "QTimer.singleShot(0, boom)\n"
        "QTimer.singleShot(10000, lambda: app.exit(5))\n"
        "app.exec()\n"
    )
    env = os.environ | {"LNV_LOG_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 70, out.stderr
    assert "KeyError: 'hỏng'" in out.stderr
    assert "KeyError: 'hỏng'" in (tmp_path / "lnv-editor.log").read_text(encoding="utf-8")
