"""Importing photo files into a ``PhotoStore``: one at a time or a batch with progress and cancel.

One pass over the source both hashes and copies it into a temporary file in the store, and the
checks then run on that copy, not on the source: the source may change or vanish meanwhile, and
what we check must be exactly what we keep. Only a copy that passes every check is renamed into
``originals/``; anything else is deleted before the error reaches the caller.

Runs in the caller's thread and never touches Qt; the GUI calls it from a worker thread. Pillow
and hashlib release the GIL while they decode and hash, so the GUI thread keeps running.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

from lnv_editor.core.processes import Cancel, is_cancelled
from lnv_editor.media import errors
from lnv_editor.media import store as store_io
from lnv_editor.media.errors import PhotoError
from lnv_editor.media.formats import (
    FORMATS,
    HEAD_BYTES,
    MAX_PIXELS,
    decode_check,
    open_image,
    sniff,
    upright_size,
)
from lnv_editor.media.names import safe_display_name
from lnv_editor.media.store import PhotoStore

# The largest file accepted as one photo. A 100 MP camera JPEG is 30-60 MB and a 50 MP 16-bit
# PNG about 300 MB; past this size a "photo" is far more likely a mistake (a video, a disk
# image) than something a news page needs, and the copy alone would take a long while.
MAX_FILE_BYTES = 200_000_000
CHUNK_BYTES = 1 << 20  # enough to keep the disk busy; memory stays at one chunk

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PhotoInfo:
    """A photo in the store, as imported. Width and height are as displayed (EXIF applied)."""

    sha256: str
    width: int
    height: int
    format: str  # "jpeg", "png", "webp" or "heif"
    size_bytes: int
    original_name: str  # NFC, no path parts, safe to show and to use as a file name

    @property
    def extension(self) -> str:
        """The extension the original is stored with (``.jpg``, ``.png``, ``.webp``, ``.heic``)."""
        return FORMATS[self.format][1]


def _open_source(path: Path) -> BinaryIO:
    # Unbuffered: every read goes straight into our chunk buffer.
    return open(path, "rb", buffering=0)  # closed by the caller's with


def _reason(exc: BaseException) -> str:
    return (
        exc.strerror
        if isinstance(exc, OSError) and exc.strerror
        else str(exc) or type(exc).__name__
    )


def import_photo(store: PhotoStore, path: str | os.PathLike[str]) -> PhotoInfo:
    """Copy the photo at *path* into *store* and describe it.

    The same bytes imported twice are stored once and give equal ``PhotoInfo`` but for the
    name. Raises ``PhotoError`` with a message for the reporter; then nothing was written.
    """
    path = Path(path)
    name = safe_display_name(path.name)
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise errors.missing(path, name) from None
    except OSError as exc:
        raise errors.unreadable(path, name, _reason(exc)) from exc
    if not stat.S_ISREG(st.st_mode):
        raise errors.not_a_file(path, name)  # and never open a FIFO, which would block
    if store.is_article_store_file(st):
        raise errors.store_file(path, name)  # never opened: that would drop SQLite's locks
    if st.st_size == 0:
        raise errors.empty(path, name)
    if st.st_size > MAX_FILE_BYTES:
        raise errors.too_large(path, name, st.st_size, MAX_FILE_BYTES)
    try:
        source = _open_source(path)
    except FileNotFoundError:
        raise errors.missing(path, name) from None
    except IsADirectoryError:
        raise errors.not_a_file(path, name) from None
    except OSError as exc:
        raise errors.unreadable(path, name, _reason(exc)) from exc
    with source:
        temp, sha256, size = _receive(store, source, path, name)
    try:
        if size == 0:  # emptied between the stat and the read
            raise errors.empty(path, name)
        fmt, width, height = _check(temp, path, name)
        dest = store.original_location(sha256, FORMATS[fmt][1])
        if dest.is_file() and dest.stat().st_size == size:
            store_io.unlink_quietly(temp)  # already stored: same hash, same bytes
        else:
            try:
                store.commit(temp, dest)
            except OSError as exc:
                raise errors.store_write(path, name, store.root, exc) from exc
    except BaseException:
        store_io.unlink_quietly(temp)
        raise
    return PhotoInfo(sha256, width, height, fmt, size, name)


def _receive(store: PhotoStore, source: BinaryIO, path: Path, name: str) -> tuple[Path, str, int]:
    """Copy *source* into a new temp file in *store*, hashing on the way: (temp, sha256, size)."""
    try:
        fd, temp = store.new_temp("import-")
    except OSError as exc:
        raise errors.store_write(path, name, store.root, exc) from exc
    digest = hashlib.sha256()
    size = 0
    buffer = bytearray(CHUNK_BYTES)
    view = memoryview(buffer)
    try:
        try:
            while True:
                try:
                    count = source.readinto(buffer)
                except FileNotFoundError:
                    raise errors.missing(path, name) from None
                except OSError as exc:  # a card pulled out, a share gone away
                    raise errors.unreadable(path, name, _reason(exc)) from exc
                if not count:
                    break
                size += count
                if size > MAX_FILE_BYTES:  # it grew after the stat
                    raise errors.too_large(path, name, size, MAX_FILE_BYTES)
                digest.update(view[:count])
                store_io.write_all(fd, view[:count])
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:  # reads were mapped above, so this is the store's disk
        store_io.unlink_quietly(temp)
        raise errors.store_write(path, name, store.root, exc) from exc
    except BaseException:
        store_io.unlink_quietly(temp)
        raise
    return temp, digest.hexdigest(), size


def _check(temp: Path, path: Path, name: str) -> tuple[str, int, int]:
    """Format and upright size of the copy at *temp*, after decoding it completely."""
    with open(temp, "rb") as fh:
        head = fh.read(HEAD_BYTES)
    fmt, other = sniff(head)
    if fmt is None:
        if other:
            raise errors.unsupported(path, name, other)
        raise errors.not_an_image(path, name)
    try:
        with open_image(temp, fmt) as im:
            if im.width * im.height > MAX_PIXELS:
                raise errors.too_many_pixels(path, name, *upright_size(im), MAX_PIXELS)
            width, height = upright_size(im)
            decode_check(im)
    except PhotoError:
        raise
    except (Image.DecompressionBombError, MemoryError):
        raise errors.bomb(path, name, MAX_PIXELS) from None
    except UnidentifiedImageError:
        raise errors.corrupt(path, name, f"not a valid {fmt.upper()} file") from None
    except Exception as exc:  # any decoder's complaint about these bytes means "damaged"
        raise errors.corrupt(path, name, _reason(exc)) from exc
    return fmt, width, height


def import_many(
    store: PhotoStore,
    paths: Iterable[str | os.PathLike[str]],
    progress: Progress | None = None,
    cancel: Cancel = None,
) -> list[PhotoInfo | PhotoError]:
    """Import each of *paths*; a file that fails does not stop the others.

    Returns one result per file, in order: its ``PhotoInfo``, or the ``PhotoError`` saying why
    it was not imported. *progress(done, total)* is called after each file. *cancel* (an
    ``Event`` or a function returning True) is checked between files; when it fires, the list
    stops at the files handled so far, each of them complete.
    """
    paths = list(paths)
    results: list[PhotoInfo | PhotoError] = []
    for done, path in enumerate(paths, start=1):
        if is_cancelled(cancel):
            break
        try:
            results.append(import_photo(store, path))
        except PhotoError as exc:
            results.append(exc)
        if progress is not None:
            progress(done, len(paths))
    return results
