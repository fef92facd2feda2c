"""The packaging stays valid: desktop entry and metainfo pass their validators, the Windows
installer script installs the program and nothing else, the icons exist at every size, and
`make package` / `make package-test` are wired into CI."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from lnv_editor import __version__

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
ISS = ROOT / "packaging" / "windows" / "lnv-editor.iss"
ICONS = ROOT / "resources" / "icons"


def test_desktop_entry_and_metainfo_agree_with_the_console_script():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["lnv-editor"] == "lnv_editor.__main__:main"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / "vn.lnv.editor.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == "lnv-editor"
    assert desktop["Icon"] == "vn.lnv.editor" and "Name[vi]" in desktop and "Comment[vi]" in desktop
    meta = ET.parse(LINUX / "vn.lnv.editor.metainfo.xml").getroot()
    assert meta.findtext("id") == "vn.lnv.editor"
    assert meta.find("provides/binary").text == "lnv-editor"
    assert meta.find("launchable").text == "vn.lnv.editor.desktop"
    # The newest release named in the metainfo is the package's version.
    assert meta.find("releases/release").get("version") == __version__


@pytest.mark.required
@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="apt-get install desktop-file-utils"
)
def test_desktop_entry_validates():
    out = subprocess.run(
        ["desktop-file-validate", str(LINUX / "vn.lnv.editor.desktop")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


@pytest.mark.required
@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="apt-get install appstream")
def test_metainfo_validates():
    out = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / "vn.lnv.editor.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    return sections


def test_inno_setup_script_installs_the_folder_and_a_start_menu_entry_only():
    sections = _iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    for key in (
        "AppId",
        "AppName",
        "AppVersion",
        "DefaultDirName",
        "OutputBaseFilename",
        "UninstallDisplayIcon",
    ):
        assert key in setup, key
    assert setup["AppName"] == "LNV Editor"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["ChangesAssociations"] == "no" and setup["ChangesEnvironment"] == "no"
    files = sections["Files"]
    assert len(files) == 1 and "dist\\lnv-editor\\*" in files[0] and 'DestDir: "{app}"' in files[0]
    assert "recursesubdirs" in files[0]
    icons = sections["Icons"]
    assert len(icons) == 1 and icons[0].startswith('Name: "{group}\\LNV Editor"')
    # Registers nothing else: no registry entries, no file associations, no services.
    assert "Registry" not in sections and "Tasks" not in sections
    # An upgrade may clear the program's own _internal folder; nothing else is ever deleted.
    for section in ("InstallDelete", "UninstallDelete"):
        for line in sections.get(section, []):
            assert re.search(r'Name: "\{app\}\\_internal"', line), line


def test_inno_setup_script_never_names_a_user_data_folder():
    text = ISS.read_text(encoding="utf-8")
    code = "\n".join(line for line in text.splitlines() if not line.strip().startswith(";"))
    for constant in (
        "{userappdata}",
        "{localappdata}",
        "{commonappdata}",
        "{userdocs}",
        "{userprofile}",
        "{%USERPROFILE",
        "{%APPDATA",
        "{%LOCALAPPDATA",
        "{app}\\..",
        "lnv-editor.sqlite",
    ):
        assert constant.lower() not in code.lower(), constant


def test_icons_at_every_size_and_a_windows_icon():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(
            ICONS / "hicolor" / f"{size}x{size}" / "apps" / "vn.lnv.editor.png"
        ) as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            assert image.getpixel((0, 0))[3] < 16  # rounded corners: transparent, not a white box
    svg = ET.parse(ICONS / "hicolor" / "scalable" / "apps" / "vn.lnv.editor.svg").getroot()
    assert svg.get("viewBox") == "0 0 512 512"
    with Image.open(ICONS / "lnv-editor.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    assert (ROOT / "lnv_editor" / "assets" / "icons" / "vn.lnv.editor.png").is_file()


def test_spec_builds_one_folder_with_webengine_and_reads_the_version_from_the_package():
    spec = (ROOT / "packaging" / "lnv-editor.spec").read_text(encoding="utf-8")
    assert "COLLECT(" in spec and "onefile" not in spec.lower()
    assert "PySide6.QtWebEngineWidgets" in spec and "qtwebengine_locales" in spec
    assert '__version__ = "' in spec and "lnv_editor" in spec
    assert "excludes=excludes" in spec and "Qt3DCore" in spec


@pytest.mark.package
@pytest.mark.required
def test_prune_keeps_what_is_linked_and_drops_qml_and_unused_plugins(monkeypatch):
    """Needs PyInstaller's ELF reader: `make package-test` runs it once `make package` has
    installed the package extra."""
    pytest.importorskip("PyInstaller", reason="pip install -e '.[package]' (make package)")
    import importlib.util

    spec = importlib.util.spec_from_file_location("prune", ROOT / "packaging" / "prune.py")
    prune = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(prune)
    links = {
        "/x/QtWebEngineWidgets.abi3.so": [("libQt6WebEngineCore.so.6", None)],
        "/x/libQt6WebEngineCore.so.6": [("libQt6Quick.so.6", None)],
        "/x/libQt6Quick.so.6": [],
        "/x/libQt6Charts.so.6": [],
        "/x/libibusplatforminputcontextplugin.so": [("libQt6DBus.so.6", None)],
        "/x/libQt6DBus.so.6": [],
    }
    monkeypatch.setattr(prune, "get_imports", lambda path: links.get(path, []))
    binaries = [
        ("PySide6/QtWebEngineWidgets.abi3.so", "/x/QtWebEngineWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", "/x/libQt6WebEngineCore.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/x/libQt6Quick.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Charts.so.6", "/x/libQt6Charts.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6DBus.so.6", "/x/libQt6DBus.so.6", "BINARY"),
        (
            "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
            "/x/libibusplatforminputcontextplugin.so",
            "BINARY",
        ),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", "/x/libqmldbg_tcp.so", "BINARY"),
        ("PySide6/Qt/qml/QtQuick/libqtquick2plugin.so", "/x/libqtquick2plugin.so", "BINARY"),
    ]
    datas = [
        ("libQt6Charts.so.6", "PySide6/Qt/lib/libQt6Charts.so.6", "SYMLINK"),
        ("PySide6/Qt/qml/QtQuick/qmldir", "/x/qmldir", "DATA"),
    ]
    kept, kept_datas, dropped = prune.prune(binaries, datas)
    names = {Path(b[0]).name for b in kept}
    assert names == {
        "QtWebEngineWidgets.abi3.so",
        "libQt6WebEngineCore.so.6",
        "libQt6Quick.so.6",
        "libQt6DBus.so.6",
        "libibusplatforminputcontextplugin.so",
    }  # ibus: Vietnamese typing
    assert dropped == ["libQt6Charts.so.6"] and kept_datas == [], kept_datas


def test_make_and_ci_build_and_run_the_package():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    assert any(dep.startswith("pyinstaller") for dep in extras["package"])
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^package:", makefile, re.M) and re.search(r"^package-test:", makefile, re.M)
    assert "qtbase_vi" in makefile
    ci = (ROOT / ".ci" / "run").read_text()
    commands = [line.strip() for line in ci.splitlines() if line.startswith("make ")]
    assert commands[-3:] == ["make test", "make package", "make package-test"]
    for package in ("binutils", "desktop-file-utils", "appstream"):
        assert package in ci
    test_script = (ROOT / "packaging" / "package_test.sh").read_text()
    assert (
        "--smoke-test" in test_script
        and "export --help" in test_script
        and "--version" in test_script
    )


def test_a_built_wheel_carries_the_compiled_catalogues(tmp_path):
    """pip install . (or a wheel) gives the Vietnamese interface: setup.py compiles the .ts
    catalogues when the package is built, from a tree that has no .qm (a fresh clone)."""
    import sys
    import zipfile

    from lnv_editor.core.catalog import Catalog

    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode("utf-8")
    source = tmp_path / "src"
    for name in filter(None, tracked.split("\0")):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    for name in ("setup.py", "MANIFEST.in", "pyproject.toml"):
        shutil.copy2(ROOT / name, source / name)  # as in the work tree, committed or not
    assert not list(source.rglob("*.qm"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "dist")],
        cwd=source, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = (tmp_path / "dist").glob("lnv_editor-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for name in ("lnv_editor_vi", "lnv_editor_en", "qtbase_vi"):
            assert f"lnv_editor/assets/i18n/{name}.qm" in names, name
        (tmp_path / "vi.qm").write_bytes(archive.read("lnv_editor/assets/i18n/lnv_editor_vi.qm"))
    catalog = Catalog.load(tmp_path / "vi.qm")
    assert catalog.translate("Article", "Published") == "Xuất bản"
