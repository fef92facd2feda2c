"""Importing good photos: what is stored, where, and what PhotoInfo says."""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import FrozenInstanceError

import pytest
from PIL import Image

from lnv_editor.media import PhotoInfo, PhotoStore, import_photo


def test_jpeg_is_stored_byte_for_byte_under_its_hash(store, pics, files_under):
    source = pics.jpeg("IMG_0001.JPG", size=(64, 48))
    data = source.read_bytes()
    info = import_photo(store, source)
    sha = hashlib.sha256(data).hexdigest()
    assert info == PhotoInfo(sha, 64, 48, "jpeg", len(data), "IMG_0001.JPG")
    stored = store.root / "originals" / sha[:2] / f"{sha[2:]}.jpg"
    assert store.original_path(sha) == stored
    assert stored.read_bytes() == data
    assert files_under(store) == [f"originals/{sha[:2]}/{sha[2:]}.jpg"]
    assert store.shas() == [sha] and store.has(sha)


def test_store_sits_beside_the_article_store(tmp_path):
    assert PhotoStore.beside(tmp_path / "news.sqlite").root == tmp_path / "news.sqlite.media"


def test_same_photo_twice_is_stored_once(store, pics, files_under):
    first = pics.jpeg("a.jpg")
    second = pics.raw("copy of a.jpg", first.read_bytes())
    one, two = import_photo(store, first), import_photo(store, second)
    assert one.sha256 == two.sha256
    assert (one.original_name, two.original_name) == ("a.jpg", "copy of a.jpg")
    assert len(files_under(store)) == 1


def test_info_is_frozen(store, pics):
    info = import_photo(store, pics.jpeg())
    with pytest.raises(FrozenInstanceError):
        info.width = 1


def test_orientation_6_swaps_width_and_height(store, pics):
    info = import_photo(store, pics.camera_jpeg(size=(60, 40)))
    assert (info.width, info.height) == (40, 60)


@pytest.mark.parametrize(
    ("fmt", "options", "expected", "ext"),
    [
        ("PNG", {}, "png", ".png"),
        ("WEBP", {"quality": 80}, "webp", ".webp"),
        ("HEIF", {"quality": 80}, "heif", ".heic"),
    ],
)
def test_other_formats(store, pics, fmt, options, expected, ext):
    source = pics.save(f"pic.{fmt.lower()}", pics.quadrants((48, 32)), fmt, **options)
    info = import_photo(store, source)
    assert (info.format, info.width, info.height, info.extension) == (expected, 48, 32, ext)
    assert store.original_path(info.sha256).suffix == ext
    assert store.original_path(info.sha256).read_bytes() == source.read_bytes()


def test_heic_rotation_is_applied_once(store, pics):
    # pillow-heif turns EXIF orientation 6 (given as bytes) into HEIF's own rotation box, which
    # is what phones write; reading, it rotates and resets the EXIF orientation to 1
    exif = pics.camera_exif(6).tobytes()
    source = pics.save("phone.heic", pics.quadrants((48, 32)), "HEIF", exif=exif)
    info = import_photo(store, source)
    assert (info.width, info.height) == (32, 48)


def test_multi_picture_jpeg_counts_as_jpeg(store, pics):
    frames = [pics.quadrants((40, 30)), Image.new("RGB", (40, 30), "white")]
    source = pics.save("mpo.jpg", frames[0], "MPO", save_all=True, append_images=frames[1:])
    assert Image.open(source).format == "MPO"
    info = import_photo(store, source)
    assert (info.format, info.extension) == ("jpeg", ".jpg")


def test_extension_comes_from_the_contents_not_the_name(store, pics):
    png_named_jpg = pics.save("really-a-png.jpg", pics.quadrants((20, 20)), "PNG")
    info = import_photo(store, png_named_jpg)
    assert info.format == "png"
    assert store.original_path(info.sha256).suffix == ".png"


def test_nfd_vietnamese_name_is_shown_in_nfc(store, pics):
    nfd = unicodedata.normalize("NFD", "Ảnh phố cổ Hội An.jpg")
    source = pics.jpeg(nfd)
    assert os.path.exists(pics.dir / nfd)
    info = import_photo(store, source)
    assert info.original_name == "Ảnh phố cổ Hội An.jpg"
    assert unicodedata.is_normalized("NFC", info.original_name)


def test_dotdot_in_a_name_never_reaches_a_path(store, pics, tmp_path, files_under):
    source = pics.jpeg("..\\..\\escape.jpg")  # a legal file name on Linux and macOS
    before = sorted(p.name for p in tmp_path.iterdir())
    info = import_photo(store, source)
    assert info.original_name == "escape.jpg"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, store.root.name])
    assert all(name.startswith("originals/") for name in files_under(store))


def test_relative_path_with_dotdot_is_read_from_where_it_points(store, pics, monkeypatch):
    pics.jpeg("here.jpg")
    (pics.dir / "sub").mkdir()
    monkeypatch.chdir(pics.dir / "sub")
    info = import_photo(store, "../here.jpg")
    assert info.original_name == "here.jpg"


def test_windows_reserved_name_is_made_safe(store, pics):
    info = import_photo(store, pics.jpeg("CON.jpg"))
    assert info.original_name == "_CON.jpg"


def test_stale_temp_files_are_cleared(store, pics):
    import_photo(store, pics.jpeg())
    old = store.tmp_dir / "crashed.part"
    old.write_bytes(b"half a photo")
    os.utime(old, (0, 0))
    fresh = store.tmp_dir / "running.part"
    fresh.write_bytes(b"being written")
    assert store.remove_stale_temp_files() == 1
    assert not old.exists() and fresh.exists()
