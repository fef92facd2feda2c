"""Bundles the website's own tools accept: valid ninjs with format checking, absolute
addresses where the standards ask for them, links that resolve, the publish time."""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from bundle_helpers import BASE_URL, PORTAL, addresses, broken_links, ninjs_errors
from cli_helpers import run_cli
from sqlalchemy import text

from lnv_editor.core.errors import BundleError, InputError
from lnv_editor.export.portal import BundleLinks, Portal, make_portal
from lnv_editor.export.run import export_articles


def _head(html: str) -> tuple[dict[str, str], dict[str, str], dict]:
    """(meta property/name -> content, link rel -> href, JSON-LD) of a page."""

    class Head(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.meta, self.links, self.ld, self._in_ld = {}, {}, "", False

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "meta" and ("property" in a or "name" in a):
                self.meta[a.get("property") or a["name"]] = a.get("content", "")
            elif tag == "link":
                self.links[a["rel"]] = a["href"]
            self._in_ld = tag == "script" and a.get("type") == "application/ld+json"

        def handle_data(self, data):
            if self._in_ld:
                self.ld += data

        def handle_endtag(self, tag):
            self._in_ld = False

    parser = Head()
    parser.feed(html)
    return parser.meta, parser.links, json.loads(parser.ld)


def _batch(newsroom):
    first = newsroom.article("Bài một", photos=2)
    second = newsroom.article("Bài hai", photos=1, related=[first])
    outside = newsroom.article("Bài ngoài lô", photos=0)
    third = newsroom.article("Bài ba", photos=1, related=[second, outside])
    return [first, second, third], outside


def test_every_article_json_of_a_batch_is_valid_ninjs_with_formats(repo, newsroom, tmp_path):
    ids, _outside = _batch(newsroom)
    export_articles(repo, ids, "folder", tmp_path / "out", workers=1, portal=PORTAL)
    docs = sorted((tmp_path / "out").glob("*/article.json"))
    assert len(docs) == 3
    for path in docs:
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert ninjs_errors(doc) == [], path
        hrefs = [r["href"] for a in doc["associations"] for r in a.get("renditions", [])]
        assert hrefs and all(h.startswith(f"{BASE_URL}/media/") for h in hrefs)


def test_related_links_resolve_in_folder_and_unzipped_batches(repo, newsroom, tmp_path):
    ids, outside = _batch(newsroom)
    export_articles(repo, ids, "folder", tmp_path / "folder", workers=1, portal=PORTAL)
    export_articles(repo, ids, "zip", tmp_path / "zip", workers=1, portal=PORTAL)
    unzipped = tmp_path / "unzipped"
    for archive in (tmp_path / "zip").glob("*.zip"):
        with zipfile.ZipFile(archive) as z:
            z.extractall(unzipped / archive.stem)  # as "extract here" names the folder
    for root in (tmp_path / "folder", unzipped):
        pages = sorted(root.glob("*/index.html"))
        assert len(pages) == 3
        for page in pages:
            assert broken_links(page) == [], page
            for _tag, _attr, value in addresses(page.read_text(encoding="utf-8")):
                assert value != "#" and value != ""
    third = repo.get(ids[2])
    page = (tmp_path / "folder" / f"{third.slug}-{third.id}" / "index.html").read_text("utf-8")
    second = repo.get(ids[1])
    assert f'href="../{second.slug}-{second.id}/index.html"' in page  # in the batch: relative
    assert f'href="{BASE_URL}/{repo.get(outside).slug}.html"' in page  # outside: at the portal


def test_page_head_has_absolute_addresses_publisher_and_publish_time(repo, newsroom, tmp_path):
    article_id = newsroom.article(photos=2)
    # Written on 29/11, published today: the page must say when it was published.
    with repo.engine.begin() as conn:
        conn.execute(
            text("UPDATE article SET created = :c WHERE id = :i"),
            {"c": datetime(2026, 11, 29, 8, 0), "i": article_id},
        )
    portal = Portal(BASE_URL, "Làng nghề Việt Nam", f"{BASE_URL}/logo.png")
    export_articles(repo, [article_id], "folder", tmp_path / "out", workers=1, portal=portal)
    article = repo.get(article_id)
    html = (tmp_path / "out" / f"{article.slug}-{article.id}" / "index.html").read_text("utf-8")
    meta, links, ld = _head(html)
    url = f"{BASE_URL}/{article.slug}.html"
    assert links["canonical"] == url and meta["og:url"] == url
    assert ld["url"] == url and ld["mainEntityOfPage"]["@id"] == url
    assert meta["og:site_name"] == "Làng nghề Việt Nam"
    assert meta["description"] == article.lead
    assert meta["og:image"].startswith(f"{BASE_URL}/media/")
    assert ld["publisher"] == {
        "@type": "Organization",
        "name": "Làng nghề Việt Nam",
        "logo": {"@type": "ImageObject", "url": f"{BASE_URL}/logo.png"},
    }
    assert ld["author"] == [{"@type": "Person", "name": "Lê Nam"}]
    # One address per photo (the cover first), each absolute, none twice.
    assert len(ld["image"]) == 2 == len(set(ld["image"]))
    assert ld["image"][0] == meta["og:image"]
    assert all(i.startswith(f"{BASE_URL}/media/") for i in ld["image"])
    published = next(t.at for t in repo.review.timeline(article_id) if t.action == "publish")
    stamp = published.replace(tzinfo=published.tzinfo or UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert ld["datePublished"] == stamp == meta["article:published_time"]
    assert not ld["datePublished"].startswith("2026-11-29")
    # What the page itself loads stays relative: it opens from a folder with no network.
    loaded = [v for tag, _a, v in addresses(html) if tag == "img"]
    assert loaded and all(v.startswith("media/") for v in loaded)


def test_export_without_a_portal_address_refuses_and_changes_nothing(repo, newsroom, tmp_path):
    article_id = newsroom.article(photos=1)
    with pytest.raises(BundleError) as caught:
        export_articles(repo, [article_id], "folder", tmp_path / "out", workers=1, portal=None)
    assert "--base-url" in caught.value.english() and "Preferences" in caught.value.english()
    assert repo.get(article_id).status == "ready"  # not published
    assert not (tmp_path / "out").exists()


def test_a_bad_portal_address_says_what_a_good_one_looks_like():
    for bad in ("lnv.vn", "ftp://lnv.vn", "https://lnv.vn/?a=1", "https://lnv vn", "https://"):
        with pytest.raises(InputError) as caught:
            make_portal(bad)
        assert "https://lnv.vn" in caught.value.english()
    assert make_portal("  https://lnv.vn/ ").base == "https://lnv.vn"
    assert make_portal("") is None
    assert make_portal("", no_base_url=True) == Portal("")
    assert make_portal(BASE_URL, logo="/img/logo.png").logo == f"{BASE_URL}/img/logo.png"


def test_publish_store_records_its_portal(repo, newsroom, tmp_path):
    first, second = newsroom.article("Bài một"), newsroom.article("Bài hai")
    pub = tmp_path / "portal.sqlite"
    export_articles(repo, [first], "sqlite", pub, workers=1, portal=PORTAL)
    conn = sqlite3.connect(pub)
    try:
        assert conn.execute("SELECT value FROM meta WHERE key = 'base_url'").fetchone() == (
            BASE_URL,
        )
    finally:
        conn.close()
    # No address given: the store's own is used.
    export_articles(repo, [second], "sqlite", pub, workers=1, portal=None)
    conn = sqlite3.connect(pub)
    try:
        (ninjs,) = conn.execute(
            "SELECT ninjs FROM article WHERE uri = ?", (repo.get(second).extra["uri"],)
        ).fetchone()
        (html,) = conn.execute(
            "SELECT html FROM article WHERE uri = ?", (repo.get(second).extra["uri"],)
        ).fetchone()
    finally:
        conn.close()
    assert ninjs_errors(json.loads(ninjs)) == []
    assert f'<link rel="canonical" href="{BASE_URL}/' in html
    # Another portal's address would mix two portals' links in one store.
    with pytest.raises(BundleError) as caught:
        export_articles(
            repo, [second], "sqlite", pub, workers=1, portal=Portal("https://khac.example")
        )
    assert BASE_URL in caught.value.english()


def test_command_line_refuses_without_an_address_and_warns_with_no_base_url(
    repo, newsroom, tmp_path
):
    article_id = newsroom.article(photos=1)
    store = str(repo.path)
    refused = run_cli("export", str(article_id), "--store", store, "--out", str(tmp_path / "a"))
    assert refused.returncode == 2
    assert "--base-url" in refused.stderr and "--no-base-url" in refused.stderr
    assert not (tmp_path / "a").exists()
    loose = run_cli(
        "export", str(article_id), "--store", store, "--out", str(tmp_path / "b"), "--no-base-url"
    )
    assert loose.returncode == 0, loose.stderr
    assert "not valid ninjs" in loose.stderr
    (doc_path,) = (tmp_path / "b").glob("*/article.json")
    assert ninjs_errors(json.loads(doc_path.read_text(encoding="utf-8")))
    # the desk's bundle without an address still imports (verify reads it)
    checked = run_cli("verify", str(doc_path.parent))
    assert checked.returncode == 0, checked.stderr
    given = run_cli(
        "export",
        str(article_id),
        "--store",
        store,
        "--out",
        str(tmp_path / "c"),
        "--base-url",
        BASE_URL,
    )
    assert given.returncode == 0, given.stderr
    (doc_path,) = (tmp_path / "c").glob("*/article.json")
    assert ninjs_errors(json.loads(doc_path.read_text(encoding="utf-8"))) == []
    assert re.search(r"not valid ninjs", given.stderr) is None


def test_published_html_carries_no_editor_markers(repo, newsroom, tmp_path):
    article_id = newsroom.article(photos=2)
    export_articles(repo, [article_id], "folder", tmp_path / "out", workers=1, portal=PORTAL)
    (folder,) = (tmp_path / "out").glob("*-*/")
    page = (folder / "index.html").read_text(encoding="utf-8")
    doc = json.loads((folder / "article.json").read_text(encoding="utf-8"))
    (body,) = [b["value"] for b in doc["bodies"] if b["contentType"] == "text/html"]
    for marker in ("md-block", "data-block", "data-src-line", "data-src-end"):
        assert marker not in body and marker not in page.split("<style>")[0], marker
        assert marker not in page.split("</style>")[1], marker
    assert "<h2>Tiêu đề phụ</h2>" in body and body in page  # the same body, unwrapped


def test_dates_are_vietnam_time_in_the_strip_and_the_article(repo, newsroom):
    from lnv_editor.export.collect import collect
    from lnv_editor.export.page import render_index

    article = collect(repo, newsroom.article(photos=0))
    article.updated = datetime(2026, 12, 2, 18, 30, tzinfo=UTC)  # 01:30 on 3/12 in Hà Nội
    html = render_index(article, BundleLinks(PORTAL)).html
    assert '<span class="today">Thứ Năm, 03/12/2026</span>' in html
    assert (
        '<time datetime="2026-12-03T01:30:00+07:00">Thứ Năm, 03/12/2026 01:30 (GMT+7)</time>'
        in (html)
    )
    assert "02/12/2026" not in html


def test_the_page_stands_on_its_own(repo, newsroom, tmp_path):
    # The cover is not in the body: the page shows it on top, with its caption and credit.
    article_id = newsroom.article("Bài có ảnh bìa", photos=2)
    article = repo.get(article_id)
    body = "\n\n".join(p for p in article.body.split("\n\n") if "photo:" not in p)
    repo.save(article_id, {"body": body}, base_version=article.version, reason="save")
    newsroom.approve(article_id)
    shown = newsroom.article("Bài ảnh trong thân", photos=1)  # the body shows its cover
    for one in (article_id, shown):  # each alone: no other story to list
        export_articles(repo, [one], "folder", tmp_path / "out", workers=1, portal=PORTAL)
    page = (tmp_path / "out" / f"{article.slug}-{article_id}" / "index.html").read_text("utf-8")
    top, _, rest = page.partition('id="article-body"')
    assert top.count("<figure") == 1 and "Nghệ nhân bên lò gốm — Ảnh: Lê Nam" in top
    assert top.index("<figure") > top.index('class="article-lead"')
    assert "<figure" not in rest.split("</article>")[0]  # the body has none of its own
    other = repo.get(shown)
    page2 = (tmp_path / "out" / f"{other.slug}-{shown}" / "index.html").read_text("utf-8")
    top2, _, rest2 = page2.partition('id="article-body"')
    assert "<figure" not in top2 and rest2.count("<figure") == 1  # shown once, where placed
    for html in (page, page2):
        # nothing empty, nothing that goes nowhere
        assert 'href="#"' not in html and 'href=""' not in html
        assert "Tin liên quan" not in html  # neither has related stories
        assert "<aside" not in html and "Xem thêm" not in html and "Mới nhất" not in html
        assert f'<a class="brand" href="{BASE_URL}">' in html


def test_the_mobile_link_is_offered_only_on_a_wide_page():
    from lnv_editor.render.page import stylesheet

    css = stylesheet()
    assert "@container page (max-width: 760px) { .mobile-link { display: none; } }" in css
    assert ".page:target .mobile-link, .layout-mobile .mobile-link { display: none; }" in css


def test_lists_of_other_stories_come_from_the_same_batch(repo, newsroom, tmp_path, read_tree):
    oldest = newsroom.article("Tin cũ nhất", photos=0)
    middle = newsroom.article("Tin ở giữa", photos=0)
    newest = newsroom.article("Tin mới nhất", photos=0)
    elsewhere = newsroom.article("Tin mục khác", photos=0, section="Khuyến công")
    ids = [oldest, middle, newest, elsewhere]
    # Published a minute apart each (one export publishes all in the same second, and then
    # the order is the uris'; bundles carry whole seconds).
    export_articles(repo, ids, "folder", tmp_path / "first", workers=1, portal=PORTAL)
    with repo.engine.begin() as conn:
        for minute, article_id in enumerate(ids):
            conn.execute(
                text("UPDATE article SET updated = :t WHERE id = :i"),
                {"t": datetime(2026, 12, 3, 8, minute), "i": article_id},
            )
    for out in ("a", "b"):
        export_articles(repo, ids, "folder", tmp_path / out, workers=1, portal=PORTAL)
    assert read_tree(tmp_path / "a") == read_tree(tmp_path / "b")  # the same batch, same bytes

    def folder(article_id):
        a = repo.get(article_id)
        return f"{a.slug}-{a.id}"

    page = (tmp_path / "a" / folder(middle) / "index.html").read_text("utf-8")
    newer = page.split('class="box newer-box"')[1].split("</section>")[0]
    others = page.split('class="box others-box"')[1].split("</section>")[0]
    side = page.split("<aside")[1].split("</aside>")[0]
    assert f"../{folder(newest)}/index.html" in newer and "Tin cũ nhất" not in newer
    # the section's earlier story first, then the rest of the batch
    assert others.index("Tin cũ nhất") < others.index("Tin mục khác")
    assert "Tin ở giữa" not in others and "Tin ở giữa" not in side  # never itself
    assert all(t in side for t in ("Tin cũ nhất", "Tin mới nhất", "Tin mục khác"))
    for path in (tmp_path / "a").glob("*/index.html"):
        assert broken_links(path) == [], path
        assert 'href="#"' not in path.read_text("utf-8")
    # a publish store's pages leave the lists to the website
    export_articles(repo, ids, "sqlite", tmp_path / "p.sqlite", workers=1, portal=PORTAL)
    conn = sqlite3.connect(tmp_path / "p.sqlite")
    try:
        htmls = [h for (h,) in conn.execute("SELECT html FROM article")]
    finally:
        conn.close()
    assert htmls and not any("newer-box" in h or "<aside" in h for h in htmls)
