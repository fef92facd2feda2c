"""Photos: content-addressed storage, import with validation, and metadata-free renditions.

Pure Python and Pillow; no Qt here (a test checks), so the command line and tests use it as is
and the GUI calls it from worker threads.
"""

from lnv_editor.media.errors import PhotoError
from lnv_editor.media.formats import MAX_PIXELS
from lnv_editor.media.importer import MAX_FILE_BYTES, PhotoInfo, import_many, import_photo
from lnv_editor.media.names import safe_display_name
from lnv_editor.media.renditions import RENDITION_WIDTHS, make_renditions, rendition_path
from lnv_editor.media.store import PhotoStore

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
