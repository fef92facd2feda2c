"""store.quick: the first screen read with plain sqlite3, before the ORM is loaded. It must
agree with the repository, and it must never touch a store the full open would refuse."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lnv_editor.store.quick import NotYet, open_quick

FIXTURES = Path(__file__).parent.parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(repo):
    ids = [
        repo.create(title=title, section="Làng nghề", status=status, body=f"Bài {n}").id
        for n, (title, status) in enumerate(
            [
                ("Gốm Bát Tràng", "draft"),
                ("Đồ gỗ Đồng Kỵ", "published"),
                ("Ánh lụa Vạn Phúc", "draft"),
                ("Mây tre đan Phú Vinh", "ready"),
            ]
        )
    ]
    repo.save(ids[1], {"body": "Sửa lần cuối."}, base_version=1, reason="save")  # newest change
    return ids


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"newest_first": False},
        {"order": "title"},
        {"order": "title", "newest_first": False},
        {"status": "draft"},
        {"status": "review"},
    ],
)
def test_ids_and_rows_match_the_repository(repo, filled, kwargs):
    quick = open_quick(repo.path)
    assert quick is not None
    ids = quick.list_ids(**kwargs)
    assert ids == repo.list_ids(**kwargs)
    quick_rows, repo_rows = quick.library_rows(ids), repo.library_rows(ids)
    assert {i: tuple(vars_of(r)) for i, r in quick_rows.items()} == {
        i: tuple(vars_of(r)) for i, r in repo_rows.items()
    }


def vars_of(row):
    return (row.id, row.title, row.section, row.status, row.updated)


def test_search_and_province_are_left_to_the_repository(repo, filled):
    quick = open_quick(repo.path)
    with pytest.raises(NotYet):
        quick.list_ids(query="gom")
    with pytest.raises(NotYet):
        quick.list_ids(province="01")


def test_first_article_is_the_last_open_one_else_the_newest_change(repo, filled):
    quick = open_quick(repo.path)
    newest = quick.first_article()
    assert newest.id == filled[1]  # no session yet: the most recently edited
    stored = repo.get(filled[1])
    assert (newest.title, newest.body, newest.version, newest.updated, newest.status) == (
        stored.title,
        stored.body,
        stored.version,
        stored.updated,
        stored.status,
    )
    session = repo.begin_session()
    repo.set_session_article(session, filled[2])
    repo.end_session(session)
    assert quick.first_article().id == filled[2]  # open when the editor was last closed
    repo.delete(filled[2])
    assert quick.first_article().id == filled[1]  # that article is gone: the newest change


def test_empty_store_has_no_first_article(repo):
    quick = open_quick(repo.path)
    assert quick.list_ids() == [] and quick.first_article() is None


def test_missing_old_foreign_and_bogus_files_are_left_to_the_full_open(tmp_path):
    assert open_quick(tmp_path / "none.sqlite") is None
    assert not (tmp_path / "none.sqlite").exists()
    old = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "store_0004.sqlite", old)  # must be migrated first
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    newer = tmp_path / "newer.sqlite"
    shutil.copy(FIXTURES / "store_0004.sqlite", newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("Không phải kho dữ liệu.\n" * 50, encoding="utf-8")
    for path in (old, foreign, newer, bogus):
        before = _digest(path)
        assert open_quick(path) is None
        assert _digest(path) == before


def test_a_network_store_is_left_to_the_full_open(repo, monkeypatch):
    import lnv_editor.store.engine as engine

    monkeypatch.setattr(engine, "_mount_fstype", lambda path, mounts_file="": "nfs4")
    assert open_quick(repo.path) is None


def test_reading_writes_nothing(repo, filled):
    repo.close()  # checkpoints the WAL into the file
    before = _digest(repo.path)
    quick = open_quick(repo.path)
    quick.list_ids()
    quick.library_rows(quick.list_ids())
    quick.first_article()
    assert _digest(repo.path) == before


def _fresh(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_first_screen_loads_neither_sqlalchemy_nor_qt(repo, filled):
    code = (
        "import sys\n"
        "from lnv_editor.store.quick import open_quick\n"
        f"q = open_quick({str(repo.path)!r})\n"
        "q.library_rows(q.list_ids()); q.first_article()\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'PySide6') if m in sys.modules))\n"
    )
    assert _fresh(code) == "[]"


def test_a_current_store_opens_without_alembic(repo, filled):
    repo.close()
    code = (
        "import sys\n"
        "from lnv_editor.store.repository import Repository\n"
        f"r = Repository.open({str(repo.path)!r})\n"
        "r.list_ids(); r.close()\n"
        "print('alembic' in sys.modules)\n"
    )
    assert _fresh(code) == "False"


def test_trashed_articles_stay_out_of_the_first_screen(repo, filled):
    quick = open_quick(repo.path)
    newest = quick.first_article().id
    repo.trash.trash([newest])
    assert newest not in quick.list_ids()
    assert quick.list_ids() == repo.list_ids()
    assert quick.first_article().id != newest
    with pytest.raises(NotYet):
        quick.list_ids(trash=True)  # the trash view is the repository's
