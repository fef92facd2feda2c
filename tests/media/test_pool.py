"""make_renditions: a batch across worker processes, errors per photo, progress and cancel."""

from __future__ import annotations

import threading

import pytest
from PIL import Image

from lnv_editor.media import RENDITION_WIDTHS, PhotoError, import_photo, make_renditions
from lnv_editor.media import renditions as renditions_mod


@pytest.fixture
def three_photos(store, pics):
    return [
        import_photo(store, pics.jpeg(f"{n}.jpg", size=(1700 + 10 * n, 900))).sha256
        for n in range(3)
    ]


def test_process_pool_makes_every_width(store, three_photos, monkeypatch):
    calls = []
    missing = "cd" * 32
    results = make_renditions(
        store, [*three_photos, missing], workers=2, progress=lambda d, t: calls.append((d, t))
    )
    assert list(results) == [*three_photos, missing]
    for sha in three_photos:
        paths = results[sha]
        assert set(paths) == set(RENDITION_WIDTHS)
        with Image.open(paths[1600]) as im:
            assert im.width == 1600
    # The error was raised in a worker and crossed the process boundary intact.
    error = results[missing]
    assert isinstance(error, PhotoError) and error.kind == "original_missing"
    assert "{" not in error.english()
    assert calls[-1] == (4, 4) and len(calls) == 4
    assert not list(store.tmp_dir.iterdir())


def test_cached_photos_are_not_sent_to_workers(store, three_photos, monkeypatch):
    make_renditions(store, three_photos, workers=1)
    monkeypatch.setattr(renditions_mod, "_render_in_pool", lambda *a: pytest.fail("pool"))
    monkeypatch.setattr(renditions_mod, "render", lambda *a: pytest.fail("render"))
    results = make_renditions(store, three_photos + three_photos[:1], workers=2)
    assert list(results) == three_photos


def test_in_process_path_with_one_worker(store, three_photos):
    results = make_renditions(store, three_photos, workers=1)
    assert all(set(r) == set(RENDITION_WIDTHS) for r in results.values())


def test_cancel_before_start(store, three_photos):
    cancel = threading.Event()
    cancel.set()
    assert make_renditions(store, three_photos, workers=2, cancel=cancel) == {}
    assert make_renditions(store, three_photos, workers=1, cancel=cancel) == {}
    assert not (store.root / "renditions").exists()


def test_cancel_during_a_pooled_batch_keeps_finished_photos(store, three_photos):
    seen = []

    def cancel() -> bool:
        return bool(seen)

    results = make_renditions(
        store, three_photos, workers=2, progress=lambda d, t: seen.append(d), cancel=cancel
    )
    assert 1 <= len(results) <= 3
    for paths in results.values():
        assert all(p.is_file() for p in paths.values())
    assert not list(store.tmp_dir.iterdir())
