"""An article the desk deleted for good (purged) on the server leaves every laptop, including
one that never saw it go to the trash; a laptop with unsent changes to it keeps them as a new
article, and nothing else of it is left behind."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from lnv_editor.sync import local

pytestmark = pytest.mark.required

BODY = "Nghệ nhân làng gốm Bát Tràng giữ nghề truyền thống qua nhiều thế hệ."


def rows_of(laptop, article_id: int) -> dict[str, int]:
    """How many rows of *article_id* are left in the laptop's store, table by table."""
    repo = laptop.repo()
    try:
        with repo.writes.reading() as conn:
            return {
                table: conn.execute(
                    text(f"SELECT count(*) FROM {table} WHERE {column} = :id"), {"id": article_id}
                ).scalar_one()
                for table, column in (
                    ("article", "id"),
                    ("revision", "article_id"),
                    ("comment", "article_id"),
                    ("status_transition", "article_id"),
                    ("photo", "article_id"),
                    ("sync_article", "article_id"),
                    ("article_fts", "rowid"),
                )
            }
    finally:
        repo.close()


def titles(laptop, trash: bool = False) -> dict[str, str]:
    """server uri -> title of the laptop's live (or trashed) articles."""
    repo = laptop.repo()
    try:
        return {
            local.server_uuid(repo.get(i).extra["uri"]): repo.get(i).title
            for i in repo.list_ids(trash=trash)
        }
    finally:
        repo.close()


def create(laptop, title: str, body: str = BODY) -> int:
    repo = laptop.repo()
    try:
        return repo.create(title=title, lead="Sapo.", body=body).id
    finally:
        repo.close()


def uri_of(laptop, article_id: int) -> str:
    repo = laptop.repo()
    try:
        return local.server_uuid(repo.get(article_id).extra["uri"])
    finally:
        repo.close()


def trash_and_purge(desk, uri: str) -> None:
    """The desk's laptop empties its trash of *uri* and syncs: purged on the server."""
    assert desk.sync().ok
    repo = desk.repo()
    try:
        article_id = local.local_id_for_uri(repo, uri)
        if not repo.trash.is_trashed(article_id):
            repo.trash.trash([article_id])
            repo.close()
            assert desk.sync().ok
            repo = desk.repo()
        repo.trash.purge([article_id])
    finally:
        repo.close()
    report = desk.sync()
    assert report.ok and report.refused == []


def edit(laptop, uri: str, body: str) -> int:
    repo = laptop.repo()
    try:
        article_id = local.local_id_for_uri(repo, uri)
        current = repo.get(article_id)
        repo.save(article_id, {"body": body}, base_version=current.version, reason="save")
        return article_id
    finally:
        repo.close()


def test_a_purge_reaches_a_laptop_that_never_saw_the_article_trashed(newsroom):
    lan = newsroom.laptop("reporter", "lan")
    minh = newsroom.laptop("editor", "minh")
    thu = newsroom.laptop("desk", "thu")
    gone = create(lan, "Bài sẽ bị xóa hẳn")
    stays = create(lan, "Bài ở lại")
    assert lan.sync().ok
    assert minh.sync().received == 2
    uri = uri_of(lan, gone)
    repo = minh.repo()
    minh_id = local.local_id_for_uri(repo, uri)
    repo.comments.add(
        minh_id, field="body", start=0, end=4, text="Góp ý của Minh", author="minh", role="editor"
    )
    repo.close()
    assert minh.sync().ok
    changes = []
    # Lan trashes it, the desk empties its trash: all while Minh's laptop is away.
    repo = lan.repo()
    repo.trash.trash([gone])
    repo.close()
    assert lan.sync().ok
    trash_and_purge(thu, uri)
    assert newsroom.count("article") == 1 and newsroom.count("purge") == 1

    repo = minh.repo()
    repo.writes.subscribe(changes.append)
    try:
        from lnv_editor.sync.engine import SyncEngine

        engine = SyncEngine(minh.path, minh.address, repo=repo)
        try:
            report = engine.sync_once()
        finally:
            engine.close()
        assert report.ok and report.purged == 1 and report.kept == []
        # Gone from the library and from the trash, with everything it had.
        assert repo.list_ids(trash=True) == []
        assert [repo.get(i).title for i in repo.list_ids()] == ["Bài ở lại"]
        assert [h.id for h in repo.search.search("sẽ bị xóa")] == []
    finally:
        repo.close()
    assert set(rows_of(minh, minh_id).values()) == {0}
    # One change record for the purge, saying the article left the lists.
    purge_changes = [c for c in changes if minh_id in c.article_ids]
    assert len(purge_changes) == 1 and purge_changes[0].lists_changed
    # The other laptops: Lan had emptied her trash, the desk too; nobody sends it back.
    assert lan.sync().ok and thu.sync().ok
    assert minh.sync().purged == 0  # told once
    assert newsroom.count("article") == 1
    assert set(titles(minh).values()) == {"Bài ở lại"} and uri_of(lan, stays) in titles(minh)
    # A laptop joining afterwards gets nothing of it.
    hoa = newsroom.laptop("reporter", "hoa")
    report = hoa.sync()
    assert report.received == 1 and report.purged == 0


def test_unsent_changes_to_a_purged_article_are_kept_as_a_new_article(newsroom):
    lan = newsroom.laptop("reporter", "lan")
    minh = newsroom.laptop("editor", "minh")
    thu = newsroom.laptop("desk", "thu")
    gone = create(lan, "Gốm Chu Đậu")
    assert lan.sync().ok and minh.sync().ok
    uri = uri_of(lan, gone)
    # Minh rewrites it offline while Lan trashes it and the desk purges it.
    minh_id = edit(minh, uri, "Bản viết lại của Minh, chưa gửi.")
    repo = minh.repo()
    repo.comments.add(
        minh_id, field="body", start=0, end=3, text="Ghi chú của Minh", author="minh", role="editor"
    )
    repo.close()
    repo = lan.repo()
    repo.trash.trash([gone])
    repo.close()
    assert lan.sync().ok
    trash_and_purge(thu, uri)

    report = minh.sync()
    # Minh is told, his words are a new article here and on the server; nothing is pending.
    assert [(k.uri, k.title, k.article_id) for k in report.kept] == [(uri, "Gốm Chu Đậu", minh_id)]
    assert report.kept[0].new_title.startswith("Gốm Chu Đậu (") and report.refused == []
    assert report.pending == 0 and report.purged == 0
    mine = titles(minh)
    assert uri not in mine and list(mine.values()) == [report.kept[0].new_title]
    [new_uri] = mine
    repo = minh.repo()
    try:
        assert repo.get(minh_id).body == "Bản viết lại của Minh, chưa gửi."
        assert [c.text for c in repo.comments.list(minh_id)] == ["Ghi chú của Minh"]
        word = report.kept[0].new_title.split("(")[1].split()[0]  # the marker is searchable
        assert minh_id in [h.id for h in repo.search.search(word)]
    finally:
        repo.close()
    with newsroom.admin() as conn:
        body, owner = conn.execute(
            "SELECT body, owner FROM lnv.article WHERE uri = %s", (new_uri,)
        ).fetchone()
        assert (
            conn.execute("SELECT count(*) FROM lnv.article WHERE uri = %s", (uri,)).fetchone()[0]
            == 0
        )
    assert (body, owner) == ("Bản viết lại của Minh, chưa gửi.", minh.login)
    # The others get the kept copy; the purged one stays purged.
    report = lan.sync()  # the kept copy and Minh's note on it; her trashed copy goes
    assert (report.received, report.purged) == (2, 1)
    assert list(titles(lan)) == [new_uri] and titles(lan, trash=True) == {}
    assert minh.sync().kept == [] and newsroom.count("article") == 1


def test_a_change_made_while_the_pull_ran_is_kept_too(newsroom, monkeypatch):
    """The purge is found by the pull while the article has a change the push has not sent
    (made during the sync, or refused): the pull keeps it rather than deleting it."""
    from lnv_editor.sync.push import Pusher

    lan = newsroom.laptop("reporter", "lan")
    thu = newsroom.laptop("desk", "thu")
    minh = newsroom.laptop("editor", "minh")
    gone = create(lan, "Lễ hội đình làng")
    assert lan.sync().ok and minh.sync().ok
    uri = uri_of(lan, gone)
    repo = lan.repo()
    repo.trash.trash([gone])
    repo.close()
    assert lan.sync().ok
    trash_and_purge(thu, uri)
    minh_id = edit(minh, uri, "Sửa trong lúc đồng bộ.")
    runs = []
    original = Pusher.run

    def late(self):  # the first push finds nothing: the change came after it
        runs.append(1)
        if len(runs) > 1:
            original(self)

    monkeypatch.setattr(Pusher, "run", late)
    report = minh.sync()
    assert [k.article_id for k in report.kept] == [minh_id] and report.purged == 0
    assert report.ok and len(runs) == 2  # sent at once by the second push
    repo = minh.repo()
    try:
        assert repo.get(minh_id).body == "Sửa trong lúc đồng bộ."
    finally:
        repo.close()
    with newsroom.admin() as conn:
        bodies = [r[0] for r in conn.execute("SELECT body FROM lnv.article")]
    assert bodies == ["Sửa trong lúc đồng bộ."]


def test_the_command_line_says_what_was_purged_and_kept(newsroom):
    import json

    from cli_helpers import run_cli

    lan = newsroom.laptop("reporter", "lan")
    minh = newsroom.laptop("editor", "minh")
    thu = newsroom.laptop("desk", "thu")
    ids = [create(lan, "Bài một"), create(lan, "Bài hai")]
    assert lan.sync().ok and minh.sync().ok
    uris = [uri_of(lan, i) for i in ids]
    edit(minh, uris[1], "Minh sửa, chưa gửi.")
    repo = lan.repo()
    repo.trash.trash(ids)
    repo.close()
    assert lan.sync().ok
    trash_and_purge(thu, uris[0])
    trash_and_purge(thu, uris[1])
    out = run_cli("--lang", "vi", "sync", "--store", str(minh.path), "--server", minh.url)
    assert out.returncode == 1, out.stderr  # something to look at: the kept copy
    assert "1 bài đã bị xóa hẳn trên máy chủ" in out.stdout
    assert "Giữ lại: bài «Bài hai»" in out.stdout
    out = run_cli("sync", "--json", "--store", str(lan.path), "--server", lan.url)
    data = json.loads(out.stdout)
    assert (data["purged"], data["kept"], data["repushed"]) == (2, [], 0)
    status = run_cli("server", "status", "--server", newsroom.url)
    assert "deleted for good 2" in status.stdout


def test_an_unsent_comment_on_a_purged_article_is_kept_with_it(newsroom):
    lan = newsroom.laptop("reporter", "lan")
    minh = newsroom.laptop("editor", "minh")
    thu = newsroom.laptop("desk", "thu")
    gone = create(lan, "Chợ phiên vùng cao")
    assert lan.sync().ok and minh.sync().ok
    uri = uri_of(lan, gone)
    repo = minh.repo()
    minh_id = local.local_id_for_uri(repo, uri)
    repo.comments.add(
        minh_id, field="body", start=0, end=5, text="Cần thêm ảnh chợ", author="minh", role="editor"
    )
    repo.close()
    repo = lan.repo()
    repo.trash.trash([gone])
    repo.close()
    assert lan.sync().ok
    trash_and_purge(thu, uri)

    report = minh.sync()
    assert report.refused == [] and report.ok  # no foreign-key error for the user
    assert [k.article_id for k in report.kept] == [minh_id] and report.purged == 0
    [new_uri] = titles(minh)
    with newsroom.admin() as conn:
        notes = conn.execute(
            "SELECT text FROM lnv.comment WHERE article_uri = %s", (new_uri,)
        ).fetchall()
    assert notes == [("Cần thêm ảnh chợ",)]
