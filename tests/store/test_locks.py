"""Saves stay saved while other processes use the store (issue 15).

A process that holds the store open must never open its files outside SQLite: closing that
other descriptor releases SQLite's POSIX locks, the next process to close the store deletes
the WAL, and every later save goes to an unlinked file while the app says "Đã lưu".
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from lnv_editor.store.engine import probe
from lnv_editor.store.quick import open_quick
from lnv_editor.store.repository import Repository

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))
from cli_helpers import ROOT, run_cli  # noqa: E402
from lock_holder import STEPS  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX locks")


def deleted_store_files(pid: int | str, store: Path) -> list[str]:
    """The store's files this process still writes to although they were unlinked."""
    out = []
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            link = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if link.startswith(str(store)) and link.endswith("(deleted)"):
            out.append(link)
    return out


def body_seen_by_another_process(store: Path, article_id: int) -> str:
    shown = run_cli("show", str(article_id), "--json", "--store", str(store))
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)["body"]


def test_probe_and_first_screen_keep_the_locks(tmp_path):
    store = tmp_path / "r.sqlite"
    repo = Repository.open(store)
    article = repo.create(title="Làng nghề", body="Bản đầu.")
    probe(store)
    reader = open_quick(store)
    reader.library_rows(reader.list_ids())
    assert run_cli("list", "--store", str(store)).returncode == 0  # a second process
    saved = repo.save(article.id, {"body": "Bản sau."}, base_version=article.version, reason="save")
    assert deleted_store_files("self", store) == []
    assert (tmp_path / "r.sqlite-wal").exists()
    assert body_seen_by_another_process(store, article.id) == "Bản sau."  # a third
    assert saved.version == 2
    repo.close()


def test_the_guard_catches_app_code_opening_the_store(tmp_path, _store_files_only_through_sqlite):
    guard = _store_files_only_through_sqlite
    if guard is None:
        pytest.skip("the guard needs /proc")
    store = tmp_path / "r.sqlite"
    repo = Repository.open(store)
    repo.create(title="x")
    app_code = {"__name__": "lnv_editor.somewhere"}
    exec("open(path, 'rb').close()", app_code | {"path": store})  # noqa: S102
    exec("Path(path).read_bytes()", app_code | {"path": str(store), "Path": Path})  # noqa: S102
    caught, guard.violations[:] = list(guard.violations), []
    assert len(caught) == 2 and all("lnv_editor.somewhere" in v for v in caught)
    # A test's own read of the file, and app code opening a file that is not the store: fine.
    (tmp_path / "notes.txt").write_text("ghi chú", encoding="utf-8")
    exec("open(path).close()", app_code | {"path": tmp_path / "notes.txt"})  # noqa: S102
    store.stat()
    assert guard.violations == []
    repo.close()


@pytest.mark.slow
def test_saves_after_every_path_reach_other_processes_and_survive_sigkill(tmp_path):
    store = tmp_path / "r.sqlite"
    env = dict(os.environ, PYTHONPATH=str(ROOT), LNV_LANGUAGE="en")
    child = subprocess.Popen(
        [sys.executable, str(TESTS / "lock_holder.py"), str(store), str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )
    try:
        kind, article = child.stdout.readline().split()
        assert kind == "ready"
        article_id = int(article)
        for step in STEPS:
            child.stdin.write(f"next {step}\n")
            child.stdin.flush()
            # While the step runs and after, other processes use the store.
            assert run_cli("list", "--store", str(store)).returncode == 0
            line = child.stdout.readline().split()
            assert line[:2] == ["saved", step], line
            assert deleted_store_files(child.pid, store) == [], step
            assert body_seen_by_another_process(store, article_id).endswith(
                f"Đoạn sau bước {step}."
            ), f"the save after '{step}' is not in the store another process reads"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
    body = body_seen_by_another_process(store, article_id)
    assert all(f"Đoạn sau bước {step}." in body for step in STEPS)
