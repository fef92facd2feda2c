""" "Đã lưu" means saved, also after the user went through a file dialog that lists the store.

Qt's file dialog reads the head of every file it lists to guess its type; when one of them is
the open store, that read released SQLite's locks in this process, the command line then
deleted the WAL, and the window kept saving into a file nobody would read (issue 15).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from cli_helpers import run_cli  # noqa: E402
from dialog_helpers import answer_file_dialogs  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX locks")


def deleted_store_files(store: Path) -> list[str]:
    links = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            links.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            continue
    return [link for link in links if link.startswith(str(store)) and "(deleted)" in link]


def test_saves_after_the_photo_dialog_reach_other_processes(
    qtbot, make_window, tmp_path, monkeypatch, typist
):
    store = tmp_path / "r.sqlite"
    photo = tmp_path / "chum-vai.png"
    Image.new("RGB", (80, 60), (150, 80, 30)).save(photo)
    window = make_window(store)
    window.actions["new"].trigger()
    article_id = window.editor.article.id
    typist(window.editor.title_edit, "Làng gốm")

    # The reporter adds a photo, showing all files: the dialog lists the store's too.
    seen = answer_file_dialogs(monkeypatch, qtbot, lambda dialog: [photo], tmp_path, all_files=True)
    window.photo_panel.actions["add"].trigger()
    qtbot.waitUntil(lambda: not window.photo_panel.is_importing(), timeout=15000)
    assert {"r.sqlite", "chum-vai.png"} <= set(seen[0]["listed"])
    assert [p.original_name for p in window.repo.photos.list(article_id)] == ["chum-vai.png"]

    # Someone runs the command line on the same store; then the reporter types and saves.
    assert run_cli("list", "--store", str(store)).returncode == 0
    window.editor.body_edit.setFocus()
    typist(window.editor.body_edit, "Lò gốm đỏ lửa quanh năm.")
    window.actions["save"].trigger()
    qtbot.waitUntil(lambda: window.autosaver.state == "clean", timeout=10000)

    assert deleted_store_files(store) == []
    shown = run_cli("show", str(article_id), "--json", "--store", str(store))
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["body"] == "Lò gốm đỏ lửa quanh năm."
