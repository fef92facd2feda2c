"""Photos: content-addressed storage, import with validation, and metadata-free renditions.

Pure Python and Pillow; no Qt here (a test checks), so the command line and tests use it as is
and the GUI calls it from worker threads.

Its names are loaded when first used: the editor's first screen reads a few thumbnails
through ``media.store`` and must not wait for the importer and the rendition pool to load.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lnv_editor.media.errors import PhotoError
    from lnv_editor.media.formats import MAX_PIXELS
    from lnv_editor.media.importer import MAX_FILE_BYTES, PhotoInfo, import_many, import_photo
    from lnv_editor.media.names import safe_display_name
    from lnv_editor.media.renditions import RENDITION_WIDTHS, make_renditions, rendition_path
    from lnv_editor.media.store import PhotoStore

_WHERE = {
    "PhotoError": "errors",
    "MAX_PIXELS": "formats",
    "MAX_FILE_BYTES": "importer",
    "PhotoInfo": "importer",
    "import_many": "importer",
    "import_photo": "importer",
    "safe_display_name": "names",
    "RENDITION_WIDTHS": "renditions",
    "make_renditions": "renditions",
    "rendition_path": "renditions",
    "PhotoStore": "store",
}


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:  # a submodule (``from lnv_editor.media import store``) is found as usual
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PIXELS",
    "RENDITION_WIDTHS",
    "PhotoError",
    "PhotoInfo",
    "PhotoStore",
    "import_many",
    "import_photo",
    "make_renditions",
    "rendition_path",
    "safe_display_name",
]
