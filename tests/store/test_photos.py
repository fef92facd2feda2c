from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pytest

from lnv_editor.core.errors import NotFoundError


@dataclass(frozen=True)
class Info:  # the shape of media.PhotoInfo
    sha256: str
    width: int = 1600
    height: int = 1067
    format: str = "jpeg"
    size_bytes: int = 1000
    original_name: str = "anh.jpg"


def test_add_list_cover_order_and_remove_undo(repo):
    a = repo.create(title="Bài có ảnh")
    p1, p2, p3 = repo.photos.add(
        a.id, [Info("a" * 64), Info("b" * 64), Info("c" * 64)], credit="Ảnh: Lê Nam"
    )
    assert [p.cover for p in (p1, p2, p3)] == [True, False, False]
    assert p2.credit == "Ảnh: Lê Nam" and p3.position == 2
    repo.photos.reorder(a.id, [p3.id, p1.id, p2.id])
    assert [p.id for p in repo.photos.list(a.id)] == [p3.id, p1.id, p2.id]
    repo.photos.set_cover(a.id, p2.id)
    assert [p.id for p in repo.photos.list(a.id) if p.cover] == [p2.id]
    repo.photos.set_removed(p2.id, True)  # removing the cover moves it to the first photo
    assert [p.id for p in repo.photos.list(a.id)] == [p3.id, p1.id]
    assert repo.photos.list(a.id)[0].cover
    back = repo.photos.set_removed(p2.id, False)
    assert back.id == p2.id and [p.id for p in repo.photos.list(a.id)] == [p3.id, p1.id, p2.id]


def test_captions_are_nfc_searchable_and_do_not_bump_the_text_version(repo):
    a = repo.create(title="Bài")
    (photo,) = repo.photos.add(a.id, [Info("d" * 64)])
    updated = repo.photos.update(
        photo.id, caption=unicodedata.normalize("NFD", "Nghệ nhân Đồng Kỵ"), alt=" Người thợ "
    )
    assert updated.caption == "Nghệ nhân Đồng Kỵ" and updated.alt == "Người thợ"
    assert repo.get(a.id).version == 1
    with repo.engine.connect() as conn:
        hit = conn.exec_driver_sql(
            'SELECT rowid FROM article_fts WHERE article_fts MATCH \'captions: "dong" "ky"\''
        ).all()
    assert hit == [(a.id,)]


def test_missing_ids(repo):
    with pytest.raises(NotFoundError):
        repo.photos.add(999, [Info("e" * 64)])
    with pytest.raises(NotFoundError):
        repo.photos.update(999, caption="x")


def test_review_needs_alt_and_caption(repo):
    """The photo texts are part of the readiness check (core/readiness.py): no submit without."""
    from lnv_editor.store.review import NotReadyError

    a = repo.create(title="Bài", lead="Sapo.")
    repo.tags.set_provinces(a.id, [("01", "Hà Nội")])
    (photo,) = repo.photos.add(a.id, [Info("f" * 64)])
    with pytest.raises(NotReadyError, match="no alt text"):
        repo.save(a.id, {"status": "review"}, base_version=1, reason="save")
    assert repo.get(a.id).status.value == "draft"
    repo.photos.update(photo.id, caption="Chú thích", alt="Mô tả")
    assert repo.save(a.id, {"status": "review"}, base_version=1, reason="save").changed
