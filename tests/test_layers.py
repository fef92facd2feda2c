"""The domain layers never import Qt: they run in scripts, servers and tests without it."""

from __future__ import annotations

import importlib.util
import pkgutil
import subprocess
import sys

import lnv_editor

DOMAIN = ("core", "store", "media", "render", "export", "server", "sync")


def _modules() -> list[str]:
    names = []
    for layer in DOMAIN:
        if importlib.util.find_spec(f"lnv_editor.{layer}") is None:
            continue  # a layer another branch brings (server and sync are built apart)
        names.append(f"lnv_editor.{layer}")
        package = __import__(f"lnv_editor.{layer}", fromlist=["_"])
        for info in pkgutil.walk_packages(package.__path__, f"lnv_editor.{layer}."):
            if ".migrations" in info.name:
                continue  # Alembic scripts run only inside Alembic
            names.append(info.name)
    return names


def test_domain_layers_do_not_import_pyside6():
    modules = _modules()
    assert "lnv_editor.store.repository" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'qtpy', 'qtawesome')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"Qt imported by a domain layer: {out.stdout}"


def test_package_init_has_no_side_effects():
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, lnv_editor; print(len([m for m in sys.modules if m.startswith('lnv_editor')]))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "1"
    assert lnv_editor.__version__


def test_gui_never_touches_sql():
    """The GUI asks the repository; it never opens a database itself (source-level check, so
    a lazy import inside a function is caught too)."""
    import ast
    from pathlib import Path

    gui = Path(lnv_editor.__file__).parent / "gui"
    offenders = []
    for path in gui.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in ("sqlalchemy", "sqlite3", "sqlmodel", "alembic"):
                    offenders.append(f"{path.relative_to(gui)}: {name}")
    assert offenders == []


def test_cli_package_does_not_import_qt_at_module_level():
    code = (
        "import sys, lnv_editor.cli, lnv_editor.cli.articles, lnv_editor.cli.common\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_icons_are_declared_once():
    """Every icon name lives in gui/common/icons.py; the rest of the GUI asks for it by name."""
    from pathlib import Path

    gui = Path(lnv_editor.__file__).parent / "gui"
    elsewhere = [
        str(path.relative_to(gui))
        for path in gui.rglob("*.py")
        if path.name != "icons.py"
        and ("mdi6." in path.read_text() or "import qtawesome" in path.read_text())
    ]
    assert elsewhere == []
