"""Renditions: upright, never upscaled, cached, and carrying no metadata but the colour profile."""

from __future__ import annotations

import errno
import struct
from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image

from lnv_editor.media import (
    RENDITION_WIDTHS,
    PhotoError,
    import_photo,
    rendition_path,
)
from lnv_editor.media import store as store_mod
from lnv_editor.media.renditions import JPEG_QUALITY, render


def segments_before_scan(data: bytes) -> list[tuple[int, bytes]]:
    """(marker, payload) of every JPEG segment before the first scan: where metadata lives."""
    assert data[:2] == b"\xff\xd8"
    found, pos = [], 2
    while True:
        assert data[pos] == 0xFF
        marker = data[pos + 1]
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        found.append((marker, data[pos + 4 : pos + 2 + length]))
        if marker == 0xDA:  # SOS
            return found
        pos += 2 + length


def close_to(pixel, colour, tolerance=40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))


def corners(im: Image.Image) -> tuple:
    """Colours a tenth of the way in from the top-left, top-right, bottom-right, bottom-left."""
    w, h = im.size
    dx, dy = w // 10, h // 10
    points = [(dx, dy), (w - dx, dy), (w - dx, h - dy), (dx, h - dy)]
    return tuple(im.getpixel(p) for p in points)


@pytest.fixture
def camera_photo(store, pics):
    """A 3000 x 2000 photo stored sideways (orientation 6) with GPS, serial, XMP, IPTC, a
    comment and an sRGB profile."""
    source = pics.camera_jpeg(size=(3000, 2000))
    original = source.read_bytes()
    with Image.open(source) as im:  # the test photo really carries what must not leak
        exif = im.getexif()
        assert exif.get_ifd(0x8825) and exif.get_ifd(0x8769)[0xA431] == pics.SERIAL
        assert {"xmp", "photoshop", "comment", "icc_profile"} <= set(im.info)
        icc = im.info["icc_profile"]
    return import_photo(store, source), original, icc


def test_renditions_are_upright_and_carry_no_metadata(store, pics, camera_photo):
    info, original, icc = camera_photo
    assert (info.width, info.height) == (2000, 3000)
    expected_sizes = {1600: (1600, 2400), 800: (800, 1200), 320: (320, 480)}
    for width in RENDITION_WIDTHS:
        path = rendition_path(store, info.sha256, width)
        data = path.read_bytes()
        with Image.open(path) as im:
            assert im.format == "JPEG" and im.mode == "RGB"
            assert im.size == expected_sizes[width]
            # Stored top-left red is now top-right: turned a quarter clockwise, as shown.
            expected = (pics.BLUE, pics.RED, pics.GREEN, pics.YELLOW)
            got = corners(im)
            assert all(close_to(a, b) for a, b in zip(got, expected, strict=True)), got
            assert len(im.getexif()) == 0
            assert not {"exif", "xmp", "photoshop", "comment", "dpi"} & set(im.info)
            assert im.info["icc_profile"] == icc
            assert im.info.get("progressive") or im.info.get("progression")
        for needle in (
            b"GPS",
            b"xmp",
            b"http://ns.adobe.com/xap",
            b"Exif",
            b"8BIM",
            b"Photoshop",
            pics.SERIAL.encode(),
            b"Canon",
            b"Bat Trang",
            b"Ha Noi",
        ):
            assert needle not in data, (width, needle)
        markers = {marker for marker, _ in segments_before_scan(data)}
        assert not markers & {0xE1, 0xED, 0xFE}  # APP1 (EXIF/XMP), APP13 (IPTC), COM
        for marker, payload in segments_before_scan(data):
            if 0xE0 <= marker <= 0xEF:
                assert (marker, payload[:5]) in ((0xE0, b"JFIF\x00"), (0xE2, b"ICC_P"))
    assert store.original_path(info.sha256).read_bytes() == original


def test_no_profile_in_means_no_profile_out(store, pics):
    info = import_photo(store, pics.camera_jpeg(size=(300, 200), icc=False))
    with Image.open(rendition_path(store, info.sha256, 320)) as im:
        assert "icc_profile" not in im.info


def test_never_upscaled(store, pics):
    info = import_photo(store, pics.jpeg(size=(500, 300)))
    sizes = {w: Image.open(rendition_path(store, info.sha256, w)).size for w in RENDITION_WIDTHS}
    assert sizes == {1600: (500, 300), 800: (500, 300), 320: (320, 192)}


def test_png_transparency_becomes_white(store, pics):
    im = Image.new("RGBA", (400, 200), (0, 0, 0, 0))
    im.paste((200, 0, 0, 255), (200, 0, 400, 200))
    info = import_photo(store, pics.save("logo.png", im, "PNG"))
    with Image.open(rendition_path(store, info.sha256, 320)) as out:
        assert out.mode == "RGB"
        assert close_to(out.getpixel((20, 60)), (255, 255, 255), 3)
        assert close_to(out.getpixel((300, 60)), (200, 0, 0), 12)


def test_palette_png_with_transparent_index(store, pics):
    im = Image.new("P", (100, 50), 0)
    im.putpalette([0, 0, 0, 0, 0, 200] + [0] * 762)
    im.paste(1, (50, 0, 100, 50))
    info = import_photo(store, pics.save("pal.png", im, "PNG", transparency=0))
    with Image.open(rendition_path(store, info.sha256, 320)) as out:
        assert close_to(out.getpixel((10, 25)), (255, 255, 255), 3)
        assert close_to(out.getpixel((90, 25)), (0, 0, 200), 12)


def test_sixteen_bit_grey_is_scaled_not_clipped(store, pics):
    im = Image.new("I;16", (64, 64), 32896)  # mid grey in 16 bits (128 * 257)
    info = import_photo(store, pics.save("scan.png", im, "PNG"))
    with Image.open(rendition_path(store, info.sha256, 320)) as out:
        assert out.mode == "L" and abs(out.getpixel((32, 32)) - 128) <= 2


def test_cmyk_jpeg_becomes_rgb(store, pics):
    info = import_photo(
        store, pics.save("print.jpg", Image.new("CMYK", (80, 40), (0, 255, 255, 0)), "JPEG")
    )
    with Image.open(rendition_path(store, info.sha256, 320)) as out:
        assert out.mode == "RGB" and close_to(out.getpixel((40, 20)), (255, 0, 0), 30)


def test_webp_and_heic_lose_their_gps_too(store, pics):
    exif = pics.camera_exif(1)
    for name, fmt in (("a.webp", "WEBP"), ("b.heic", "HEIF")):
        info = import_photo(
            store, pics.save(name, pics.quadrants((120, 80)), fmt, exif=exif.tobytes())
        )
        with Image.open(store.original_path(info.sha256)) as im:
            assert im.getexif().get_ifd(0x8825)
        data = rendition_path(store, info.sha256, 320).read_bytes()
        assert b"GPS" not in data and b"Exif" not in data
        with Image.open(rendition_path(store, info.sha256, 320)) as out:
            assert out.size == (120, 80) and close_to(out.getpixel((10, 10)), pics.RED)


def test_jpeg_options(store, pics):
    assert JPEG_QUALITY == 82
    info = import_photo(store, pics.jpeg(size=(64, 48)))
    with Image.open(rendition_path(store, info.sha256, 320)) as out:
        assert out.info.get("progressive")


def test_cached_and_made_once(store, pics, monkeypatch):
    info = import_photo(store, pics.jpeg(size=(900, 600)))
    first = rendition_path(store, info.sha256, 800)
    # only the width asked for is made (a thumbnail must not pay for the 1600 px one)
    assert [w for w in RENDITION_WIDTHS if store.rendition_file(info.sha256, w).is_file()] == [800]
    stamp = first.stat().st_mtime_ns
    monkeypatch.setattr("lnv_editor.media.renditions.encode_renditions", lambda *a: pytest.fail())
    assert rendition_path(store, info.sha256, 800) == first
    assert first.stat().st_mtime_ns == stamp


def test_only_the_missing_width_is_remade(store, pics):
    info = import_photo(store, pics.jpeg(size=(900, 600)))
    paths = render(store, info.sha256)
    paths[320].unlink()
    stamp = paths[1600].stat().st_mtime_ns
    rendition_path(store, info.sha256, 320)
    assert paths[320].is_file() and paths[1600].stat().st_mtime_ns == stamp


def test_unknown_width_is_a_programming_error(store, pics):
    info = import_photo(store, pics.jpeg())
    with pytest.raises(ValueError):
        rendition_path(store, info.sha256, 1000)
    with pytest.raises(ValueError):
        rendition_path(store, "../" + info.sha256[3:], 320)


def test_missing_original(store):
    with pytest.raises(PhotoError) as caught:
        rendition_path(store, "ab" * 32, 320)
    assert caught.value.kind == "original_missing"
    assert "Add the photo to the article again" in caught.value.english()


def test_damaged_original(store, pics):
    info = import_photo(store, pics.noisy_jpeg())
    original = store.original_path(info.sha256)
    original.write_bytes(original.read_bytes()[:2000])
    with pytest.raises(PhotoError) as caught:
        rendition_path(store, info.sha256, 320)
    assert caught.value.kind == "render_failed"
    assert not list(store.root.glob("renditions/*/*"))


def test_disk_full_while_writing_a_rendition(store, pics, monkeypatch, files_under):
    info = import_photo(store, pics.jpeg(size=(900, 600)))
    real = store_mod.write_all
    calls = []

    def write_all(fd, data):
        calls.append(1)
        if len(calls) == 2:  # the first rendition lands, the second finds the disk full
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd, data)

    monkeypatch.setattr(store_mod, "write_all", write_all)
    with pytest.raises(PhotoError) as caught:
        render(store, info.sha256)
    assert caught.value.kind == "disk_full"
    assert "not enough free disk space" in caught.value.english()
    leftover = [f for f in files_under(store) if not f.startswith("originals/")]
    assert leftover == [f"renditions/{info.sha256[:2]}/{info.sha256}-1600.jpg"]
    Image.open(store.root / leftover[0]).verify()  # what is there is complete
    monkeypatch.undo()
    assert rendition_path(store, info.sha256, 320).is_file()


def test_threads_making_the_same_rendition_at_once(store, pics):
    info = import_photo(store, pics.jpeg(size=(2000, 1000)))
    with ThreadPoolExecutor(4) as pool:
        paths = list(pool.map(lambda _: rendition_path(store, info.sha256, 800), range(4)))
    assert len(set(paths)) == 1
    with Image.open(paths[0]) as im:
        im.load()
        assert im.size == (800, 400)
    assert not list(store.tmp_dir.iterdir())
