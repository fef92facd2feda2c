"""The media layer must work without Qt: the CLI and the pool workers never load it."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import lnv_editor.media

MEDIA_DIR = Path(lnv_editor.media.__file__).parent


def test_media_imports_without_qt():
    modules = [f"lnv_editor.media.{m.name}" for m in pkgutil.iter_modules([str(MEDIA_DIR)])]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=MEDIA_DIR.parents[1])


def test_every_message_is_marked_for_translation():
    """Each PhotoError gets its template inline from QT_TRANSLATE_NOOP("Errors", "...")
    so that lupdate extracts it."""
    calls = 0
    for path in MEDIA_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "PhotoError":
                template = node.args[0]
                assert isinstance(template, ast.Call), f"{path.name}:{node.lineno}"
                assert template.func.id == "QT_TRANSLATE_NOOP", f"{path.name}:{node.lineno}"
                context, text = template.args
                assert context.value == "Errors" and isinstance(text.value, str)
                calls += 1
    assert calls >= 10
