"""The main window has a door: features use its public methods, never its insides.

Any module but the window's own may call the window's public methods (``flush_pending``,
``add_dock``, ``refresh_status``, ``open_article`` …) and read what it exposes (``repo``,
``hub``, ``editor``, ``actions`` …), but never a ``_private`` name of it and never assign an
attribute on it: what a feature adds, the window keeps from what the feature returns. The
window's own components in ``gui/window/`` (the store link, the first screen, the docks …) come
in through the same door, and are objects it owns, never base classes of it (no mixins). And no
module imports another module's ``_private`` names.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "lnv_editor"
WINDOW_NAMES = {"window", "w", "mw", "main_window", "window_"}


def _is_window(node: ast.AST) -> bool:
    if isinstance(node, ast.Name):
        return node.id in WINDOW_NAMES
    return (
        isinstance(node, ast.Attribute)
        and node.attr in WINDOW_NAMES
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    )


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _violations(path: Path, source: str) -> list[str]:
    found = []
    outside = not path.as_posix().endswith("gui/window/main_window.py")
    for node in ast.walk(ast.parse(source)):
        where = f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("lnv_editor"):
            found += [f"{where} imports {a.name}" for a in node.names if _private(a.name)]
        if not outside:
            continue
        if isinstance(node, ast.Attribute) and _is_window(node.value) and _private(node.attr):
            found.append(f"{where} uses the window's {node.attr}")
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AugAssign | ast.AnnAssign)
            else []
        )
        for target in targets:
            for element in target.elts if isinstance(target, ast.Tuple) else [target]:
                if isinstance(element, ast.Attribute) and _is_window(element.value):
                    found.append(f"{where} assigns the window's {element.attr}")
    return found


def test_features_come_in_through_the_windows_door():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += _violations(path, path.read_text(encoding="utf-8"))
    assert found == []


def test_the_check_sees_what_it_forbids():
    feature = PACKAGE / "gui" / "photos" / "example.py"
    source = (
        "from lnv_editor.store.repository import _clean\n"
        "def install(window):\n"
        "    window.photo_thing = 1\n"
        "    window._flush_and_wait()\n"
        "    window.flush_pending()\n"
        "    window.add_dock(None, 't', 'n')\n"
    )
    assert [v.split(" ", 1)[1] for v in _violations(feature, source)] == [
        "imports _clean",
        "assigns the window's photo_thing",
        "uses the window's _flush_and_wait",
    ]
    inside = PACKAGE / "gui" / "window" / "main_window.py"
    assert _violations(inside, "def f(self):\n    self.window._x = 1\n") == []
    component = PACKAGE / "gui" / "window" / "store_link.py"
    assert [
        v.split(" ", 1)[1]
        for v in _violations(component, "def f(self):\n    self.window.repo = self.window._x\n")
    ] == ["assigns the window's repo", "uses the window's _x"]


def _inherited_from_us(cls: type) -> list[str]:
    return [c.__name__ for c in cls.__mro__[1:] if c.__module__.startswith("lnv_editor")]


def test_the_window_owns_its_components_and_inherits_none():
    """Only Qt's main window under ours: the store link, first screen, docks and menus are
    objects the window holds, reached through their public methods."""
    from lnv_editor.gui.window.main_window import MainWindow

    assert _inherited_from_us(MainWindow) == []


def test_the_check_sees_a_mixin():
    from PySide6.QtWidgets import QMainWindow

    from lnv_editor.gui.window.first_screen import FirstScreen

    class Mixed(FirstScreen, QMainWindow):
        pass

    assert _inherited_from_us(Mixed) == ["FirstScreen"]
