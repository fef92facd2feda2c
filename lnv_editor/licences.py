"""The third-party components the installed app bundles, and their licences.

Read by Help → About (gui/dialogs/about.py) and by the PyInstaller spec, which copies each
distribution's metadata into the build so the About box can name the versions there too.
No Qt here: the spec imports it.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from importlib import metadata

from lnv_editor.core.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str | None  # the installed package whose version we report; None: see version()
    # An SPDX expression (a name: never translated), or a phrase marked for the "Licences"
    # context; "" when the package states none (About then points to url).
    licence: str
    url: str


COMPONENTS: tuple[Component, ...] = (
    Component(
        "Qt / PySide6 (Qt for Python)",
        "PySide6",
        "LGPL-3.0-only",
        "https://www.qt.io/licensing/open-source-lgpl-obligations",
    ),
    Component(
        "Qt WebEngine (Chromium)",
        "PySide6-Addons",
        "LGPL-3.0-only AND BSD-3-Clause",
        "https://doc.qt.io/qt-6/qtwebengine-licensing.html",
    ),
    Component("Python", None, "PSF-2.0", "https://docs.python.org/3/license.html"),
    Component(
        "SQLite",
        None,
        QT_TRANSLATE_NOOP("Licences", "Public domain"),
        "https://sqlite.org/copyright.html",
    ),
    Component("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    Component("SQLModel", "sqlmodel", "MIT", "https://sqlmodel.tiangolo.com"),
    Component("pydantic", "pydantic", "MIT", "https://docs.pydantic.dev"),
    Component("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org"),
    Component("Pillow", "Pillow", "MIT-CMU", "https://python-pillow.github.io"),
    Component(
        "pillow-heif (libheif)",
        "pillow-heif",
        "BSD-3-Clause AND LGPL-3.0-only",
        "https://github.com/bigcat88/pillow_heif",
    ),
    Component("Python-Markdown", "Markdown", "BSD-3-Clause", "https://python-markdown.github.io"),
    Component("Jinja2", "Jinja2", "BSD-3-Clause", "https://jinja.palletsprojects.com"),
    Component("MarkupSafe", "MarkupSafe", "BSD-3-Clause", "https://markupsafe.palletsprojects.com"),
    Component("nh3 (ammonia)", "nh3", "MIT", "https://github.com/messense/nh3"),
    Component("jsonschema", "jsonschema", "MIT", "https://python-jsonschema.readthedocs.io"),
    Component("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component(
        "QtAwesome (Material Design Icons)",
        "QtAwesome",
        "MIT AND Apache-2.0",
        "https://github.com/spyder-ide/qtawesome",
    ),
    Component(
        "vietnam-provinces",
        "vietnam-provinces",
        "",
        "https://github.com/sunshine-tech/VietnamProvinces",
    ),
)


def version(component: Component) -> str:
    """The bundled version, or "" when the build carries no metadata for it."""
    if component.name == "Python":
        return ".".join(map(str, sys.version_info[:3]))
    if component.name == "SQLite":
        return sqlite3.sqlite_version
    try:
        return metadata.version(component.distribution or "")
    except metadata.PackageNotFoundError:
        return ""


def distributions() -> list[str]:
    """Distributions whose metadata the frozen build must carry."""
    return [c.distribution for c in COMPONENTS if c.distribution]
