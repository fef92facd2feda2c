"""The packaging metadata stays valid and names the real entry point."""

from __future__ import annotations

import configparser
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_desktop_entry_and_metainfo_agree_with_the_console_script():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["lnv-editor"] == "lnv_editor.__main__:main"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "vn.lnv.editor.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"].split()[0] == "lnv-editor"
    meta = ET.parse(ROOT / "packaging" / "vn.lnv.editor.metainfo.xml").getroot()
    assert meta.findtext("id") == "vn.lnv.editor"
    assert meta.find("provides/binary").text == "lnv-editor"
