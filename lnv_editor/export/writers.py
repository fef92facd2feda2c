"""Writing bundles to disk: a folder or a zip per article, atomically and deterministically.

Atomic: everything goes into a temporary folder or file beside the target (same file system),
is flushed to disk (fsync), and is then renamed into place. A crash or a cancel before the
rename leaves the previous bundle at the target, or nothing; never half a bundle. Leftover
temporaries start with ``.lnv-tmp-`` and are removed by the next export into that folder.

Deterministic zip: members in sorted order, every timestamp the article's last change, fixed
permissions (0644), no extra fields, the same compression for the same member type.
"""

from __future__ import annotations

import io
import os
import secrets
import shutil
import zipfile
from datetime import UTC
from pathlib import Path

from lnv_editor.export.model import Bundle
from lnv_editor.media.store import fsync_dir, write_all

TEMP_PREFIX = ".lnv-tmp-"
_O_BINARY = getattr(os, "O_BINARY", 0)


def _write_file(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o644)
    try:
        write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_beside(target: Path) -> Path:
    return target.with_name(f"{TEMP_PREFIX}{secrets.token_hex(6)}-{target.name}")


def write_folder(bundle: Bundle, target: Path) -> None:
    """*bundle* as the folder *target* (replacing a previous bundle there)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp_beside(target)
    temp.mkdir()
    try:
        for name, data in bundle.files.items():
            path = temp / name
            if path.parent != temp and not path.parent.exists():
                path.parent.mkdir(parents=True)
            _write_file(path, data)
        for directory in {(temp / name).parent for name in bundle.files}:
            fsync_dir(directory)
        if target.exists():
            # POSIX cannot swap two folders in one step: move the old one aside first, so at
            # any moment the target is the old bundle, nothing, or the new bundle.
            old = _temp_beside(target)
            os.rename(target, old)
            os.rename(temp, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(temp, target)
        fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise


def zip_bytes(bundle: Bundle) -> bytes:
    """The bundle as a zip archive: byte-identical for the same bundle."""
    stamp = bundle.timestamp.astimezone(UTC)
    date_time = (
        max(stamp.year, 1980),
        stamp.month,
        stamp.day,
        stamp.hour,
        stamp.minute,
        stamp.second,
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in sorted(bundle.files.items()):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.create_system = 3  # Unix, so the permission bits below mean what they say
            info.external_attr = 0o100644 << 16
            # JPEGs are already compressed: storing them is faster and no bigger.
            if name.endswith(".jpg"):
                info.compress_type = zipfile.ZIP_STORED
                archive.writestr(info, data)
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def write_bytes_atomic(data: bytes, target: Path) -> None:
    """*data* as the file *target*, complete or not at all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp_beside(target)
    try:
        _write_file(temp, data)
        os.replace(temp, target)
        fsync_dir(target.parent)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def write_zip(bundle: Bundle, target: Path) -> None:
    write_bytes_atomic(zip_bytes(bundle), target)


def remove_stale_temporaries(folder: Path) -> None:
    """Temporaries a killed export left in *folder* (never a finished bundle)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(TEMP_PREFIX):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                try:
                    entry.unlink()
                except OSError:
                    pass
