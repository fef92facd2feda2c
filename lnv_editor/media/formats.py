"""Recognising and opening photos safely: which formats, how many pixels, which way up.

Only four formats are opened, and Pillow is told so (``formats=``): a file that merely claims
to be a photo never reaches the dozens of other decoders Pillow carries. Other formats are
recognised by their first bytes only, to name them in the message.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow loads when a photo is opened: the store's paths do not need it
    from PIL import Image

# A photo may have at most this many pixels. Pillow's own guard warns at 89 MP and refuses at
# 179 MP; we neither raise nor lower that process-wide setting, we check our own limit first.
# 120 MP admits every camera a reporter carries (24-61 MP full frame, 102 MP medium format,
# 108 MP phone modes) and refuses 200 MP phone modes and forged headers such as 20000 x 20000,
# which would need 1.2 GB to decode. Decoding 120 MP of RGBA needs about 480 MB. Between 89
# and 120 MP Pillow still prints its DecompressionBombWarning (once per process): harmless.
MAX_PIXELS = 120_000_000

# Our format name -> (Pillow's plugin, the extension an original is stored with).
FORMATS: dict[str, tuple[str, str]] = {
    "jpeg": ("JPEG", ".jpg"),
    "png": ("PNG", ".png"),
    "webp": ("WEBP", ".webp"),
    "heif": ("HEIF", ".heic"),
}
# Pillow's JPEG plugin reports a JPEG with a second, multi-picture frame as "MPO"; phones and
# cameras write those.
JPEG_NAMES = ("JPEG", "MPO")
HEAD_BYTES = 64

_HEIF_BRANDS = {
    b"heic",
    b"heix",
    b"heim",
    b"heis",
    b"hevc",
    b"hevx",
    b"hevm",
    b"hevs",
    b"mif1",
    b"mif2",
    b"msf1",
}
_VIDEO_BRANDS = {b"isom", b"iso2", b"mp41", b"mp42", b"qt  ", b"M4V ", b"3gp4", b"3gp5", b"avc1"}
# Recognised only to name them in a refusal.
_OTHER_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF or camera RAW"),
    (b"MM\x00*", "TIFF or camera RAW"),
    (b"IIRO", "camera RAW (ORF)"),
    (b"IIU\x00", "camera RAW (RW2)"),
    (b"FUJIFILMCCD-RAW", "camera RAW (RAF)"),
    (b"%PDF", "PDF"),
    (b"8BPS", "Photoshop (PSD)"),
    (b"\x00\x00\x00\x0cjP  ", "JPEG 2000"),
    (b"\xff\x4f\xff\x51", "JPEG 2000"),
    (b"\x00\x00\x00\x0cJXL ", "JPEG XL"),
    (b"\xff\x0a", "JPEG XL"),
    (b"qoif", "QOI"),
    (b"\x00\x00\x01\x00", "icon (ICO)"),
    (b"<svg", "SVG"),
    (b"<?xml", "SVG or XML"),
)

_heif_lock = threading.Lock()
_heif_ready = False


def ensure_heif() -> None:
    """Register pillow-heif's opener once per process (pool workers start without it)."""
    global _heif_ready
    with _heif_lock:
        if not _heif_ready:
            import pillow_heif

            pillow_heif.register_heif_opener()
            _heif_ready = True


def sniff(head: bytes) -> tuple[str | None, str | None]:
    """(our format, None) for a format we open, (None, its name) for one we refuse by name,
    (None, None) for bytes that are no known picture."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg", None
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png", None
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp", None
    if head[4:8] == b"ftyp":
        return _sniff_iso_media(head)
    for magic, label in _OTHER_MAGIC:
        if head.startswith(magic):
            return None, label
    return None, None


def _sniff_iso_media(head: bytes) -> tuple[str | None, str | None]:
    box_size = int.from_bytes(head[:4], "big")
    major = head[8:12]
    compatible = {head[i : i + 4] for i in range(16, min(box_size, len(head)) - 3, 4)}
    brands = {major} | compatible
    # mif1/msf1 only say "some HEIF still image"; an AVIF file lists them too.
    hevc = brands & (_HEIF_BRANDS - {b"mif1", b"mif2", b"msf1"})
    if major in (b"avif", b"avis") or (b"avif" in brands and not hevc):
        return None, "AVIF"
    if major == b"crx ":
        return None, "camera RAW (CR3)"
    if brands & _HEIF_BRANDS:
        return "heif", None
    if brands & _VIDEO_BRANDS:
        return None, "video (MP4/MOV)"
    return None, None


def open_image(path: Path, fmt: str) -> Image.Image:
    """Open *path* as *fmt* (header only). Raises Pillow's errors, including
    ``DecompressionBombError``; callers turn them into a ``PhotoError``."""
    from PIL import Image

    if fmt == "heif":
        ensure_heif()
    return Image.open(path, formats=[FORMATS[fmt][0]])


def orientation(im: Image.Image) -> int:
    """The EXIF orientation (1-8) to apply; 1 when absent, invalid or unreadable."""
    from PIL import ExifTags

    try:
        value = im.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception:  # a broken EXIF block must not cost the photo
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def upright_size(im: Image.Image) -> tuple[int, int]:
    """Width and height as displayed, after the EXIF orientation is applied.

    pillow-heif applies HEIF's own rotation while opening and resets the EXIF orientation to
    1, so this is right for HEIC as well.
    """
    width, height = im.size
    return (height, width) if orientation(im) in (5, 6, 7, 8) else (width, height)


def decode_check(im: Image.Image) -> None:
    """Decode every byte of the picture data so that truncation and corruption show now.

    A JPEG decodes at 1/8 scale: the entropy-coded data is still read to the end, which is
    where damage shows, but it takes a fraction of the time and memory.
    """
    if im.format in JPEG_NAMES:
        im.draft(None, (max(1, im.width // 8), max(1, im.height // 8)))
    im.load()
