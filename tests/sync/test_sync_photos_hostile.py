"""Photos travel by SHA-256 (files before the rows that name them; thumbnails at once,
originals when first needed), and hostile rows from the server are refused one by one."""

from __future__ import annotations

import hashlib

import pytest
from PIL import Image

from lnv_editor.media import import_photo
from lnv_editor.sync.engine import SyncEngine

pytestmark = pytest.mark.required


def a_photo(tmp_path):
    path = tmp_path / "lo-gom.jpg"
    Image.new("RGB", (640, 480), (180, 90, 40)).save(path, quality=90)
    return path


def test_a_photo_reaches_the_other_laptop(newsroom, tmp_path):
    lan = newsroom.laptop("reporter", "lan")
    minh = newsroom.laptop("editor", "minh")
    repo = lan.repo()
    try:
        info = import_photo(repo.media(), a_photo(tmp_path))
        a = repo.create(title="Lò gốm", body="Mở đầu.")
        [photo] = repo.photos.add(a.id, [info], caption="Lò gốm đỏ lửa")
        body = f"Mở đầu.\n\n![Lò gốm](photo:{photo.id})"
        repo.save(a.id, {"body": body}, base_version=repo.get(a.id).version, reason="save")
        sha = info.sha256
    finally:
        repo.close()
    assert lan.sync().ok
    with newsroom.admin() as conn:
        size, has_thumb = conn.execute(
            "SELECT length(data), thumb IS NOT NULL FROM lnv.blob WHERE sha256 = %s", (sha,)
        ).fetchone()
        server_body, photos = conn.execute("SELECT body, photos FROM lnv.article").fetchone()
    assert size > 0 and has_thumb
    [server_photo] = photos
    assert server_body.endswith(f"(photo:{server_photo['uuid']})")  # the uuid, not a local id

    report = minh.sync()
    assert report.ok and report.received == 1
    repo = minh.repo()
    try:
        [mid] = repo.list_ids()
        [got] = repo.photos.list(mid)
        assert (got.sha256, got.caption) == (sha, "Lò gốm đỏ lửa")
        assert repo.get(mid).body.endswith(f"(photo:{got.id})")
        store = repo.media()
        assert store.rendition_file(sha, 320).is_file()  # the thumbnail came at once
        assert not store.has(sha)  # the original only when first needed
    finally:
        repo.close()
    path = SyncEngine(minh.path, minh.address).fetch_original(sha)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == sha


def test_hostile_rows_are_refused_and_stop_nothing_else(newsroom):
    lan = newsroom.laptop("reporter", "lan")
    minh = newsroom.laptop("editor", "minh")
    repo = lan.repo()
    repo.create(title="Bài bình thường", body="Nội dung.")
    repo.close()
    assert lan.sync().ok
    bad_sha = hashlib.sha256(b"the real bytes").hexdigest()
    with newsroom.admin() as conn:
        # A peer that went around the server's checks (a superuser, a broken client).
        conn.execute("ALTER TABLE lnv.article DISABLE TRIGGER guard")
        conn.execute("ALTER TABLE lnv.blob DISABLE TRIGGER guard")
        conn.execute(
            "INSERT INTO lnv.article (uri, owner, title, body, status) "
            "VALUES (gen_random_uuid(), %s, repeat('x', 10000000), 'thân bài', 'draft')",
            (lan.login,),
        )
        conn.execute(
            "INSERT INTO lnv.article (uri, owner, title, body, status, photos) VALUES "
            "(gen_random_uuid(), %s, 'Ảnh lạ', '', 'draft', "
            '\'[{"uuid": "not-a-uuid", "sha256": "zz"}]\')',
            (lan.login,),
        )
        conn.execute(
            "INSERT INTO lnv.blob (sha256, data, thumb, size) VALUES (%s, %s, %s, 3)",
            (bad_sha, b"other bytes", b"not an image"),
        )
        conn.execute("ALTER TABLE lnv.article ENABLE TRIGGER guard")
        conn.execute("ALTER TABLE lnv.blob ENABLE TRIGGER guard")
    repo = lan.repo()
    repo.create(title="Bài sau", body="Vẫn đồng bộ.")
    repo.close()
    assert lan.sync().sent == 1

    report = minh.sync()
    assert report.received == 2  # the two good articles
    messages = [r.message for r in report.refused]
    assert len(messages) == 2, messages
    assert any("title" in m and "10,000,000" in m for m in messages), messages
    assert not report.ok
    repo = minh.repo()
    try:
        titles = sorted(repo.get(i).title for i in repo.list_ids())
    finally:
        repo.close()
    assert titles == ["Bài bình thường", "Bài sau"]
    # the photo whose bytes do not match its name is refused, and nothing is stored
    with pytest.raises(ValueError, match="SHA-256"):
        SyncEngine(minh.path, minh.address).fetch_original(bad_sha)
    repo = minh.repo()
    try:
        assert not repo.media().has(bad_sha)
    finally:
        repo.close()
    # told once: the next sync goes through
    again = minh.sync()
    assert again.ok and again.received == 0
