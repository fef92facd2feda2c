"""Content-addressed photo storage: a folder of originals and cached renditions.

Layout, under a root that sits beside the article store (``<store file>.media/``)::

    originals/ab/cdef…(62 hex).jpg      the imported file, byte for byte; name = its SHA-256
    renditions/ab/abcdef…(64 hex)-1600.jpg   derived, disposable, rebuilt on demand
    tmp/*.part                           files being written; renamed into place when complete

Beside the store rather than inside the SQLite file, so that the database stays small, photos
can be backed up or synced by ordinary file tools, and a photo is never rewritten by a vacuum.
The two-hex-digit shards keep any one folder to a few hundred entries (git does the same).

Every file appears under its final name complete or not at all: bytes go to a temporary file on
the same file system, are flushed to disk (fsync), and are renamed over the final name with
``os.replace``, which is atomic. A crash can leave only ``tmp/*.part`` files, which
``remove_stale_temp_files`` clears; readers never see a half-written photo.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from pathlib import Path

from lnv_editor.media import errors
from lnv_editor.media.formats import FORMATS

_SHA = re.compile(r"[0-9a-f]{64}")
_EXTENSIONS = tuple(ext for _, ext in FORMATS.values())
TEMP_SUFFIX = ".part"
_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows would otherwise translate newlines


def check_sha(sha256: str) -> str:
    """*sha256* if it is 64 lowercase hex digits, the only names that may reach a path."""
    if not isinstance(sha256, str) or not _SHA.fullmatch(sha256):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    return sha256


def write_all(fd: int, data: bytes | memoryview) -> None:
    """Write all of *data* to *fd* (``os.write`` may write less than asked)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def fsync_dir(directory: Path) -> None:
    # Makes the rename itself durable; Windows cannot open a directory and needs no such step.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


class PhotoStore:
    """The photo folder of one article store. Creates its folders on first write."""

    def __init__(self, root: Path) -> None:
        self._root = Path(root)

    @classmethod
    def beside(cls, store_file: Path) -> PhotoStore:
        """The photo store of the article store *store_file*: ``<store_file>.media/``."""
        store_file = Path(store_file)
        return cls(store_file.with_name(store_file.name + ".media"))

    def __repr__(self) -> str:
        return f"PhotoStore({str(self._root)!r})"

    @property
    def root(self) -> Path:
        return self._root

    def is_article_store_file(self, st: os.stat_result) -> bool:
        """Whether *st* is the article store this photo folder belongs to, or its -wal,
        -shm or -journal: files only SQLite may open while the store is in use (reading
        them any other way would release its locks)."""
        if not self._root.name.endswith(".media"):
            return False
        store = self._root.with_name(self._root.name[: -len(".media")])
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                other = os.stat(f"{store}{suffix}")
            except OSError:
                continue
            if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
                return True
        return False

    @property
    def tmp_dir(self) -> Path:
        return self._root / "tmp"

    # -- where things are ---------------------------------------------------------------

    def original_location(self, sha256: str, ext: str) -> Path:
        """Where the original with this hash and extension lives (whether or not it does)."""
        check_sha(sha256)
        return self._root / "originals" / sha256[:2] / (sha256[2:] + ext)

    def find_original(self, sha256: str) -> Path | None:
        """The stored original with this hash, or None."""
        for ext in _EXTENSIONS:
            path = self.original_location(sha256, ext)
            if path.is_file():
                return path
        return None

    def original_path(self, sha256: str) -> Path:
        """The stored original with this hash; ``PhotoError`` (``original_missing``) if absent."""
        path = self.find_original(sha256)
        if path is None:
            raise errors.original_missing(sha256, self._root)
        return path

    def has(self, sha256: str) -> bool:
        return self.find_original(sha256) is not None

    def rendition_file(self, sha256: str, width: int) -> Path:
        """Where the rendition of this photo at *width* is cached (whether or not it is)."""
        check_sha(sha256)
        return self._root / "renditions" / sha256[:2] / f"{sha256}-{int(width)}.jpg"

    def shas(self) -> list[str]:
        """Hashes of all stored originals, sorted."""
        found = []
        for shard in (self._root / "originals").glob("??"):
            for path in shard.iterdir():
                sha = shard.name + path.name.split(".", 1)[0]
                if _SHA.fullmatch(sha) and path.suffix in _EXTENSIONS:
                    found.append(sha)
        return sorted(found)

    # -- writing --------------------------------------------------------------------------

    def new_temp(self, prefix: str = "") -> tuple[int, Path]:
        """A new empty temporary file in the store: (open write descriptor, path)."""
        self.tmp_dir.mkdir(parents=True, exist_ok=True)
        while True:
            path = self.tmp_dir / f"{prefix}{secrets.token_hex(8)}{TEMP_SUFFIX}"
            try:
                # 0o666 lets the user's umask decide, as for any file they save
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666)
            except FileExistsError:
                continue
            return fd, path

    def commit(self, temp: Path, dest: Path) -> None:
        """Move the complete, flushed file *temp* to *dest* in one atomic step."""
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(temp, dest)
        except PermissionError:
            # Windows will not replace a file that someone has open. Names here are derived
            # from content, so the file already there holds the same bytes.
            if not dest.is_file():
                raise
            unlink_quietly(temp)
            return
        fsync_dir(dest.parent)

    def write_atomic(self, dest: Path, data: bytes) -> None:
        """Write *data* as *dest*: complete or not at all. Raises ``OSError``; no temp remains."""
        fd, temp = self.new_temp("w-")
        try:
            try:
                write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            self.commit(temp, dest)
        except BaseException:
            unlink_quietly(temp)
            raise

    def delete(self, sha256: str) -> None:
        """Remove an original and its renditions (for the caller who knows nothing uses it)."""
        for ext in _EXTENSIONS:
            unlink_quietly(self.original_location(sha256, ext))
        self.remove_renditions(sha256)

    def remove_renditions(self, sha256: str) -> None:
        for path in self.rendition_file(sha256, 0).parent.glob(f"{check_sha(sha256)}-*.jpg"):
            unlink_quietly(path)

    def remove_stale_temp_files(self, older_than: float = 3600.0) -> int:
        """Delete temporary files left by a crash; returns how many.

        Only files older than *older_than* seconds, so an import running in another process
        at the same moment keeps its file. Call it when the store is opened.
        """
        removed = 0
        cutoff = time.time() - older_than
        try:
            entries = list(self.tmp_dir.iterdir())
        except OSError:
            return 0
        for path in entries:
            try:
                if path.suffix == TEMP_SUFFIX and path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except OSError:
                continue
        return removed
