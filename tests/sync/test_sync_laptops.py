"""Three laptops against one newsroom server: what one writes reaches the others, offline
work catches up, and the same article edited on two laptops loses nobody's text."""

from __future__ import annotations

import pytest

from lnv_editor.sync import local
from lnv_editor.sync.engine import pending_count

pytestmark = pytest.mark.required

BODY = " ".join(["Nghệ nhân làng gốm Bát Tràng giữ nghề truyền thống qua nhiều thế hệ."] * 8)


def texts(laptop) -> dict[str, tuple[str, str]]:
    """uri on the server -> (title, body), every live article of the laptop."""
    repo = laptop.repo()
    try:
        out = {}
        for article_id in repo.list_ids():
            a = repo.get(article_id)
            out[local.server_uuid(a.extra["uri"])] = (a.title, a.body)
        return out
    finally:
        repo.close()


def test_an_article_reaches_the_other_laptops_once(newsroom):
    lan = newsroom.laptop("reporter", "lan")
    minh = newsroom.laptop("editor", "minh")
    repo = lan.repo()
    a = repo.create(title="Làng gốm Bát Tràng", lead="Sapo.", body=BODY)
    repo.tags.set_provinces(a.id, [("01", "Hà Nội")])
    repo.close()
    assert pending_count(lan.path) == 1

    report = lan.sync()
    assert (report.sent, report.refused, report.conflicts, report.pending) == (1, [], [], 0)
    assert report.ok
    assert newsroom.count("article") == 1
    report = minh.sync()
    assert report.received == 1 and report.ok
    assert texts(minh) == texts(lan)
    repo = minh.repo()
    try:
        [mid] = repo.list_ids()
        assert repo.tags.provinces(mid)[0].code == "01"
        assert repo.get(mid).extra["uri"] == repo.get(mid).extra["uri"]
    finally:
        repo.close()
    # Syncing again sends and brings nothing: no duplicate anywhere.
    assert (lan.sync().sent, minh.sync().received) == (0, 0)
    assert minh.sync().sent == 0
    assert newsroom.count("article") == 1
    assert len(texts(minh)) == 1


def test_offline_divergence_then_reconnect(newsroom):
    lan, hoa, minh = (newsroom.laptop("reporter", n) for n in ("lan", "hoa", "minh"))
    for laptop, n in ((lan, 3), (hoa, 2)):
        repo = laptop.repo()
        for i in range(n):
            repo.create(title=f"Bài {laptop.login} {i}", body=f"Nội dung {i} của {laptop.login}")
        repo.close()
    # minh was offline the whole time; lan and hoa sync in turn, twice
    for laptop in (lan, hoa, lan, hoa):
        assert laptop.sync().ok
    assert minh.sync().received == 5
    assert texts(lan) == texts(hoa) == texts(minh)
    assert len(texts(minh)) == 5 and newsroom.count("article") == 5


def test_the_same_article_edited_on_two_laptops_keeps_both_texts(newsroom):
    minh = newsroom.laptop("editor", "minh")
    thu = newsroom.laptop("editor", "thu")
    repo = minh.repo()
    a = repo.create(title="Gốm", lead="Sapo.", body="Bản gốc.")
    repo.close()
    assert minh.sync().ok and thu.sync().ok
    uri = local.server_uuid(a.extra["uri"])

    def edit(laptop, body):
        repo = laptop.repo()
        try:
            article_id = local.local_id_for_uri(repo, uri)
            current = repo.get(article_id)
            repo.save(article_id, {"body": body}, base_version=current.version, reason="save")
            return article_id
        finally:
            repo.close()

    edit(minh, "Bản của Minh.")
    thu_id = edit(thu, "Bản của Thu.")
    first = minh.sync()
    assert first.ok and first.sent == 1 and not first.conflicts
    second = thu.sync()
    # Thu is told; the server kept Thu's text as a conflict revision
    assert [c.uri for c in second.conflicts] == [uri]
    assert second.refused == [] and second.pending == 0
    with newsroom.admin() as conn:
        body, version = conn.execute(
            "SELECT body, version FROM lnv.article WHERE uri = %s", (uri,)
        ).fetchone()
        kept = conn.execute(
            "SELECT body FROM lnv.revision WHERE article_uri = %s AND reason = 'conflict'", (uri,)
        ).fetchall()
    assert body == "Bản của Minh." and kept == [("Bản của Thu.",)]
    # Thu's laptop now shows Minh's text, with her own kept as a conflict revision
    repo = thu.repo()
    try:
        assert repo.get(thu_id).body == "Bản của Minh."
        conflicts = [r for r in repo.revisions(thu_id) if r.reason == "conflict"]
        assert [r.body for r in conflicts] == ["Bản của Thu."]
    finally:
        repo.close()
    # Minh is told too, on his next sync, and gets the same conflict revision to compare
    third = minh.sync()
    assert [c.uri for c in third.conflicts] == [uri]
    repo = minh.repo()
    try:
        article_id = local.local_id_for_uri(repo, uri)
        assert repo.get(article_id).body == "Bản của Minh."
        assert [r.body for r in repo.revisions(article_id) if r.reason == "conflict"] == [
            "Bản của Thu."
        ]
    finally:
        repo.close()
    # told once, not at every sync
    assert minh.sync().conflicts == [] and thu.sync().conflicts == []
    assert newsroom.count("article") == 1 and version == 2


def test_a_cursor_from_another_server_means_a_full_pull_without_duplicates(newsroom):
    lan = newsroom.laptop("reporter", "lan")
    minh = newsroom.laptop("editor", "minh")
    repo = lan.repo()
    ids = [repo.create(title=f"Bài {n}", body=BODY).id for n in range(3)]
    repo.close()
    lan.sync()
    assert minh.sync().received == 3
    repo = minh.repo()
    with repo.writes.transaction() as tx:
        cursor = local.get_meta(tx.conn, local.CURSOR)
        assert "@" in cursor  # lnv.cursor(): the snapshot and the cluster it was made on
        local.set_meta(tx.conn, local.CURSOR, cursor.split("@")[0] + "@another-cluster.1")
    repo.close()
    repo = lan.repo()
    a = repo.get(ids[1])
    repo.save(ids[1], {"body": "Đã sửa."}, base_version=a.version, reason="save")
    repo.close()
    lan.sync()

    report = minh.sync()
    assert report.ok and report.received == 1  # all three pulled again, one of them new
    assert texts(minh) == texts(lan) and len(texts(minh)) == 3
    repo = minh.repo()
    try:
        with repo.writes.reading() as conn:
            assert local.get_meta(conn, local.CURSOR).split("@")[1] == cursor.split("@")[1]
    finally:
        repo.close()


def test_the_cursor_moves_only_with_the_last_batch(newsroom, monkeypatch):
    from lnv_editor.sync import pull
    from lnv_editor.sync.report import ServerUnavailable

    lan = newsroom.laptop("reporter", "lan")
    minh = newsroom.laptop("editor", "minh")
    repo = lan.repo()
    for n in range(5):
        repo.create(title=f"Bài {n}", body=BODY)
    repo.close()
    lan.sync()
    monkeypatch.setattr(pull, "BATCH", 2)
    calls = []
    original = pull.Puller.apply_batch

    def fail_third(self, batch, cursor=None):
        calls.append(cursor)
        if len(calls) == 3:  # the last batch: as if the laptop died while writing it
            raise ServerUnavailable("cut")
        return original(self, batch, cursor)

    monkeypatch.setattr(pull.Puller, "apply_batch", fail_third)
    with pytest.raises(ServerUnavailable):
        minh.sync()
    assert calls[:2] == [None, None] and calls[2] is not None
    repo = minh.repo()
    try:
        assert len(repo.list_ids()) == 4  # two batches written, each whole
        with repo.writes.reading() as conn:
            assert local.get_meta(conn, local.CURSOR) == ""  # not moved: all pulled again
    finally:
        repo.close()
    monkeypatch.setattr(pull.Puller, "apply_batch", original)
    report = minh.sync()
    assert report.ok and report.received == 1
    assert texts(minh) == texts(lan) and len(texts(minh)) == 5
    assert minh.sync().received == 0


def test_emptying_the_trash_purges_the_server_copy_for_the_desk_only(newsroom):
    lan = newsroom.laptop("reporter", "lan")
    thu = newsroom.laptop("desk", "thu")
    repo = lan.repo()
    mine = repo.create(title="Bài của Lan", body=BODY).id
    repo.close()
    lan.sync()
    thu.sync()
    # The reporter trashes and empties her trash: the server keeps the tombstone.
    repo = lan.repo()
    repo.trash.trash([mine])
    repo.close()
    assert lan.sync().ok
    repo = lan.repo()
    repo.trash.purge()
    repo.close()
    report = lan.sync()
    assert report.ok and report.refused == []
    assert newsroom.count("article") == 1
    # The desk's laptop got the tombstone; emptying its trash deletes it on the server too.
    assert thu.sync().received == 1
    repo = thu.repo()
    assert repo.list_ids() == [] and len(repo.list_ids(trash=True)) == 1
    repo.trash.purge()
    repo.close()
    report = thu.sync()
    assert report.ok and report.refused == []
    assert newsroom.count("article") == 0
    assert (lan.sync().received, thu.sync().sent) == (0, 0)
