"""Other people's photos: thumbnails fetched at once after a pull, originals when first
needed (``fetch_original``). Bytes from the server are checked against the SHA-256 the
article names before they are stored; a mismatch is refused and reported."""

from __future__ import annotations

import hashlib

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.media.formats import FORMATS
from lnv_editor.sync.messages import translated
from lnv_editor.sync.report import Refusal
from lnv_editor.sync.server import RowRefused, call

THUMB_WIDTH = 320
MAX_THUMB = 4 * 1024 * 1024
IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"RIFF")


def mismatch_message(sha256: str) -> str:
    return translated(
        "Sync",
        QT_TRANSLATE_NOOP(
            "Sync",
            "The photo {sha} from the server does not match its SHA-256: it was not stored. "
            "Ask whoever added it to add it again.",
        ),
        sha=sha256[:12],
    )


def fetch_thumbnails(session, report, shas: set[str]) -> int:
    """Thumbnails of the photos (*shas*: those of the articles just received) this laptop
    has neither original nor thumbnail of."""
    store = session.media
    if store is None:
        return 0
    shas = sorted(shas)
    wanted = [
        sha
        for sha in shas
        if len(sha) == 64
        and not store.rendition_file(sha, THUMB_WIDTH).is_file()
        and not store.has(sha)
    ]
    got = 0
    for start in range(0, len(wanted), 200):
        chunk = wanted[start : start + 200]
        rows = session.conn.execute(
            "SELECT sha256, thumb FROM lnv.blob WHERE sha256 = ANY(%s) AND thumb IS NOT NULL",
            (chunk,),
        ).fetchall()
        for sha, thumb in rows:
            data = bytes(thumb)
            if len(data) > MAX_THUMB or not data.startswith(IMAGE_MAGIC):
                report.refused.append(Refusal("", "", mismatch_message(sha)))
                continue
            store.write_atomic(store.rendition_file(sha, THUMB_WIDTH), data)
            got += 1
    return got


def fetch_original(session, sha256: str, fmt: str = "jpeg"):
    """Download one original into the media store; its path, or None when the server has no
    such photo. ``ValueError`` (with a user message) when the bytes do not match."""
    store = session.media
    existing = store.find_original(sha256)
    if existing is not None:
        return existing
    try:
        data = call(session.conn, session.address, "SELECT lnv.get_blob(%s)", (sha256,))
    except RowRefused:
        return None
    if data is None:
        return None
    data = bytes(data)
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ValueError(mismatch_message(sha256))
    ext = FORMATS.get(fmt, FORMATS["jpeg"])[1]
    dest = store.original_location(sha256, ext)
    store.write_atomic(dest, data)
    return dest
