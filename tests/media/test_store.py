"""The store's layout and its atomic writes."""

from __future__ import annotations

import os

import pytest

from lnv_editor.media import PhotoError, PhotoStore, import_photo
from lnv_editor.media import store as store_mod
from lnv_editor.media.renditions import render


def test_layout_and_delete(store, pics, files_under):
    info = import_photo(store, pics.jpeg(size=(400, 300)))
    sha = info.sha256
    render(store, sha)
    assert files_under(store) == [
        f"originals/{sha[:2]}/{sha[2:]}.jpg",
        f"renditions/{sha[:2]}/{sha}-1600.jpg",
        f"renditions/{sha[:2]}/{sha}-320.jpg",
        f"renditions/{sha[:2]}/{sha}-800.jpg",
    ]
    store.delete(sha)
    assert files_under(store) == [] and store.shas() == [] and not store.has(sha)
    with pytest.raises(PhotoError):
        store.original_path(sha)


@pytest.mark.parametrize("bad", ["", "AB" * 32, "ab" * 31, "../" + "a" * 61, "g" * 64, None])
def test_only_hex_digests_reach_a_path(store, bad):
    with pytest.raises(ValueError):
        store.original_location(bad, ".jpg")
    with pytest.raises(ValueError):
        store.rendition_file(bad, 320)


def test_write_atomic_leaves_old_file_or_new_file(store, monkeypatch):
    dest = store.root / "renditions" / "x.jpg"
    store.write_atomic(dest, b"old")

    def fail(fd, data):
        os.write(fd, bytes(data[:1]))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_mod, "write_all", fail)
    with pytest.raises(OSError):
        store.write_atomic(dest, b"new")
    assert dest.read_bytes() == b"old"
    assert list(store.tmp_dir.iterdir()) == []


def test_replacing_a_file_held_open_on_windows(store, monkeypatch):
    dest = store.root / "renditions" / "y.jpg"
    store.write_atomic(dest, b"same")

    def refuse(src, dst):
        raise PermissionError(13, "Access is denied")

    monkeypatch.setattr(store_mod.os, "replace", refuse)
    store.write_atomic(dest, b"same")  # the file there already holds these bytes
    assert dest.read_bytes() == b"same" and list(store.tmp_dir.iterdir()) == []
    dest.unlink()
    with pytest.raises(PermissionError):
        store.write_atomic(dest, b"same")
    assert list(store.tmp_dir.iterdir()) == []


def test_store_is_not_created_until_written(tmp_path):
    store = PhotoStore(tmp_path / "later.media")
    assert store.shas() == [] and store.remove_stale_temp_files() == 0
    assert not store.root.exists()
