"""The laptop's sync bookkeeping (migration 0011): every local write is marked for upload in
its own transaction; what the server brings in is not; old stores upload everything once."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from lnv_editor.store.repository import Repository
from lnv_editor.sync import local
from lnv_editor.sync.address import ServerAddress
from lnv_editor.sync.engine import pending_count

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture
def repo(tmp_path):
    r = Repository.open(tmp_path / "laptop.sqlite")
    yield r
    r.close()


def _mark_all_pushed(repo) -> None:
    with repo.writes.transaction() as tx:
        for article_id in local.dirty_article_ids(tx.conn):
            local.write_state(
                tx.conn, article_id, uri=f"u{article_id}", server_version=1, digest=""
            )


def test_a_new_article_and_every_later_write_are_pending(repo):
    assert pending_count(repo) == 0
    a = repo.create(title="Làng gốm")
    assert pending_count(repo) == 1
    _mark_all_pushed(repo)
    assert pending_count(repo) == 0
    repo.save(a.id, {"body": "Thêm một đoạn."}, base_version=a.version, reason="save")
    assert pending_count(repo) == 1
    _mark_all_pushed(repo)
    repo.comments.add(
        a.id, field="title", start=0, end=4, text="Xem lại", author="B", role="editor"
    )
    assert pending_count(repo) == 1
    _mark_all_pushed(repo)
    repo.trash.trash([a.id])
    assert pending_count(repo) == 1


def test_a_write_marked_after_the_upload_began_stays_pending(repo):
    a = repo.create(title="Một")
    with repo.writes.reading() as conn:
        seq = local.state(conn, a.id).dirty_seq
    repo.save(a.id, {"body": "sửa trong lúc gửi"}, base_version=a.version, reason="save")
    with repo.writes.transaction() as tx:  # the upload of the older text answers now
        local.write_state(tx.conn, a.id, uri="u", server_version=1, digest="", pushed_seq=seq)
    assert pending_count(repo) == 1


def test_writes_from_the_server_are_announced_but_not_marked(repo):
    a = repo.create(title="Một")
    _mark_all_pushed(repo)
    seen = []
    repo.writes.subscribe(seen.append)
    with repo.writes.incoming():
        repo.save(a.id, {"title": "Hai"}, base_version=a.version, reason="save")
    assert pending_count(repo) == 0
    assert seen and seen[-1].touches(a.id)
    # and the flag ends with the block
    repo.save(a.id, {"title": "Ba"}, base_version=a.version + 1, reason="save")
    assert pending_count(repo) == 1


def test_bulk_inserted_articles_are_pending(repo):
    repo.bulk_insert([{"title": f"Bài {i}"} for i in range(5)])
    assert pending_count(repo) == 5


def test_new_photos_comments_and_steps_get_a_uuid(repo):
    body = " ".join(["Nghệ nhân làng gốm Bát Tràng giữ nghề truyền thống."] * 16)
    a = repo.create(title="Gốm Bát Tràng", lead="Làng gốm vẫn đỏ lửa.", body=body)
    repo.tags.set_provinces(a.id, [("01", "Hà Nội")])
    c = repo.comments.add(a.id, field="body", start=0, end=1, text="?", author="B", role="editor")
    repo.review.transition(a.id, "submit", person="A", role="reporter")
    conn = sqlite3.connect(repo.path)
    try:
        uuids = [
            r[0]
            for r in conn.execute(
                "SELECT uuid FROM comment UNION ALL SELECT uuid FROM status_transition"
            )
        ]
    finally:
        conn.close()
    assert len(uuids) == 2 and all(len(u) == 36 for u in uuids)
    assert c.id


def test_an_old_store_uploads_every_article_once_keeping_its_uri(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "store_0010.sqlite", path)
    repo = Repository.open(path)
    try:
        assert pending_count(repo) == repo.count() == 3
        with repo.writes.reading() as conn:
            ids = local.dirty_article_ids(conn)
        uris = [repo.get(i).extra["uri"] for i in ids]
        # urn:lnv:fixture:N is not a uuid: a stable name-based one stands for it on the server
        assert local.server_uuid(uris[0]) == local.server_uuid(uris[0]) != uris[0]
        conn = sqlite3.connect(path)
        nulls = conn.execute(
            "SELECT count(*) FROM photo WHERE uuid IS NULL UNION ALL "
            "SELECT count(*) FROM comment WHERE uuid IS NULL"
        ).fetchall()
        conn.close()
        assert nulls == [(0,), (0,)]
    finally:
        repo.close()
    assert pending_count(path) == 3


def test_server_address_keeps_the_password_out_of_sight():
    a = ServerAddress.parse("postgresql://lan:bí-mật@db.example:5433/toasoan")
    assert (a.user, a.password, a.host, a.port, a.database) == (
        "lan",
        "bí-mật",
        "db.example",
        5433,
        "toasoan",
    )
    assert a.redacted == "postgresql://lan@db.example:5433/toasoan"
    assert "bí-mật" not in a.redacted
    from lnv_editor.core.errors import InputError

    for bad in ("http://x/y", "postgresql://host/db", "postgresql://u:p@host:5432/", ""):
        with pytest.raises(InputError) as info:
            ServerAddress.parse(bad)
        assert "p@" not in str(info.value)


def test_lnv_server_supplies_the_password(monkeypatch):
    monkeypatch.setenv("LNV_SERVER", "postgresql://lan:pw@h:5432/d")
    assert ServerAddress.parse("postgresql://lan@h:5432/d").resolved().password == "pw"
    assert ServerAddress.parse("postgresql://khac@h:5432/d").resolved().password == ""


def test_index_rows_indexes_new_and_changed_articles_like_index_row(repo):
    from sqlalchemy import update

    from lnv_editor.store.models import Article
    from lnv_editor.store.search_index import index_rows

    a = repo.create(title="Gốm Bát Tràng", body="lò gốm cũ")
    b = repo.create(title="Dệt lụa", body="khung cửi")
    with repo.writes.transaction() as tx:
        tx.conn.execute(
            update(Article.__table__)
            .where(Article.__table__.c.id == a.id)
            .values(body="men lam mới")
        )
        c = tx.conn.execute(
            Article.__table__.insert().values(
                uri="urn:uuid:x",
                slug="x",
                title="Mây tre đan",
                body="Phú Vinh",
                created=a.created,
                updated=a.created,
            )
        ).inserted_primary_key[0]
        index_rows(tx.conn, [a.id, b.id, c])
    assert repo.list_ids(query="men lam") == [a.id]
    assert repo.list_ids(query="lò gốm cũ") == []
    assert repo.list_ids(query="khung cửi") == [b.id]
    assert repo.list_ids(query="phu vinh") == [c]
    assert repo.list_ids(query="may tre") == [c]
    # The title-and-lead index (suggestions) follows the bulk path exactly as the one-by-one path.
    with repo.writes.reading() as conn:
        bulk = conn.exec_driver_sql(
            "SELECT rowid, title, lead FROM article_heads WHERE article_heads MATCH 'tre' "
            "ORDER BY rowid"
        ).all()
        ranks = conn.exec_driver_sql(
            "SELECT rowid, bm25(article_heads) FROM article_heads WHERE article_heads "
            "MATCH 'gom OR may OR det' ORDER BY rowid"
        ).all()
    assert [r[0] for r in bulk] == [c]
    with repo.writes.transaction() as tx:
        from lnv_editor.store.search_index import rebuild_index

        rebuild_index(tx.conn)
    with repo.writes.reading() as conn:
        fresh = conn.exec_driver_sql(
            "SELECT rowid, bm25(article_heads) FROM article_heads WHERE article_heads "
            "MATCH 'gom OR may OR det' ORDER BY rowid"
        ).all()
    assert ranks == fresh


def test_a_bad_address_is_told_without_its_password():
    from lnv_editor.core.errors import InputError
    from lnv_editor.sync.address import ServerAddress

    for text in ("mysql://lan:bí-mật@host/db", "postgresql://lan:bí-mật@host"):
        with pytest.raises(InputError) as caught:
            ServerAddress.parse(text)
        assert "bí-mật" not in str(caught.value) and "lan@host" in str(caught.value)
    good = ServerAddress.parse("postgresql://lan:bí-mật@host:5433/tin")
    assert good.password == "bí-mật" and good.redacted == "postgresql://lan@host:5433/tin"
