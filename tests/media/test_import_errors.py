"""Bad input: one clear PhotoError per file, and nothing left in the store."""

from __future__ import annotations

import errno
import io
import os
import random
import sys

import pytest
from PIL import Image

from lnv_editor.core.errors import InputError
from lnv_editor.media import PhotoError, import_photo
from lnv_editor.media import importer as importer_mod
from lnv_editor.media import store as store_mod


def refused(store, path, kind: str, files_under, *phrases: str) -> PhotoError:
    """Import *path*, expect a PhotoError of *kind* whose message names the file and says
    the given phrases, and check the store holds no file at all."""
    with pytest.raises(PhotoError) as caught:
        import_photo(store, path)
    error = caught.value
    assert isinstance(error, InputError)
    assert error.kind == kind, error.english()
    message = error.english()
    assert "{" not in message
    for phrase in phrases:
        assert phrase in message, message
    assert files_under(store) == []
    return error


def test_zero_byte_file(store, pics, files_under):
    source = pics.raw("empty.jpg", b"")
    error = refused(store, source, "empty", files_under, "empty.jpg", "0 bytes", "copy it again")
    assert error.path == source


def test_random_bytes_named_jpg(store, pics, files_under):
    source = pics.raw("holiday.jpg", random.Random(1).randbytes(5000))
    refused(store, source, "not_an_image", files_under, "holiday.jpg", "not a photo")


def test_truncated_jpeg(store, pics, files_under):
    data = pics.noisy_jpeg().read_bytes()
    source = pics.raw("cut.jpg", data[: len(data) // 2])
    refused(store, source, "corrupt", files_under, "cut.jpg", "damaged or incomplete", "truncated")


def test_corrupt_jpeg_data(store, pics, files_under):
    data = bytearray(pics.noisy_jpeg().read_bytes())
    middle = len(data) // 2
    data[middle : middle + 2000] = random.Random(2).randbytes(2000)
    refused(store, pics.raw("bad.jpg", bytes(data)), "corrupt", files_under, "bad.jpg")


def test_jpeg_signature_with_garbage_after(store, pics, files_under):
    data = pics.jpeg().read_bytes()[:40] + random.Random(3).randbytes(3000)
    refused(store, pics.raw("x.jpg", data), "corrupt", files_under, "not a valid JPEG")


def test_decompression_bomb_header(store, pics, files_under):
    source = pics.raw("bomb.png", pics.png_header_only(20_000, 20_000))
    refused(store, source, "too_many_pixels", files_under, "bomb.png", "120 megapixels")


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_over_our_pixel_limit_but_under_pillows(store, pics, files_under):
    source = pics.raw("huge.png", pics.png_header_only(11_000, 11_000))
    refused(store, source, "too_many_pixels", files_under, "11000 × 11000", "121 megapixels")


def test_a_50_megapixel_camera_size_is_within_the_limit(store, pics, files_under):
    # Only a header, so it fails later, at decoding: the pixel limit did not refuse it.
    source = pics.raw("r5.png", pics.png_header_only(8_688, 5_792))
    refused(store, source, "corrupt", files_under)


@pytest.mark.parametrize(
    ("name", "fmt", "detected"),
    [("anim.gif", "GIF", "GIF"), ("scan.bmp", "BMP", "BMP"), ("scan.tif", "TIFF", "TIFF")],
)
def test_unsupported_format(store, pics, files_under, name, fmt, detected):
    source = pics.save(name, pics.quadrants((16, 16)), fmt)
    refused(store, source, "unsupported", files_under, name, detected, "JPEG, PNG, WebP or HEIC")


def test_avif_is_named_in_the_refusal(store, pics, files_under):
    head = b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf" + b"\x00" * 64
    refused(store, pics.raw("new.avif", head), "unsupported", files_under, "AVIF")


def test_file_over_the_size_limit_is_refused_before_reading(store, pics, files_under, monkeypatch):
    source = pics.dir / "video.jpg"
    with open(source, "wb") as fh:
        fh.truncate(300_000_000)  # sparse: takes no disk space
    monkeypatch.setattr(importer_mod, "_open_source", lambda path: pytest.fail("read it"))
    refused(store, source, "too_large", files_under, "300.0 MB", "200.0 MB")


def test_file_that_grows_past_the_limit_while_read(store, pics, files_under, monkeypatch):
    source = pics.raw("growing.jpg", b"\xff\xd8\xff" + b"\x00" * 100)
    monkeypatch.setattr(importer_mod, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(importer_mod, "_open_source", lambda path: io.BytesIO(b"\x00" * 5000))
    refused(store, source, "too_large", files_under, "growing.jpg")


def test_file_gone_before_import(store, pics, files_under):
    source = pics.jpeg("gone.jpg")
    source.unlink()
    refused(store, source, "missing", files_under, "gone.jpg", "could not be found")


class VanishingSource(io.RawIOBase):
    """Reads one chunk, then fails as a removed card or dropped share does."""

    def __init__(self, data: bytes, error: OSError) -> None:
        self._data, self._error, self._reads = data, error, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self._reads += 1
        if self._reads > 1:
            raise self._error
        count = min(len(buffer), len(self._data))
        buffer[:count] = self._data[:count]
        return count


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "missing"),
        (OSError(errno.EIO, "Input/output error"), "unreadable"),
    ],
)
def test_file_that_disappears_mid_import(store, pics, files_under, monkeypatch, error, kind):
    source = pics.noisy_jpeg("card.jpg")
    data = source.read_bytes()
    monkeypatch.setattr(importer_mod, "CHUNK_BYTES", 1024)
    monkeypatch.setattr(importer_mod, "_open_source", lambda path: VanishingSource(data, error))
    refused(store, source, kind, files_under, "card.jpg")


@pytest.mark.parametrize("fail_on_call", [1, 3])
def test_disk_full_while_writing(store, pics, files_under, monkeypatch, fail_on_call):
    source = pics.noisy_jpeg("big.jpg")
    monkeypatch.setattr(importer_mod, "CHUNK_BYTES", 4096)
    real_write_all = store_mod.write_all
    calls = []

    def write_all(fd, data):
        calls.append(len(data))
        if len(calls) >= fail_on_call:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write_all(fd, data)

    monkeypatch.setattr(store_mod, "write_all", write_all)
    refused(store, source, "disk_full", files_under, "big.jpg", "not enough free disk space")


def test_store_folder_that_cannot_be_created(tmp_path, pics, files_under):
    from lnv_editor.media import PhotoStore

    blocker = tmp_path / "blocked.media"
    blocker.write_bytes(b"a file where the store folder should be")
    store = PhotoStore(blocker)
    with pytest.raises(PhotoError) as caught:
        import_photo(store, pics.jpeg())
    assert caught.value.kind == "store_write"
    assert "Nothing was saved" in caught.value.english()


def test_folder_instead_of_a_file(store, pics, files_under):
    folder = pics.dir / "DCIM.jpg"
    folder.mkdir()
    refused(store, folder, "not_a_file", files_under, "DCIM.jpg", "not a photo file")


@pytest.mark.skipif(sys.platform == "win32", reason="no FIFOs")
def test_fifo_is_refused_without_blocking(store, pics, files_under):
    fifo = pics.dir / "pipe.jpg"
    os.mkfifo(fifo)
    refused(store, fifo, "not_a_file", files_under)


def test_errors_survive_pickling():
    import pickle

    from lnv_editor.media import errors

    error = errors.corrupt(None, "a.jpg", "truncated")
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.kind, copy.template, copy.params) == (
        PhotoError,
        "corrupt",
        error.template,
        error.params,
    )


def test_pixel_limit_leaves_pillows_global_alone():
    before = Image.MAX_IMAGE_PIXELS
    import lnv_editor.media  # noqa: F401

    assert Image.MAX_IMAGE_PIXELS == before == 89_478_485


def test_the_article_store_itself_is_refused_unread(tmp_path, files_under):
    """Dropping the store file (or its WAL) on the photo panel: reading it outside SQLite
    would release the running app's locks on it, so it is refused before it is opened."""
    from lnv_editor.store.repository import Repository

    repo = Repository.open(tmp_path / "r.sqlite")
    repo.create(title="Làng gốm")
    store = repo.media()
    for name in ("r.sqlite", "r.sqlite-wal"):
        refused(store, tmp_path / name, "store_file", files_under, name, "article store itself")
    repo.close()
