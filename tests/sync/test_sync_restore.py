"""The server restored from an older backup (pg_dump, then pg_restore into a new database):
each laptop's cursor is refused, it compares its articles with the server's in full, and
nothing is lost: what the server lost is sent again, what was purged before the backup leaves
the laptop that still had it, and newer versions come down as usual."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest

from lnv_editor.server import schema
from lnv_editor.sync import local

pytestmark = pytest.mark.required


def _tool(name: str, bindir: Path) -> str:
    for folder in (bindir, *sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)):
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which(name) or name


def texts(laptop) -> dict[str, tuple[str, str]]:
    repo = laptop.repo()
    try:
        return {
            local.server_uuid(repo.get(i).extra["uri"]): (repo.get(i).title, repo.get(i).body)
            for i in repo.list_ids()
        }
    finally:
        repo.close()


def on(laptop, url: str):
    """The same laptop, pointed at another server address (the restored database)."""
    from dataclasses import replace

    return replace(laptop, url=url)


def test_a_server_restored_from_an_older_backup_loses_nothing(newsroom, tmp_path):
    lan = newsroom.laptop("reporter", "lan")
    thu = newsroom.laptop("desk", "thu")
    hoa = newsroom.laptop("reporter", "hoa")  # goes offline for weeks
    repo = lan.repo()
    kept = repo.create(title="Bài sửa sau sao lưu", body="Bản đầu.").id
    purged = repo.create(title="Bài xóa hẳn trước sao lưu", body="Sẽ bị xóa.").id
    repo.close()
    assert lan.sync().ok and hoa.sync().received == 2
    repo = lan.repo()
    purged_uri = local.server_uuid(repo.get(purged).extra["uri"])
    repo.trash.trash([purged])
    repo.close()
    assert lan.sync().ok and thu.sync().ok
    repo = thu.repo()
    repo.trash.purge()
    repo.close()
    assert thu.sync().ok and newsroom.count("purge") == 1

    dump = tmp_path / "newsroom.dump"
    bindir = newsroom.server.bindir
    subprocess.run(
        [_tool("pg_dump", bindir), "--format=custom", f"--file={dump}", newsroom.url],
        check=True,
        capture_output=True,
        timeout=120,
    )
    # After the backup: a new article and a new version, both lost by the restore below.
    repo = lan.repo()
    late = repo.create(title="Bài viết sau sao lưu", body="Chỉ máy chủ cũ có.").id
    a = repo.get(kept)
    repo.save(kept, {"body": "Bản sửa sau sao lưu."}, base_version=a.version, reason="save")
    repo.close()
    assert lan.sync().ok and thu.sync().ok
    expected = texts(lan)

    # The server is restored from the dump into a new database.
    restored = newsroom.server.fresh_database()
    subprocess.run(
        [_tool("pg_restore", bindir), "--dbname", restored, str(dump)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    schema.init(restored)
    database = restored.rsplit("/", 1)[1]
    lan, thu, hoa = (on(p, p.url.rsplit("/", 1)[0] + "/" + database) for p in (lan, thu, hoa))
    with psycopg.connect(restored) as conn:
        lost = conn.execute("SELECT count(*) FROM lnv.article").fetchone()[0]
    assert lost == 1  # only the first article, in its first version

    report = lan.sync()
    assert report.ok and report.repushed == 2 and report.refused == []
    assert texts(lan) == expected
    with psycopg.connect(restored) as conn:
        rows = dict(conn.execute("SELECT title, body FROM lnv.article").fetchall())
    assert rows == {title: body for title, body in expected.values()}
    assert lan.sync().repushed == 0  # once
    # Hoa was away all along: the purge before the backup reaches her, the rest comes down.
    report = hoa.sync()
    assert report.ok and report.purged == 1 and report.repushed == 0
    assert texts(hoa) == expected and purged_uri not in texts(hoa)
    assert thu.sync().ok and texts(thu) == expected
    assert local.server_uuid(f"urn:uuid:{purged_uri}") not in expected and late
