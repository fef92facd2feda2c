"""Page data from the store: lists, photos, tags and related stories, read cheaply."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event

from lnv_editor.core.errors import NotFoundError
from lnv_editor.export.page_data import build_page_data, province_label
from lnv_editor.media import PhotoInfo
from lnv_editor.render.page import ExportAddresses, PreviewAddresses, render_page
from lnv_editor.store.repository import Repository, utcnow
from tests.render.conftest import TODAY


@pytest.fixture
def repo(tmp_path):
    r = Repository.open(tmp_path / "store.sqlite")
    yield r
    r.close()


def _info(n: int, width: int = 1200) -> PhotoInfo:
    return PhotoInfo(f"{n:064x}", width, width * 2 // 3, "jpeg", 1000, f"anh-{n}.jpg")


def _fill(repo: Repository, count: int, sections=("Làng nghề", "Khuyến công")) -> list[int]:
    """*count* stories, one an hour back from now, sections taking turns; ids newest first."""
    now = utcnow()
    repo.bulk_insert(
        {
            "title": f"Tin {n}",
            "lead": f"Sapo tin {n}",
            "body": f"Thân bài {n}",
            "section": sections[n % len(sections)],
            "status": "published" if n % 3 else "draft",
            "updated": now - timedelta(hours=n),
        }
        for n in range(count)
    )
    return repo.list_ids()


def test_lists_around_the_story(repo):
    ids = _fill(repo, 30)  # ids[n] is "Tin n", n hours old; even n: Làng nghề
    story = ids[14]
    page = build_page_data(repo, story, addresses=PreviewAddresses(), today=TODAY)
    assert page.title == "Tin 14" and page.section == "Làng nghề"
    assert [c.title for c in page.newer] == ["Tin 12", "Tin 10", "Tin 8", "Tin 6", "Tin 4"]
    assert [c.title for c in page.others] == ["Tin 16", "Tin 18", "Tin 20", "Tin 22", "Tin 24"]
    assert [c.title for c in page.latest] == [f"Tin {n}" for n in range(6)]
    assert page.most_read == page.latest  # no view counts offline
    assert page.newer[0].url == f"lnv-article:{ids[12]}"
    assert page.chrome.date_text == "Chủ nhật, 29/11/2026"


def test_others_are_topped_up_when_the_section_has_few_older_stories(repo):
    ids = _fill(repo, 10)
    page = build_page_data(repo, ids[8], addresses=PreviewAddresses(), today=TODAY)
    assert [c.title for c in page.newer] == ["Tin 6", "Tin 4", "Tin 2", "Tin 0"]
    # No older Làng nghề story: the latest stories not shown yet, newest first.
    assert [c.title for c in page.others] == ["Tin 1", "Tin 3", "Tin 5", "Tin 7", "Tin 9"]


def test_statuses_keep_drafts_off_the_lists(repo):
    ids = _fill(repo, 30)
    page = build_page_data(
        repo, ids[14], addresses=PreviewAddresses(), today=TODAY, statuses=("published",)
    )
    for card in (*page.newer, *page.others, *page.latest):
        assert int(card.title.split()[1]) % 3, card.title  # every third story is a draft


def test_photos_cover_thumbnails_and_removed_photos(repo):
    ids = _fill(repo, 6)
    story, other = ids[2], ids[0]
    first, removed, small = repo.photos.add(story, [_info(1), _info(2), _info(3, width=500)])
    repo.photos.update(first.id, caption="Lò gốm", credit="Ảnh: LNV", alt="Lò")
    repo.photos.set_removed(removed.id, True)
    repo.photos.add(other, [_info(4)])
    addresses = ExportAddresses()
    page = build_page_data(repo, story, addresses=addresses, today=TODAY)
    assert [p.id for p in page.photos] == [first.id, small.id]
    assert page.photos[0].cover and page.photos[0].caption == "Lò gốm"
    by_title = {c.title: c for c in page.latest}
    assert by_title["Tin 0"].thumbnail_src == f"media/{4:064x}-320.jpg"
    assert by_title["Tin 1"].thumbnail_src == ""
    body = f"![](photo:{first.id})\n\n![](photo:{removed.id})\n\n![](photo:{small.id})"
    page = build_page_data(repo, story, addresses=addresses, today=TODAY)
    rendered = render_page(page.__class__(**{**page.__dict__, "body": body}), addresses=addresses)
    assert rendered.photo_ids == [first.id, small.id]
    assert rendered.missing_photo_ids == [removed.id]
    assert (f"{1:064x}", 1600, f"media/{1:064x}-1600.jpg") in addresses.files()


def test_related_stories_in_order_and_deleted_ones_reported(repo):
    ids = _fill(repo, 6)
    story = ids[0]
    repo.photos.add(ids[3], [_info(7)])
    repo.tags.set_related(story, [ids[3], ids[5], ids[1]])
    repo.delete(ids[5])
    page = build_page_data(repo, story, addresses=PreviewAddresses(link_stories=False), today=TODAY)
    assert [c.title for c in page.related] == ["Tin 3", "Tin 1"]
    assert page.broken_related_ids == (ids[5],)
    assert page.related[0].url == "#" and page.related[0].thumbnail_src
    html = render_page(page, addresses=PreviewAddresses()).html
    assert "Tin 5" not in html


def test_provinces_name_the_former_unit_with_the_current_one(repo):
    ids = _fill(repo, 1)
    repo.tags.set_provinces(ids[0], [("24", "Bắc Giang"), ("01", "Hà Nội"), ("38", "Thanh Hoá")])
    page = build_page_data(repo, ids[0], addresses=PreviewAddresses(), today=TODAY)
    assert page.provinces == ("Bắc Giang (nay là Bắc Ninh)", "Hà Nội", "Thanh Hoá")
    assert province_label("01", "") == "Hà Nội"


def test_missing_article_is_a_clear_error(repo):
    with pytest.raises(NotFoundError):
        build_page_data(repo, 999, addresses=PreviewAddresses(), today=TODAY)


def test_export_story_links(repo):
    ids = _fill(repo, 3)
    slug = repo.get(ids[0]).slug
    page = build_page_data(repo, ids[2], addresses=ExportAddresses(), today=TODAY)
    assert page.newer[0].url == f"{slug}.html"
    portal = ExportAddresses(portal_url="https://lnv.example.vn/")
    page = build_page_data(repo, ids[2], addresses=portal, today=TODAY)
    assert page.newer[0].url == f"https://lnv.example.vn/{slug}.html"


def _queries(repo: Repository, article_id: int) -> int:
    count = 0

    def counter(_conn, _cursor, statement, *_args) -> None:
        nonlocal count
        count += statement.lstrip().upper().startswith("SELECT")

    event.listen(repo.engine, "before_cursor_execute", counter)
    try:
        build_page_data(repo, article_id, addresses=PreviewAddresses(), today=TODAY)
    finally:
        event.remove(repo.engine, "before_cursor_execute", counter)
    return count


def test_reads_stay_a_fixed_handful_of_queries(repo, tmp_path):
    small = _fill(repo, 12)
    big = Repository.open(tmp_path / "big.sqlite")
    try:
        many = _fill(big, 3000)
        # get, photos, provinces, related, newer, older, (top-up), latest, covers
        assert _queries(repo, small[6]) <= 9
        assert _queries(big, many[1500]) <= 9
    finally:
        big.close()
