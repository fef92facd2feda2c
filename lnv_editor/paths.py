"""Where things live: user data and config dirs and the packaged assets.

Environment variables override the platform defaults (``LNV_DATA_DIR``, ``LNV_CONFIG_DIR``)
so tests and portable installs never touch the user's real files.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

APP_NAME = "LNV Editor"
APP_AUTHOR = "LNV"
STORE_FILENAME = "lnv-editor.sqlite"


def _dir(env: str, kind: str) -> Path:
    override = os.environ.get(env)
    if override:
        return Path(override)
    import platformdirs  # imported lazily: only needed without an override

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, APP_AUTHOR))


def data_dir() -> Path:
    return _dir("LNV_DATA_DIR", "data")


def config_dir() -> Path:
    return _dir("LNV_CONFIG_DIR", "config")


def default_store_path() -> Path:
    """The store a plain start opens: ``$LNV_STORE`` or the user data dir's store file."""
    env = os.environ.get("LNV_STORE")
    if env:
        return Path(env)
    return data_dir() / STORE_FILENAME


def asset(*parts: str) -> Path:
    """A file shipped inside the package under ``lnv_editor/assets``."""
    return Path(str(resources.files("lnv_editor").joinpath("assets", *parts)))
