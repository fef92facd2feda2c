"""The demo store looks like the portal: photos, places, related stories; added once."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PIL import Image
from sqlalchemy import func, select

from lnv_editor.core.demo import DEMO_ARTICLES, PHOTOS, PROVINCES, RELATED
from lnv_editor.export.page_data import build_page_data
from lnv_editor.media import rendition_path
from lnv_editor.render.page import ExportAddresses, render_page
from lnv_editor.store.changes import Part
from lnv_editor.store.demo import demo_uri, seed_demo
from lnv_editor.store.models import ArticleProvince, Photo, RelatedLink, Revision

GPS_IFD = 0x8825


def _counts(repo) -> dict[str, int]:
    with repo.engine.connect() as conn:
        return {
            table.__tablename__: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (Photo, ArticleProvince, RelatedLink, Revision)
        } | {"articles": repo.count(), "originals": len(repo.media().shas())}


def test_demo_is_idempotent_and_one_change(repo):
    changes = []
    repo.writes.subscribe(changes.append)
    assert seed_demo(repo) == (len(DEMO_ARTICLES), len(DEMO_ARTICLES))
    assert len(changes) == 1  # one transaction, one change record
    assert Part.CREATED in changes[0].parts and Part.PHOTOS in changes[0].parts
    first = _counts(repo)
    order = repo.list_ids()
    assert seed_demo(repo) == (0, len(DEMO_ARTICLES))
    assert _counts(repo) == first
    assert len(changes) == 1  # the second run wrote nothing
    assert first["photo"] == sum(len(p) for p in PHOTOS.values())
    assert first["article_province"] == sum(len(p) for p in PROVINCES.values())
    assert first["related_link"] == sum(len(r) for r in RELATED.values())
    # Adding photos and tags does not reorder the demo newsroom: newest demo article first.
    assert order[0] == repo.find_by_uri(demo_uri(DEMO_ARTICLES[0]["key"]))


def test_a_demo_article_places_three_photos_in_its_body(repo):
    seed_demo(repo)
    with_photos = []
    for item in DEMO_ARTICLES:
        article = repo.get(repo.find_by_uri(demo_uri(item["key"])))
        assert "photo:@" not in article.body
        placed = [int(n) for n in re.findall(r"!\[\]\(photo:(\d+)\)", article.body)]
        if placed:
            assert {p.id for p in repo.photos.list(article.id)} >= set(placed)
            with_photos.append(len(placed))
    assert max(with_photos) >= 3
    for photos in PHOTOS.values():
        for photo in photos:
            assert photo.caption and photo.alt and photo.credit.startswith("Ảnh: ")


def test_demo_photos_carry_gps_that_renditions_strip(repo):
    seed_demo(repo)
    store = repo.media()
    located = []
    for sha in store.shas():
        with Image.open(store.original_path(sha)) as original:
            if original.getexif().get_ifd(GPS_IFD):
                located.append(sha)
    assert located, "at least one demo original has a GPS position"
    with Image.open(rendition_path(store, located[0], 800)) as rendition:
        assert not rendition.getexif().get_ifd(GPS_IFD)
    sizes = set()
    for sha in store.shas():
        with Image.open(store.original_path(sha)) as im:
            sizes.add(im.width)
    assert min(sizes) < 800 <= max(sizes) <= 1600


def test_demo_page_shows_places_related_stories_and_photos(repo, tmp_path):
    seed_demo(repo)
    article_id = repo.find_by_uri(demo_uri("sap-nhap-tinh-ban-do-lang-nghe"))
    page = build_page_data(repo, article_id, addresses=ExportAddresses(), today=date(2026, 11, 29))
    assert "Bắc Giang (nay là Bắc Ninh)" in page.provinces
    assert [c.title for c in page.related][0].startswith("Làng mì Chũ")
    assert any(card.thumbnail_src for card in (*page.newer, *page.others, *page.latest))

    article_id = repo.find_by_uri(demo_uri("bat-trang-gom-xuat-khau"))
    addresses = ExportAddresses()
    page = build_page_data(repo, article_id, addresses=addresses, today=date(2026, 11, 29))
    rendered = render_page(page, addresses=addresses)
    assert len(rendered.photo_ids) == 3 and rendered.missing_photo_ids == []
    assert "— Ảnh: Minh Thu</figcaption>" in rendered.html
    for sha, width, name in addresses.files():  # every file the page names can be made
        assert rendition_path(repo.media(), sha, width).is_file(), name


def test_demo_modules_stay_small():
    root = Path(__file__).resolve().parents[2] / "lnv_editor"
    for path in [*(root / "core" / "demo").glob("*.py"), root / "media" / "demo_pictures.py",
                 root / "store" / "demo.py"]:  # fmt: skip
        assert len(path.read_text(encoding="utf-8").splitlines()) < 500, path
