from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from lnv_editor.core.errors import StoreError
from lnv_editor.store import schema
from lnv_editor.store.engine import check_local_filesystem
from lnv_editor.store.repository import Repository

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_non_sqlite_file_is_refused_untouched(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("Đây là ghi chú, không phải kho dữ liệu.\n" * 20, encoding="utf-8")
    before = _digest(bogus)
    with pytest.raises(StoreError, match="not an LNV Editor store"):
        Repository.open(bogus)
    assert _digest(bogus) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_foreign_sqlite_database_is_refused_untouched(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = _digest(other)
    with pytest.raises(StoreError, match="not an LNV Editor store"):
        Repository.open(other)
    assert _digest(other) == before


def test_newer_store_is_refused_untouched(tmp_path):
    newer = tmp_path / "newer.sqlite"
    shutil.copy(FIXTURES / f"store_{schema.HEAD}.sqlite", newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = _digest(newer)
    with pytest.raises(StoreError, match="newer version of LNV Editor"):
        Repository.open(newer)
    assert _digest(newer) == before
    assert not (tmp_path / "newer.sqlite-wal").exists()


def test_folder_given_as_store(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        Repository.open(tmp_path)


def test_network_filesystem_is_refused(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(
        f"/dev/vda / ext4 rw 0 0\nserver:/export {tmp_path} nfs4 rw,relatime 0 0\n",
        encoding="utf-8",
    )
    with pytest.raises(StoreError, match="network file system"):
        check_local_filesystem(tmp_path / "store.sqlite", mounts_file=str(mounts))
    mounts.write_text(
        f"/dev/vda / ext4 rw 0 0\n/dev/vdb {tmp_path} ext4 rw 0 0\n", encoding="utf-8"
    )
    check_local_filesystem(tmp_path / "store.sqlite", mounts_file=str(mounts))


def test_missing_parent_folder_is_created(tmp_path):
    repo = Repository.open(tmp_path / "a" / "b" / "store.sqlite")
    assert repo.count() == 0
    repo.close()
