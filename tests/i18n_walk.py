"""Walking the interface's visible texts, for the language tests: every label, button,
tooltip, placeholder, title, tab, header and action of a widget tree; whether a text is
still English (``english_words``); and the dialogs those tests open (the export with its
refusals and progress, the summary, Qt's file dialogs).

A word counts as English when it occurs in the English source texts of the catalogues (ours
and the Qt strings we translate) or in a short list of Qt's own UI words, and in none of the
Vietnamese translations (so "LNV Editor", "Markdown", "Ctrl" stay allowed).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[1]
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


def action_texts(action: QAction, where: str):
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
        yield from action_texts(action, where)


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
            yield from action_texts(action, name)


def assert_vietnamese(texts) -> int:
    seen, bad = 0, []
    for where, text in texts:
        seen += bool(text)
        words = english_words(text or "")
        if words:
            bad.append(f"{where}: {text!r} ({', '.join(words)})")
    assert not bad, "still English in the Vietnamese interface:\n" + "\n".join(bad)
    return seen


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
