"""Batches: a bad file does not stop the others; progress and cancel between files."""

from __future__ import annotations

import threading

from lnv_editor.media import PhotoError, PhotoInfo, import_many


def test_other_files_import_when_one_fails(store, pics, files_under):
    paths = [
        pics.jpeg("one.jpg", size=(30, 20)),
        pics.raw("broken.jpg", b"\xff\xd8\xff\xe0 not really"),
        pics.raw("empty.jpg", b""),
        pics.jpeg("two.jpg", size=(40, 20)),
    ]
    calls = []
    results = import_many(store, paths, progress=lambda done, total: calls.append((done, total)))
    assert [type(r) for r in results] == [PhotoInfo, PhotoError, PhotoError, PhotoInfo]
    assert [r.kind for r in results if isinstance(r, PhotoError)] == ["corrupt", "empty"]
    assert results[1].path == paths[1]
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert len(files_under(store)) == 2


def test_same_file_twice_in_a_batch(store, pics, files_under):
    path = pics.jpeg()
    first, second = import_many(store, [path, path])
    assert first == second
    assert len(files_under(store)) == 1


def test_cancel_with_an_event_stops_between_files(store, pics, files_under):
    paths = [pics.jpeg(f"{n}.jpg", size=(20 + n, 20)) for n in range(5)]
    cancel = threading.Event()

    def progress(done, total):
        if done == 2:
            cancel.set()

    results = import_many(store, paths, progress=progress, cancel=cancel)
    assert len(results) == 2 and all(isinstance(r, PhotoInfo) for r in results)
    assert len(files_under(store)) == 2  # each finished file complete, nothing half-done


def test_cancel_with_a_callable(store, pics):
    paths = [pics.jpeg(f"{n}.jpg", size=(20 + n, 20)) for n in range(3)]
    assert import_many(store, paths, cancel=lambda: True) == []
    seen = []
    results = import_many(
        store, paths, cancel=lambda: len(seen) >= 1, progress=lambda d, t: seen.append(d)
    )
    assert len(results) == 1


def test_accepts_strings_and_generators(store, pics):
    paths = (str(pics.jpeg(f"{n}.jpg", size=(20 + n, 20))) for n in range(2))
    assert len(import_many(store, paths)) == 2
