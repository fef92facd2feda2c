"""Build hook: compile the Qt translation catalogues (resources/i18n/*.ts -> .qm) into the
package whenever it is built, so every way of installing (``pip install .``, a wheel, an
sdist) gets the Vietnamese interface, not only ``make setup``. Everything else about the
package is declared in pyproject.toml; PySide6-Essentials (a build requirement there) brings
``lrelease``."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
CATALOGUES = ("lnv_editor_vi", "lnv_editor_en", "qtbase_vi")


def lrelease() -> str | None:
    try:
        import PySide6
    except ImportError:
        return shutil.which("pyside6-lrelease")
    tool = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    return str(tool) if tool.is_file() else shutil.which("pyside6-lrelease")


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        sources = [ROOT / "resources" / "i18n" / f"{name}.ts" for name in CATALOGUES]
        if not any(ts.is_file() for ts in sources):
            return  # built from a wheel's contents: the .qm are there already
        tool = lrelease()
        if tool is None:
            raise SystemExit("building LNV Editor needs Qt's lrelease (PySide6-Essentials)")
        package = ROOT if getattr(self, "editable_mode", False) else Path(self.build_lib)
        target = package / "lnv_editor" / "assets" / "i18n"
        target.mkdir(parents=True, exist_ok=True)
        for ts in sources:
            qm = target / f"{ts.stem}.qm"
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


setup(cmdclass={"build_py": BuildWithCatalogues})
