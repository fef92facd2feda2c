"""In Vietnamese, nothing the user can see is still English.

Every window, dialog, menu and context menu is opened in Vietnamese and walked: action texts,
labels, buttons, tooltips, placeholders, window and group titles, tab and header labels,
accessible names. A word counts as English when it occurs in the English source texts of the
catalogues (ours and the Qt strings we translate) or in a short list of Qt's own UI words, and
in none of the Vietnamese translations (so "LNV Editor", "Markdown", "Ctrl" stay allowed).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from lnv_editor.config import Config
from lnv_editor.i18n import install_translators

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = [
    ROOT / "resources" / "i18n" / "lnv_editor_vi.ts",
    ROOT / "resources" / "i18n" / "qtbase_vi.ts",
]
# Qt's own UI words that the catalogues might not hold: a string Qt adds that we forgot to
# translate is caught by these.
QT_WORDS = set(
    "abort all apply back bottom cancel close copy cut date defaults delete details directory discard "
    "edge file float folder forward help hide ignore insert left link location modified name new open "
    "page paste redo remove reset restore retry right save scroll select show size step top type undo "
    "unicode control character yes".split()
)
# Proper nouns and units that stay as they are in Vietnamese text.
ALLOWED = {
    "lnv",
    "editor",
    "markdown",
    "ctrl",
    "shift",
    "alt",
    "ms",
    "px",
    "jpeg",
    "png",
    "webp",
    "heic",
    "heif",
    "sqlite",
    "qt",
    "pyside6",
    "python",
    "home",
    "end",
    "enter",
    "tab",
    "esc",
    "del",
    "f3",
}
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _vocabularies() -> tuple[set[str], set[str]]:
    english, vietnamese = set(QT_WORDS), set()
    for path in CATALOGUES:
        for message in ET.parse(path).getroot().iter("message"):
            english.update(w.lower() for w in WORD.findall(message.findtext("source") or ""))
            translation = message.find("translation")
            texts = [n.text or "" for n in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            for text in texts:
                vietnamese.update(w.lower() for w in WORD.findall(text))
    # Place names are Vietnamese wherever they appear ("Vĩnh Long", "Sơn La"), even when an
    # English message shares a word with them ("too long").
    from lnv_editor.core.provinces import current_provinces, former_units

    for unit in [*current_provinces(), *former_units()]:
        vietnamese.update(w.lower() for w in WORD.findall(unit.name))
    return english - vietnamese - ALLOWED, vietnamese


ENGLISH, _ = _vocabularies()


def english_words(text: str) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", text)  # rich text markup
    text = re.sub(r"\S+[/\\]\S+", " ", text)  # paths and URLs
    text = re.sub(r"\*\.\w+|\.\w+\b", " ", text)  # file extensions
    # A shortcut written after a tooltip, "(Ctrl+O)": key names, not English words.
    text = re.sub(r"\((?:(?:Ctrl|Shift|Alt|Meta)\+)*[^()\s]+\)\s*$", " ", text)
    return [w for w in WORD.findall(text.replace("&", "")) if w.lower() in ENGLISH and w.isascii()]


def _action_texts(action: QAction, where: str):
    if action.isSeparator():
        return
    yield f"{where} › action", action.text()
    if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
        yield f"{where} › tooltip", action.toolTip()
    if action.menu() is not None:
        yield from menu_texts(action.menu(), f"{where} › {action.text()}")


def menu_texts(menu: QMenu, where: str):
    menu.aboutToShow.emit()  # menus that fill themselves when opened (recent stores)
    yield f"{where} › title", menu.title()
    for action in menu.actions():
        yield from _action_texts(action, where)


def widget_texts(root: QWidget, where: str):
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = f"{where} › {w.objectName() or type(w).__name__}"
        if w.isWindow() or w.windowTitle():
            yield f"{name} › window title", w.windowTitle()
        yield f"{name} › tooltip", w.toolTip()
        yield f"{name} › accessible name", w.accessibleName()
        if isinstance(w, QLabel):
            yield f"{name} › label", w.text()
        if isinstance(w, QAbstractButton):
            yield f"{name} › button", w.text()
        if isinstance(w, QGroupBox):
            yield f"{name} › group", w.title()
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            yield f"{name} › placeholder", w.placeholderText()
        if isinstance(w, QComboBox) and not w.isEditable():
            for i in range(w.count()):
                yield f"{name} › item {i}", w.itemText(i)
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{name} › tab {i}", w.tabText(i)
                yield f"{name} › tab tooltip {i}", w.tabToolTip(i)
        header = getattr(w, "header", None) or getattr(w, "horizontalHeader", None)
        if isinstance(w, QAbstractItemView) and header is not None and w.model() is not None:
            for section in range(header().count()):
                text = w.model().headerData(section, Qt.Orientation.Horizontal)
                yield f"{name} › header {section}", str(text or "")
        for action in QWidget.actions(w):  # MainWindow.actions is its table of actions
            yield from _action_texts(action, name)


def assert_vietnamese(texts) -> int:
    seen, bad = 0, []
    for where, text in texts:
        seen += bool(text)
        words = english_words(text or "")
        if words:
            bad.append(f"{where}: {text!r} ({', '.join(words)})")
    assert not bad, "still English in the Vietnamese interface:\n" + "\n".join(bad)
    return seen


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
        texts += list(_action_texts(action, "menu bar"))
    assert assert_vietnamese(texts) > 80  # a walk that saw little proves nothing
    titles = [a.text() for a in vi_window.menuBar().actions()]
    assert titles[0] == "&Tệp" and titles[-1] == "Trợ &giúp"


def add_photo_without_texts(repo, article_id: int) -> None:
    """A photo with neither alt text nor caption: the export refuses the article for it."""
    import tempfile

    from PIL import Image

    from lnv_editor.media.importer import import_photo

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "p.jpg"
        Image.new("RGB", (640, 480), (120, 90, 60)).save(source)
        repo.photos.add(article_id, [import_photo(repo.media(), source)])


def refusal_texts(export) -> list[tuple[str, str]]:
    """The export dialog's reasons, one line each under its article."""
    tree = export.problems
    return [
        (f"export reason {i}.{j}", tree.topLevelItem(i).child(j).text(0))
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ] + [
        (f"export note {i}", tree.topLevelItem(i).text(1)) for i in range(tree.topLevelItemCount())
    ]


def bundle_dialogs(window, qtbot, article_id: int, check=None) -> dict:
    """File → Xuất bản… once its checks have listed an unpublishable article, the progress
    dialog, and a summary with a folder button and a refused article."""
    import threading

    from lnv_editor.gui.bundles.export_dialog import ExportDialog, Scope
    from lnv_editor.gui.bundles.jobs import BundleJob
    from lnv_editor.gui.bundles.summary import SummaryDialog

    add_photo_without_texts(window.repo, article_id)
    export = ExportDialog(window.repo, open_id=article_id, selected_ids=[article_id], parent=window)
    export.scope.setCurrentIndex(export.scope.findData(Scope.ALL))
    qtbot.waitUntil(export.is_checked, timeout=20000)
    assert export.problems.topLevelItemCount() > 0  # the demo has drafts: reasons are shown
    reasons = refusal_texts(export)
    assert len(reasons) >= 3  # a status, a photo without alt text, one without a caption
    release = threading.Event()

    def wait(*, progress, cancel):
        progress(1, 3)
        release.wait(10)

    vietnamese = check is None
    check = check or assert_vietnamese
    label = "Đang xuất bản 3 bài…" if vietnamese else "Publishing 3 articles…"
    job = BundleJob(window, label, wait, on_done=print, on_error=print)
    qtbot.waitUntil(lambda: job.dialog.value() == 1, timeout=5000)
    # title, label and Cancel: walked here, while the job still runs
    assert check(widget_texts(job.dialog, "export progress")) == 3
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()
    summary = SummaryDialog(
        "Đã xuất bản xong" if vietnamese else "Publishing finished",
        "Đã xuất bản 1 bài." if vietnamese else "Published 1 article.",
        folder=window.repo.path.parent,
        rows=[
            (article_id, "Bài", ["lý do một", "lý do hai"])
            if vietnamese
            else (article_id, "Article", ["reason one", "reason two"])
        ],
        parent=window,
    )
    return {"export": export, "summary": summary}


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


def file_dialog_texts(qtbot, parent, folder: Path):
    """Qt's own file dialog (what Linux desktops without a portal show) in its three uses, in
    the detail view: its texts and the size, type and date of a folder and a file."""
    from PySide6.QtWidgets import QFileDialog, QTreeView

    from lnv_editor.gui.common.file_dialogs import file_dialog

    (folder / "kho").mkdir(parents=True, exist_ok=True)
    (folder / "bai.sqlite").write_bytes(b"x" * 1500)
    modes = {
        "open": {},
        "save": {"save": True, "mode": QFileDialog.FileMode.AnyFile},
        "folder": {"mode": QFileDialog.FileMode.Directory},
    }
    texts, cells = [], {}
    for name, kwargs in modes.items():
        dialog = file_dialog(parent, "LNV Editor", str(folder), "SQLite (*.sqlite)", **kwargs)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        qtbot.addWidget(dialog)
        dialog.show()
        tree = dialog.findChild(QTreeView, "treeView")
        model, root = tree.model(), tree.rootIndex()
        need = 1 if name == "folder" else 2  # the folder dialog lists folders only
        qtbot.waitUntil(lambda m=model, r=root, n=need: m.rowCount(r) >= n)
        qtbot.waitUntil(
            lambda m=model, r=root: all(m.index(i, 3, r).data() for i in range(m.rowCount(r)))
        )
        texts += list(widget_texts(dialog, f"{name} file dialog"))
        for row in range(model.rowCount(root)):
            entry = model.index(row, 0, root).data()
            cells[entry] = [model.index(row, c, root).data() for c in (1, 2, 3)]
            texts += [
                (f"{name} file dialog › {entry} › {c}", cells[entry][i])
                for i, c in enumerate(("size", "type", "date"))
            ]
        dialog.close()
        dialog.deleteLater()
    return texts, cells


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
