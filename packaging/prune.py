"""Keep only the Qt the app links to: used by lnv-editor.spec after PyInstaller's analysis.

PyInstaller's PySide6 hooks collect every QML module and plugin once QtQml is in (QtWebEngine
brings it), which triples the folder. Here the QML files go, plugins the app cannot use go, and
then a Qt library stays only if something that stays links to it (followed through the ELF/PE
import tables, so a library QtWebEngine really needs is never dropped by a guess).
"""

from __future__ import annotations

import re

from PyInstaller.depend.bindepend import get_imports

QT_LIB = re.compile(r"^(lib)?Qt6\w+\.(so\.6|dll|dylib)$")
# Plugin folders the app never loads: QML debugging, positioning, embedded-Linux input and
# framebuffer platforms. Input methods (ibus, compose) stay: Vietnamese is typed through them.
DROP_PLUGIN_DIRS = {
    "qmltooling",
    "position",
    "egldeviceintegrations",
    "generic",
    "sensors",
    "multimedia",
    "sqldrivers",
    "geometryloaders",
    "sceneparsers",
    "renderers",
    "renderplugins",
    "texttospeech",
    "canbus",
    "virtualkeyboard",
    "designer",
}
DROP_PLUGINS = {
    "libqtvirtualkeyboardplugin.so",
    "qtvirtualkeyboardplugin.dll",
    "libqpdf.so",
    "qpdf.dll",
    "libqeglfs.so",
    "libqlinuxfb.so",
    "libqvnc.so",
    "libqvkkhrdisplay.so",
    "libqminimalegl.so",
}


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def _dropped(dest: str) -> bool:
    parts = _parts(dest)
    if "qml" in parts[:4] and parts[:2] == ["PySide6", "Qt"] or parts[:2] == ["PySide6", "qml"]:
        return True
    if "plugins" in parts:
        after = parts[parts.index("plugins") + 1 :]
        return bool(after) and (after[0] in DROP_PLUGIN_DIRS or after[-1] in DROP_PLUGINS)
    return False


def prune(binaries: list, datas: list) -> tuple[list, list, list[str]]:
    """(binaries, datas, names of dropped Qt libraries)."""
    binaries = [b for b in binaries if not _dropped(b[0])]
    datas = [d for d in datas if not _dropped(d[0])]
    qt_libs = {_parts(b[0])[-1]: b for b in binaries if QT_LIB.match(_parts(b[0])[-1])}
    needed: set[str] = set()
    queue = [b[1] for b in binaries if _parts(b[0])[-1] not in qt_libs]
    seen: set[str] = set()
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        try:
            imports = get_imports(path)
        except Exception:  # noqa: BLE001 - not a binary PyInstaller can read: nothing to follow
            continue
        for name, _full in imports:
            base = name.replace("\\", "/").rsplit("/", 1)[-1]
            if base in qt_libs and base not in needed:
                needed.add(base)
                queue.append(qt_libs[base][1])
    dropped = sorted(set(qt_libs) - needed)
    gone = set(dropped)

    def stays(entry) -> bool:
        # The library itself, and the SYMLINK entries PyInstaller adds beside it.
        return not ({_parts(entry[0])[-1], _parts(entry[1])[-1]} & gone)

    return [b for b in binaries if stays(b)], [d for d in datas if stays(d)], dropped
