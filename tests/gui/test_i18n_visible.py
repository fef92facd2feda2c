"""In Vietnamese, nothing the user can see is still English.

Every window, dialog, menu and context menu is opened in Vietnamese and walked: action texts,
labels, buttons, tooltips, placeholders, window and group titles, tab and header labels,
accessible names (the walk and the English detector: tests/i18n_walk.py).
"""

from __future__ import annotations

import re

import pytest
from i18n_walk import (
    action_texts,
    assert_vietnamese,
    bundle_dialogs,
    english_words,
    file_dialog_texts,
    refusal_texts,
    widget_texts,
)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QMessageBox,
    QWidget,
)

from lnv_editor.config import Config
from lnv_editor.i18n import install_translators


@pytest.fixture
def vietnamese(qapp):
    assert install_translators("vi"), "run `make i18n` to compile the .qm"
    yield
    install_translators("en")


@pytest.fixture
def vi_window(qtbot, tmp_path, vietnamese):
    from lnv_editor.gui.window.main_window import MainWindow
    from lnv_editor.store.demo import seed_demo
    from lnv_editor.store.repository import Repository

    store = tmp_path / "demo.sqlite"
    repo = Repository.open(store)
    seed_demo(repo)
    repo.close()
    config = Config(tmp_path / "settings.json")
    config.set("recent_stores", [str(store), str(tmp_path / "kho-cũ.sqlite")])
    window = MainWindow(config)
    qtbot.addWidget(window)
    window.show()
    window.ensure_panels()
    window.apply_icons()
    with qtbot.waitSignal(window.storeReady, timeout=20000):
        window.open_store(store)
    first = window.model.ids[0]
    window.library.select(first, emit=False)
    window.open_article(first)
    yield window
    if window.repo is not None:
        window.close()


def test_the_english_detector_catches_english_and_passes_vietnamese():
    assert english_words("Save changes") and english_words("Cancel")
    assert (
        not english_words("&Lưu") and not english_words("Hủy") and not english_words("LNV Editor")
    )
    assert not english_words("Tệp *.sqlite tại /home/user/store.sqlite")
    assert not english_words("Vĩnh Long") and english_words("The title is too long")


def test_main_window_menus_and_panels_are_vietnamese(vi_window):
    texts = list(widget_texts(vi_window, "window"))
    for action in vi_window.menuBar().actions():
        texts += list(action_texts(action, "menu bar"))
    assert assert_vietnamese(texts) > 80  # a walk that saw little proves nothing
    titles = [a.text() for a in vi_window.menuBar().actions()]
    assert titles[0] == "&Tệp" and titles[-1] == "Trợ &giúp"


def test_every_dialog_is_vietnamese(vi_window, qtbot, monkeypatch):
    from lnv_editor.gui.dialogs.about import AboutDialog
    from lnv_editor.gui.dialogs.history import HistoryDialog
    from lnv_editor.gui.dialogs.preferences import PreferencesDialog
    from lnv_editor.gui.dialogs.shortcuts import ShortcutsDialog

    article_id = vi_window.editor.article.id
    vi_window.save_now()
    vi_window.flush_pending()
    dialogs = {
        "preferences": PreferencesDialog(vi_window.config, vi_window),
        "history": HistoryDialog(vi_window.repo.revisions(article_id), vi_window),
        "shortcuts": ShortcutsDialog(vi_window),
        "about": AboutDialog(vi_window.repo.path, vi_window),
        **bundle_dialogs(vi_window, qtbot, article_id),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        assert assert_vietnamese(widget_texts(dialog, name)) > 3, name
        if name == "export":
            reasons = refusal_texts(dialog)
            assert assert_vietnamese(reasons) == len(reasons)
            assert any("Ảnh p.jpg" in text for _where, text in reasons), reasons
        dialog.close()

    from lnv_editor.gui.common import crash

    shown: list[QMessageBox] = []

    def capture(box):
        box.show()
        shown.append(list(widget_texts(box, "crash dialog")))
        box.hide()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    crash.show_error_dialog(ValueError("x"), "Traceback …", drafts_saved=1)
    assert shown and assert_vietnamese(shown[0]) > 3


def test_file_dialogs_are_vietnamese_with_the_apps_dates(vi_window, qtbot, tmp_path):
    from datetime import UTC, datetime

    from lnv_editor.gui.common.formatting import format_datetime

    texts, cells = file_dialog_texts(qtbot, vi_window, tmp_path / "tệp")
    assert assert_vietnamese(texts) > 20
    shown = {where.split(" › ")[-1] for where, text in texts if text}
    assert {"size", "type", "date"} <= shown
    when = datetime.fromtimestamp((tmp_path / "tệp" / "bai.sqlite").stat().st_mtime, UTC)
    assert cells["bai.sqlite"][2] == format_datetime(when)  # "03/12/2026 11:53", as elsewhere
    assert cells["kho"][1] == "Thư mục"
    assert cells["bai.sqlite"][0] == "1,5 KB" or cells["bai.sqlite"][0].startswith("1,")


def test_context_menus_are_vietnamese_and_redo_matches_the_edit_menu(vi_window):
    from PySide6.QtGui import QGuiApplication

    # Desktops show shortcuts in context menus; the offscreen platform does not unless asked.
    QGuiApplication.styleHints().setShowShortcutsInContextMenus(True)
    redo_keys = (
        vi_window.actions["redo"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    )
    assert redo_keys == QKeySequence(QKeySequence.StandardKey.Redo).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert {k.toString() for k in vi_window.actions["redo"].shortcuts()} >= {
        "Ctrl+Y",
        "Ctrl+Shift+Z",
    }
    fields = [vi_window.editor.title_edit, vi_window.editor.body_edit, vi_window.library.search]
    for field in fields:
        menu = field.createStandardContextMenu()
        texts = [
            (f"{field.objectName()} context menu", a.text())
            for a in menu.actions()
            if not a.isSeparator()
        ]
        assert assert_vietnamese(texts) >= 6
        # Qt leaves a key out of the context menu when an application shortcut owns it; any
        # key it does show for Undo/Redo must be one the Edit menu's action answers to.
        for name, text in (("undo", "&Hoàn tác"), ("redo", "&Làm lại")):
            shown = [a.text() for a in menu.actions() if a.text().split("\t")[0] == text]
            assert shown, (text, [a.text() for a in menu.actions()])
            keys = {
                k.toString(QKeySequence.SequenceFormat.NativeText)
                for k in vi_window.actions[name].shortcuts()
            }
            if "\t" in shown[0]:
                assert shown[0].split("\t")[1] in keys, (shown[0], keys)
        menu.deleteLater()
    photo_list = vi_window.photo_panel.list
    assert (
        assert_vietnamese(("photo list context menu", a.text()) for a in photo_list.actions()) >= 4
    )


def test_message_boxes_use_vietnamese_standard_buttons(vi_window, qtbot):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "x",
        "x",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Close
        | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard,
        vi_window,
    )
    box.setDetailedText("chi tiết")
    qtbot.addWidget(box)
    box.show()
    buttons = sorted(b.text() for b in box.buttons())
    assert "&Có" in buttons and "&Không" in buttons and "Đồng ý" in buttons and "Hủy" in buttons
    assert assert_vietnamese(widget_texts(box, "message box")) >= 7
    box.close()


def test_menus_have_distinct_mnemonics(vi_window):
    def letters(actions):
        found = []
        for a in actions:
            if a.isSeparator() or not a.isVisible() or a.objectName().startswith("recent_"):
                continue  # recent stores are numbered &1…&8 by design
            m = re.search(r"&([^&\s])", a.text())
            assert m, f"no mnemonic in {a.text()!r}"
            found.append(m.group(1).lower())
        return found

    top = letters(vi_window.menuBar().actions())
    assert len(top) == len(set(top)), top
    for action in vi_window.menuBar().actions():
        menu = action.menu()
        menu.aboutToShow.emit()
        got = letters(menu.actions())
        assert len(got) == len(set(got)), (menu.title(), got)
        assert got, menu.title()


def test_dates_and_numbers_follow_the_vietnamese_locale(vi_window):
    from datetime import UTC, datetime

    from lnv_editor.gui.common.formatting import format_datetime, format_number, format_pixels

    when = datetime(2026, 11, 29, 13, 53, tzinfo=UTC)
    assert re.fullmatch(r"\d\d/\d\d/2026 \d\d:53", format_datetime(when))
    assert format_number(1500) == "1.500" and format_number(7.5) == "7,5"
    assert format_pixels(6000, 4000) == "6.000 × 4.000 px"
    index = vi_window.model.index(0, vi_window.model.UPDATED)
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", index.data(Qt.ItemDataRole.ToolTipRole))
    assert re.fullmatch(r"\d\d:\d\d|\d\d/\d\d|\d\d/\d\d/\d{4}", index.data())
    # Compact as mail clients show it: the time today, day/month this year, the full date before.
    from lnv_editor.gui.common.formatting import format_compact

    now = datetime(2026, 11, 29, 13, 54, tzinfo=UTC)  # a minute later: the same local day
    assert (
        format_compact(datetime(2026, 11, 29, 13, 53, tzinfo=UTC), now)
        == format_datetime(when)[-5:]
    )
    assert format_compact(datetime(2026, 3, 1, 13, 53, tzinfo=UTC), now) == "01/03"
    assert format_compact(datetime(2025, 3, 1, 13, 53, tzinfo=UTC), now) == "01/03/2025"
    vi_window.editor.body_edit.setPlainText("từ " * 1500)
    vi_window.refresh_status()
    assert re.match(r"Nội dung: 1\.5\d\d từ", vi_window.stats_label.text()), (
        vi_window.stats_label.text()
    )


def test_every_focusable_control_has_an_accessible_name(vi_window, qtbot):
    from PySide6.QtGui import QAccessible

    from lnv_editor.gui.dialogs.about import AboutDialog
    from lnv_editor.gui.dialogs.preferences import PreferencesDialog
    from lnv_editor.gui.dialogs.shortcuts import ShortcutsDialog

    roots = [
        vi_window,
        PreferencesDialog(vi_window.config, vi_window),
        ShortcutsDialog(vi_window),
        AboutDialog(vi_window.repo.path, vi_window),
        *[d for d in bundle_dialogs(vi_window, qtbot, vi_window.editor.article.id).values()],
    ]
    unnamed = []
    for root in roots:
        qtbot.addWidget(root)
        root.show()
        for w in [root, *root.findChildren(QWidget)]:
            if not w.isVisible() or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.isWindow():
                continue
            if type(w).__name__ == "QScrollBar" or isinstance(
                w.parentWidget(), QAbstractSpinBox | QComboBox
            ):
                continue  # scroll bars, and Qt's inner line edits named through their owner
            iface = QAccessible.queryAccessibleInterface(w)
            name = iface.text(QAccessible.Text.Name) if iface is not None else ""
            if not name.strip():
                unnamed.append(f"{root.objectName()} › {w.objectName() or type(w).__name__}")
        if root is not vi_window:
            root.close()
    assert not unnamed, "controls a screen reader cannot name:\n" + "\n".join(unnamed)


def test_no_leftover_dialogs(vi_window):
    leftovers = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    assert not leftovers
    assert isinstance(QPoint(), QPoint)
