"""The one error a photo import or rendition raises, and every message it can carry.

Each message is built here, by a small function per case, so the wording of the whole photo
layer can be reviewed in one place. Every template sits inside ``QT_TRANSLATE_NOOP`` at the
call, where lupdate finds it; the Qt side translates the template and fills in the fields.
Messages say what happened to which file and what the reporter can do about it.
"""

from __future__ import annotations

import errno
from pathlib import Path

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError


class PhotoError(InputError):
    """A photo that cannot be imported or rendered.

    ``kind`` is a stable short code (``"empty"``, ``"corrupt"``, ...) for code that must react
    to the cause; ``path`` is the file concerned when there is one.
    """

    def __init__(self, template: str, *, kind: str, path: Path | None = None, **params: object):
        self.kind = kind
        self.path = path
        super().__init__(template, **params)

    def __reduce__(self):  # renditions cross a process pool, and the default pickling
        # would call __init__ with the English message alone
        return (_rebuild, (type(self), self.template, self.kind, self.path, self.params))


def _rebuild(cls, template, kind, path, params) -> PhotoError:
    return cls(template, kind=kind, path=path, **params)


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f}"


def missing(path: Path, name: str) -> PhotoError:
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {name} could not be found: it may have been moved, renamed or deleted "
            "while it was being added. Check where it is and add it again.",
        ),
        kind="missing",
        path=path,
        name=name,
    )


def not_a_file(path: Path, name: str) -> PhotoError:
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is a folder or a device, not a photo file. Choose the photo files themselves.",
        ),
        kind="not_a_file",
        path=path,
        name=name,
    )


def store_file(path: Path, name: str) -> PhotoError:
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is the article store itself (or one of its working files), not a photo. "
            "It was not read. Choose the photo files themselves.",
        ),
        kind="store_file",
        path=path,
        name=name,
    )


def empty(path: Path, name: str) -> PhotoError:
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {name} is empty (0 bytes). It was probably not copied completely: copy it "
            "again from the camera or phone and add it again.",
        ),
        kind="empty",
        path=path,
        name=name,
    )


def too_large(path: Path, name: str, size: int, limit: int) -> PhotoError:
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {name} is {size_mb} MB, more than the {limit_mb} MB allowed for one photo. "
            "Export it as a JPEG from a photo editor and add that file instead.",
        ),
        kind="too_large",
        path=path,
        name=name,
        size_mb=_mb(size),
        limit_mb=_mb(limit),
    )


def unreadable(path: Path, name: str, reason: str) -> PhotoError:
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot read {name}: {reason}. If it is on a memory card, phone or network drive, "
            "check that it is still connected, then add it again.",
        ),
        kind="unreadable",
        path=path,
        name=name,
        reason=reason,
    )


def not_an_image(path: Path, name: str) -> PhotoError:
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is not a photo: its contents are not JPEG, PNG, WebP or HEIC, whatever its "
            "name says. Check that you chose the right file.",
        ),
        kind="not_an_image",
        path=path,
        name=name,
    )


def unsupported(path: Path, name: str, detected: str) -> PhotoError:
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is a {detected} file, which LNV Editor does not accept. Save it as JPEG, "
            "PNG, WebP or HEIC in a photo editor and add it again.",
        ),
        kind="unsupported",
        path=path,
        name=name,
        detected=detected,
    )


def corrupt(path: Path, name: str, reason: str) -> PhotoError:
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is damaged or incomplete and cannot be decoded ({reason}). Copy it again "
            "from the camera or phone, or open it in a photo editor and save it again.",
        ),
        kind="corrupt",
        path=path,
        name=name,
        reason=reason,
    )


def too_many_pixels(path: Path, name: str, width: int, height: int, limit: int) -> PhotoError:
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is {width} × {height} pixels ({megapixels} megapixels), more than the "
            "{limit} megapixels LNV Editor accepts. Reduce its size in a photo editor and add "
            "it again.",
        ),
        kind="too_many_pixels",
        path=path,
        name=name,
        width=width,
        height=height,
        megapixels=f"{width * height / 1_000_000:.0f}",
        limit=f"{limit / 1_000_000:.0f}",
    )


def bomb(path: Path, name: str, limit: int) -> PhotoError:
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} declares a picture far larger than {limit} megapixels. It is probably "
            "damaged or made to exhaust the computer's memory, so it was not opened. Ask the "
            "sender for a normal copy of the photo.",
        ),
        kind="too_many_pixels",
        path=path,
        name=name,
        limit=f"{limit / 1_000_000:.0f}",
    )


def store_write(path: Path | None, name: str, root: Path, exc: OSError) -> PhotoError:
    """An error writing into the photo store: disk full gets its own advice."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return PhotoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is not enough free disk space to store {name} in {root}. Nothing was "
                "saved. Free some space on that disk and add the photo again.",
            ),
            kind="disk_full",
            path=path,
            name=name,
            root=str(root),
        )
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot save {name} in the photo store {root}: {reason}. Nothing was saved. Check "
            "that the folder exists and that you may write to it, then try again.",
        ),
        kind="store_write",
        path=path,
        name=name,
        root=str(root),
        reason=exc.strerror or str(exc),
    )


def original_missing(sha256: str, root: Path) -> PhotoError:
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The original of photo {sha} is missing from the photo store {root}. Add the "
            "photo to the article again.",
        ),
        kind="original_missing",
        sha=sha256[:12],
        root=str(root),
    )


def render_failed(sha256: str, path: Path | None, reason: str) -> PhotoError:
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The preview images of photo {sha} cannot be made: its stored original cannot be "
            "decoded ({reason}). Remove the photo from the article and add it again.",
        ),
        kind="render_failed",
        path=path,
        sha=sha256[:12],
        reason=reason,
    )


def rendition_write(sha256: str, root: Path, exc: OSError) -> PhotoError:
    """An error writing a rendition into the photo store: disk full gets its own advice."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return PhotoError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is not enough free disk space in {root} for the preview images of "
                "photo {sha}. Free some space on that disk and try again.",
            ),
            kind="disk_full",
            sha=sha256[:12],
            root=str(root),
        )
    return PhotoError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot save the preview images of photo {sha} in {root}: {reason}. Check that the "
            "folder exists and that you may write to it, then try again.",
        ),
        kind="store_write",
        sha=sha256[:12],
        root=str(root),
        reason=exc.strerror or str(exc),
    )
