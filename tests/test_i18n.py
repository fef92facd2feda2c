"""Every user-visible string goes through Qt's translation system; Vietnamese comes first."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "lnv_editor_vi.ts"
QT_TS = ROOT / "resources" / "i18n" / "qtbase_vi.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n|%\d")


def _messages():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_message_is_translated_with_its_placeholders():
    count = 0
    for context, message in _messages():
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete"), (
            f"[{context}] {source!r} is not translated"
        )
        texts = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
        for text in texts:
            assert text.strip(), f"[{context}] {source!r} has an empty translation"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                context,
                source,
                text,
            )
        count += 1
    assert count > 100


def test_ts_is_up_to_date_with_the_code(tmp_path):
    """The .ts is in step with the code: every string in the code is in it (and, by the test
    above, translated), and none it holds has left the code (run `make lupdate`)."""
    sources = [str(p) for p in (ROOT / "lnv_editor").rglob("*.py")]
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    in_code = {(c, m.findtext("source")) for c, m in _parse(fresh)}
    in_ts = {(c, m.findtext("source")) for c, m in _messages()}
    missing = sorted(in_code - in_ts)
    assert not missing, f"not in {TS.name}; run `make lupdate` and translate: {missing[:10]}"
    obsolete = sorted(in_ts - in_code)
    assert not obsolete, (
        f"in {TS.name} but no longer in the code; run `make lupdate`: {obsolete[:10]}"
    )


def test_qtbase_vi_covers_qts_own_strings_the_app_shows():
    """Qt ships no Vietnamese qtbase: the project's own covers the standard buttons, the text
    fields' context menus and the file and message dialogs, every message translated."""
    contexts: dict[str, dict[str, str]] = {}
    for context in ET.parse(QT_TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation.get("type") is None and (translation.text or "").strip(), (
                message.findtext("source")
            )
            source = message.findtext("source")
            assert sorted(PLACEHOLDER.findall(source)) == sorted(
                PLACEHOLDER.findall(translation.text)
            )
            contexts.setdefault(context.findtext("name"), {})[source] = translation.text
    for name, sources in {
        "QPlatformTheme": {"OK", "Cancel", "Close", "&Yes", "&No", "Save", "Discard", "Open"},
        "QWidgetTextControl": {"&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"},
        "QLineEdit": {"&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"},
        "QDialogButtonBox": {"OK"},
        "QProgressDialog": {"Cancel"},
        "QMessageBox": {"Show Details...", "Hide Details..."},
    }.items():
        assert sources <= set(contexts.get(name, {})), (name, sources - set(contexts.get(name, {})))
    # The context menu's Undo/Redo read as the Edit menu's do.
    app_ts = {(c, m.findtext("source")): m.findtext("translation") for c, m in _messages()}
    assert contexts["QWidgetTextControl"]["&Undo"] == app_ts[("Actions", "&Undo")]
    assert contexts["QWidgetTextControl"]["&Redo"] == app_ts[("Actions", "&Redo")]


def _parse(path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_main_window_speaks_vietnamese_by_default(qtbot, tmp_path):
    from lnv_editor.config import Config
    from lnv_editor.gui.window.main_window import MainWindow
    from lnv_editor.i18n import install_translators

    config = Config(tmp_path / "settings.json")
    assert config.get("language") == "vi"
    try:
        assert install_translators(config.get("language")), "run `make i18n` to compile the .qm"
        window = MainWindow(config)
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[0] == "&Tệp"
        assert window.actions["save"].text() == "&Lưu"
        assert window.editor.title_edit.placeholderText() == "Tiêu đề"
        assert window.library.status_filter.itemText(2).startswith("Nháp")
    finally:
        install_translators("en")
    window2 = MainWindow(config)
    qtbot.addWidget(window2)
    assert window2.actions["save"].text() == "&Save"


def _literal_calls():
    """Every ``translate(context, "text", …)``, ``tr("text", …)`` and ``QT_TRANSLATE_NOOP``
    call with literal text in the package: (file, line, text)."""
    import ast

    for path in (ROOT / "lnv_editor").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = {"translate": 1, "tr": 0, "QT_TRANSLATE_NOOP": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                yield path.relative_to(ROOT), node.lineno, arg.value


def test_lupdate_finds_every_string_the_code_translates():
    """lupdate's Python reader silently skips some calls (a plural count written as a call,
    ``translate(ctx, "%n …", "", len(ids))``); such a string is shown in English to a
    Vietnamese user. Every literal the code translates must be in the catalogue."""
    in_ts = {m.findtext("source") for _c, m in _messages()}
    missing = [f"{p}:{line} {text!r}" for p, line, text in _literal_calls() if text not in in_ts]
    assert not missing, "lupdate does not see these (pass the count as a name): " + "; ".join(
        missing[:10]
    )
