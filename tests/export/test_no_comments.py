"""Review comments never reach a bundle: no mark, no marker, no comment text, folder or zip."""

from __future__ import annotations

import zipfile

from bundle_helpers import PORTAL

from lnv_editor.export.run import export_articles

NOTES = ("Ghi chú biên tập 7731: kiểm tra số liệu", "Chú thích 5512 cần tên nghệ nhân")


def _comment(repo, article_id, field, passage, text, photo_id=None):
    record = repo.get(article_id)
    source = repo.photos.get(photo_id).caption if field == "caption" else getattr(record, field)
    start = source.index(passage)
    return repo.comments.add(
        article_id, field=field, start=start, end=start + len(passage), text=text,
        author="Trần Biên", role="editor", photo_id=photo_id,
    )  # fmt: skip


def test_an_article_with_comments_exports_without_them(repo, newsroom, tmp_path):
    article_id = newsroom.article(photos=1, approve=False)
    photo_id = repo.photos.list(article_id)[0].id
    _comment(repo, article_id, "title", "Bát Tràng", NOTES[0])
    _comment(repo, article_id, "lead", "sông Hồng", NOTES[0])
    _comment(repo, article_id, "body", "Tiêu đề phụ", NOTES[0])
    _comment(repo, article_id, "caption", "lò gốm", NOTES[1], photo_id=photo_id)
    assert len(repo.comments.ranges(article_id)) == 4
    newsroom.approve(article_id)
    export_articles(repo, [article_id], "folder", tmp_path / "folder", workers=1, portal=PORTAL)
    export_articles(repo, [article_id], "zip", tmp_path / "zip", workers=1, portal=PORTAL)
    contents: dict[str, bytes] = {}
    for path in (tmp_path / "folder").rglob("*"):
        if path.is_file():
            contents[str(path)] = path.read_bytes()
    zips = list((tmp_path / "zip").rglob("*.zip"))
    assert zips
    for zpath in zips:
        with zipfile.ZipFile(zpath) as archive:
            for info in archive.infolist():
                contents[f"{zpath}:{info.filename}"] = archive.read(info)
    names = {name.rsplit("/", 1)[-1] for name in contents}
    assert {"article.json", "index.html"} <= names
    assert any(name.endswith(".zip:index.html") for name in contents)
    forbidden = [b"lnv-comment", b"<mark", b'data-comment-id="'] + [
        note.encode("utf-8") for note in NOTES
    ]
    for name, data in contents.items():
        for needle in forbidden:
            assert needle not in data, (name, needle)
    # The passages themselves are exported, as plain text.
    page = next(data for name, data in contents.items() if name.endswith("/index.html"))
    assert "Tiêu đề phụ".encode() in page and "Bát Tràng".encode() in page
