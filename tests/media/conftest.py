"""Photos made on the fly for the media tests: nothing binary is checked in.

The ``pics`` fixture writes test pictures into the test's temp dir; ``store`` is an empty photo
store beside a (notional) article store; ``files_under`` lists what a store holds on disk, so
tests can say "nothing was left behind".
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from lnv_editor.media import PhotoStore

RED, GREEN, BLUE, YELLOW = (220, 20, 20), (20, 200, 20), (20, 20, 220), (230, 220, 20)
SERIAL = "SN-4815162342"
XMP_WITH_GPS = (
    b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'exif:GPSLatitude="21,1.70N" exif:GPSLongitude="105,51.20E"/>'
    b'</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)
COMMENT = b"Shot at the Bat Trang kiln, 21.0285 N 105.8542 E"


def srgb_icc() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def quadrants(size: tuple[int, int], mode: str = "RGB") -> Image.Image:
    """Four solid quadrants: red top-left, green top-right, blue bottom-left, yellow
    bottom-right, so a test can tell which way up a picture is."""
    width, height = size
    im = Image.new("RGB", size, RED)
    im.paste(GREEN, (width // 2, 0, width, height // 2))
    im.paste(BLUE, (0, height // 2, width // 2, height))
    im.paste(YELLOW, (width // 2, height // 2, width, height))
    return im.convert(mode) if mode != "RGB" else im


def iptc_segment(city: bytes = b"Ha Noi") -> bytes:
    """A raw APP13 "Photoshop 3.0" segment holding one IPTC dataset (2:90, city)."""
    iptc = b"\x1c\x02\x5a" + struct.pack(">H", len(city)) + city
    iptc += b"\x00" * (len(iptc) % 2)
    body = b"Photoshop 3.0\x00" + b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    return b"\xff\xed" + struct.pack(">H", len(body) + 2) + body


def camera_exif(orientation: int = 6) -> Image.Exif:
    """EXIF as a camera writes it: orientation, make, serial number and a GPS position."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Canon"
    exif[0x0110] = "EOS R6"
    exif.get_ifd(0x8769)[0xA431] = SERIAL  # BodySerialNumber
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (21.0, 1.0, 42.6)
    gps[3], gps[4] = "E", (105.0, 51.0, 15.1)
    return exif


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares *width* x *height* and holds no pixels: a decompression-bomb header."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", b"") + chunk(b"IEND", b"")


class Pictures:
    """Writes test pictures into one directory; carries the helpers above for the tests,
    which cannot import this conftest under ``--import-mode=importlib``."""

    RED, GREEN, BLUE, YELLOW = RED, GREEN, BLUE, YELLOW
    SERIAL, XMP_WITH_GPS, COMMENT = SERIAL, XMP_WITH_GPS, COMMENT
    quadrants = staticmethod(quadrants)
    srgb_icc = staticmethod(srgb_icc)
    png_header_only = staticmethod(png_header_only)
    camera_exif = staticmethod(camera_exif)

    def __init__(self, directory: Path) -> None:
        self.dir = directory
        directory.mkdir(parents=True, exist_ok=True)

    def save(self, name: str, im: Image.Image, fmt: str, **options) -> Path:
        path = self.dir / name
        if fmt == "HEIF":
            import pillow_heif

            pillow_heif.register_heif_opener()
        im.save(path, fmt, **options)
        return path

    def jpeg(self, name: str = "photo.jpg", size=(64, 48), **options) -> Path:
        return self.save(name, quadrants(size), "JPEG", quality=90, **options)

    def noisy_jpeg(self, name: str = "noisy.jpg", size=(320, 240)) -> Path:
        """A JPEG with real entropy-coded data, so cutting it makes it truncated, not tiny."""
        noise = random.Random(name).randbytes(size[0] * size[1] * 3)  # same bytes every run
        return self.save(name, Image.frombytes("RGB", size, noise), "JPEG", quality=90)

    def camera_jpeg(self, name: str = "camera.jpg", size=(600, 400), icc: bool = True) -> Path:
        """Quadrants stored sideways with orientation 6 and every kind of revealing metadata."""
        options = {"exif": camera_exif(6), "xmp": XMP_WITH_GPS, "comment": COMMENT}
        if icc:
            options["icc_profile"] = srgb_icc()
        return self.save(name, quadrants(size), "JPEG", quality=92, extra=iptc_segment(), **options)

    @staticmethod
    def encode(im: Image.Image, fmt: str = "JPEG", **options) -> bytes:
        buffer = io.BytesIO()
        im.save(buffer, fmt, **options)
        return buffer.getvalue()

    def raw(self, name: str, data: bytes) -> Path:
        path = self.dir / name
        path.write_bytes(data)
        return path


@pytest.fixture
def pics(tmp_path: Path) -> Pictures:
    return Pictures(tmp_path / "incoming")


@pytest.fixture
def store(tmp_path: Path) -> PhotoStore:
    return PhotoStore.beside(tmp_path / "lnv-editor.sqlite")


@pytest.fixture
def files_under():
    """All files (not folders) under a store's root, relative to it."""

    def list_files(store: PhotoStore) -> list[str]:
        if not store.root.exists():
            return []
        return sorted(str(p.relative_to(store.root)) for p in store.root.rglob("*") if p.is_file())

    return list_files
