"""In English, nothing the interface says is Vietnamese: the window, its menus and panels, every
dialog, the export's refusals and progress, Qt's file dialogs (with the app's dates). What the
reporters wrote (titles, names, places) is content, not interface, and stays as written."""

from __future__ import annotations

import re

import pytest
from i18n_walk import (
    WORD,
    action_texts,
    bundle_dialogs,
    file_dialog_texts,
    refusal_texts,
    widget_texts,
)

from lnv_editor.config import Config
from lnv_editor.i18n import install_translators


def vietnamese_words(text: str) -> list[str]:
    """Words written with Vietnamese letters, outside quotes (a quoted title is content)."""
    text = re.sub(r"“[^”]*”|«[^»]*»|\"[^\"]*\"", " ", text)
    text = re.sub(r"\S+[/\\]\S+", " ", text)  # paths
    return [w for w in WORD.findall(text) if not w.isascii()]


def assert_english(texts, content: set[str]) -> int:
    """*content*: texts the user wrote (titles, names, places), not the interface's words."""
    seen, bad = 0, []
    for where, text in texts:
        seen += bool(text)
        for piece in content:
            text = (text or "").replace(piece, " ")
        words = vietnamese_words(text or "")
        if words:
            bad.append(f"{where}: {text!r} ({', '.join(words)})")
    assert not bad, "Vietnamese in the English interface:\n" + "\n".join(bad)
    return seen


@pytest.fixture
def en_window(qtbot, tmp_path, qapp):
    from lnv_editor.gui.window.main_window import MainWindow
    from lnv_editor.store.demo import seed_demo
    from lnv_editor.store.repository import Repository

    install_translators("en")
    store = tmp_path / "demo.sqlite"
    repo = Repository.open(store)
    seed_demo(repo)
    repo.close()
    config = Config(tmp_path / "settings.json")
    config.set("language", "en")
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


def demo_content(window) -> set[str]:
    """What the demo's reporters wrote: titles, bylines, sections, province names."""
    from lnv_editor.core.provinces import current_provinces

    repo, content = window.repo, set()
    for article_id in repo.list_ids():
        a = repo.get(article_id)
        content |= {a.title, a.byline, a.section}
        content |= {t.name for t in repo.tags.provinces(article_id)}
    content |= {n for p in current_provinces() for n in (p.name, p.short_name)}
    content |= {"Tiếng Việt", "Lê Nam"}  # a language named in itself; a sample name
    # The tone-mark setting shows the two spellings it is about.
    content |= {"Thanh Hoá", "Thanh Hóa", "hòa", "thủy", "hoà", "thuỷ"}
    return {c for c in content if c} | {"tệp", "kho"}  # the file dialog test's own names


def test_nothing_in_the_english_interface_is_vietnamese(en_window, qtbot, tmp_path):
    from lnv_editor.gui.dialogs.about import AboutDialog
    from lnv_editor.gui.dialogs.history import HistoryDialog
    from lnv_editor.gui.dialogs.preferences import PreferencesDialog
    from lnv_editor.gui.dialogs.shortcuts import ShortcutsDialog

    window = en_window
    content = demo_content(window)
    texts = list(widget_texts(window, "window"))
    for action in window.menuBar().actions():
        texts += list(action_texts(action, "menu bar"))
    assert assert_english(texts, content) > 80
    article_id = window.editor.article.id
    window.save_now()
    window.flush_pending()
    dialogs = {
        "preferences": PreferencesDialog(window.config, window),
        "history": HistoryDialog(window.repo.revisions(article_id), window),
        "shortcuts": ShortcutsDialog(window),
        "about": AboutDialog(window.repo.path, window),
        **bundle_dialogs(window, qtbot, article_id, lambda t: assert_english(t, content)),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        assert assert_english(widget_texts(dialog, name), content) > 3, name
        if name == "export":
            reasons = refusal_texts(dialog)
            assert assert_english(reasons, content) == len(reasons)
            assert any("Photo p.jpg has no alt text" in text for _w, text in reasons)
            assert any(
                "Every ready article" == dialog.scope.itemText(i)
                for i in range(dialog.scope.count())
            )
        dialog.close()
    texts, cells = file_dialog_texts(qtbot, window, tmp_path / "tệp")
    assert assert_english(texts, content) > 20
    assert cells["kho"][1] == "Folder"
    from datetime import UTC, datetime

    from lnv_editor.gui.common.formatting import format_datetime

    when = datetime.fromtimestamp((tmp_path / "tệp" / "bai.sqlite").stat().st_mtime, UTC)
    assert cells["bai.sqlite"][2] == format_datetime(when)  # "12/03/2026 11:53 AM", as elsewhere
