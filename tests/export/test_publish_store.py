"""The publish store: upsert by uri and version, and the website's queries from
docs/bundle.md, run exactly as written there."""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

from bundle_helpers import PORTAL

from lnv_editor.export.publish_store import SCHEMA_VERSION
from lnv_editor.export.run import export_articles

DOC = Path(__file__).parents[2] / "docs" / "bundle.md"


def _queries() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    found = dict(re.findall(r"\n([A-Z][^\n]*):\n\n```sql\n(.*?)```", text, re.S))
    assert set(found) == {"An article page", "Latest in a province", "Related stories"}
    return found


def _export(repo, ids, pub):
    return export_articles(repo, ids, "sqlite", pub, workers=1, portal=PORTAL)


def test_documented_queries_answer_the_website(repo, newsroom, tmp_path):
    old = newsroom.article("Làng lụa Vạn Phúc", photos=1, provinces=("Hà Nội",))
    new = newsroom.article(
        "Gốm Bát Tràng", photos=1, provinces=("Hà Nội", "Bắc Giang"), related=[old]
    )
    pub = tmp_path / "portal.sqlite"
    _export(repo, [old], pub)
    time.sleep(1.1)  # bundle times have whole seconds: the newer story must be a second later
    _export(repo, [new], pub)
    q = _queries()
    conn = sqlite3.connect(pub)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    html = conn.execute(q["An article page"], {"slug": repo.get(new).slug}).fetchone()[0]
    assert html.startswith("<!DOCTYPE html>") and "Gốm Bát Tràng" in html
    for name in re.findall(r'src="(media/[0-9a-f]{64}\.jpg)"', html):
        assert conn.execute("SELECT size FROM media WHERE name = ?", (name,)).fetchone()
    code = repo.tags.provinces(new)[0].code
    rows = conn.execute(q["Latest in a province"], {"code": code}).fetchall()
    assert [r[1] for r in rows] == ["Gốm Bát Tràng", "Làng lụa Vạn Phúc"]
    related = conn.execute(q["Related stories"], {"uri": repo.get(new).extra["uri"]}).fetchall()
    assert related == [(repo.get(old).extra["uri"], "Làng lụa Vạn Phúc", repo.get(old).slug)]
    conn.close()


def test_upsert_by_uri_and_version(repo, newsroom, tmp_path):
    article_id = newsroom.article(photos=1)
    pub = tmp_path / "portal.sqlite"
    assert _export(repo, [article_id], pub).exported[0].outcome == "written"
    before = pub.read_bytes()
    assert _export(repo, [article_id], pub).exported[0].outcome == "unchanged"
    assert pub.read_bytes() == before  # the same version again changes nothing
    # a newer version replaces the older, photos included
    article = repo.get(article_id)
    repo.save(article_id, {"title": "Tiêu đề mới"}, base_version=article.version, reason="save")
    photo = repo.photos.list(article_id)[0]
    repo.photos.set_removed(photo.id, True)
    repo.save(
        article_id,
        {"body": "Không còn ảnh."},
        base_version=repo.get(article_id).version,
        reason="save",
    )
    newsroom.approve(article_id)  # the edits of a published article go out once approved
    assert _export(repo, [article_id], pub).exported[0].outcome == "written"
    conn = sqlite3.connect(pub)
    assert conn.execute("SELECT title, version FROM article").fetchall() == [
        ("Tiêu đề mới", repo.get(article_id).version)
    ]
    assert conn.execute("SELECT count(*) FROM media").fetchone()[0] == 0  # orphans removed
    assert conn.execute("SELECT count(*) FROM photo").fetchone()[0] == 0
    # an older version is refused: a store holding a newer one keeps it
    conn.execute("UPDATE article SET version = version + 10")
    conn.commit()
    conn.close()
    report = _export(repo, [article_id], pub)
    assert report.exported[0].outcome == "older"
    conn = sqlite3.connect(pub)
    assert conn.execute("SELECT title FROM article").fetchone()[0] == "Tiêu đề mới"
    conn.close()
