"""The trash: move out of the library, restore, empty for good (photo files included)."""

from __future__ import annotations

import pytest
from PIL import Image

from lnv_editor.core.errors import InputError, NotFoundError
from lnv_editor.media import import_photo
from lnv_editor.media.renditions import render
from lnv_editor.store.changes import Part


@pytest.fixture
def three(repo):
    ids = [
        repo.create(title=t, section="Làng nghề").id
        for t in ("Gốm Bát Tràng", "Lụa Vạn Phúc", "Gốm Chu Đậu")
    ]
    return ids


def test_trashed_articles_leave_lists_search_and_suggestions(repo, three):
    bat_trang, van_phuc, chu_dau = three
    repo.tags.set_provinces(bat_trang, [("1", "Hà Nội")])
    repo.tags.set_provinces(chu_dau, [("1", "Hà Nội")])
    repo.tags.set_related(van_phuc, [bat_trang, chu_dau])
    assert chu_dau in [rid for rid, _ in repo.search.suggest_related(bat_trang)]
    seen = []
    repo.writes.subscribe(seen.append)
    assert repo.trash.trash([chu_dau, bat_trang]) == [chu_dau, bat_trang]
    assert len(seen) == 1 and seen[0].parts == {Part.DELETED}  # one transaction for the selection
    assert seen[0].article_ids == {chu_dau, bat_trang}
    assert repo.list_ids() == [van_phuc]
    assert repo.list_ids(query="gom") == []
    assert repo.list_ids(province="1") == []
    assert repo.list_ids(trash=True) == [chu_dau, bat_trang] or repo.list_ids(trash=True) == [
        bat_trang,
        chu_dau,
    ]
    assert repo.search.search("gốm") == [] and repo.search.search("bat trang") == []
    assert repo.search.suggest_related(van_phuc) == []
    # Links to them are flagged as broken, as links to deleted stories are.
    assert [r.broken for r in repo.tags.related(van_phuc)] == [True, True]
    # Still there for whoever has them open (an editor flushing its last autosave).
    assert repo.get(bat_trang).extra["deleted_at"] is not None
    assert repo.trash.is_trashed(bat_trang) and not repo.trash.is_trashed(van_phuc)


def test_restore_brings_back_exactly_what_was_trashed(repo, three):
    bat_trang, van_phuc, chu_dau = three
    repo.trash.trash([bat_trang])
    # Trashing again, or a mix: only the live ones move (what an undo must restore).
    assert repo.trash.trash([bat_trang, chu_dau]) == [chu_dau]
    assert repo.trash.restore([chu_dau, van_phuc]) == [chu_dau]  # van_phuc was never trashed
    assert sorted(repo.list_ids()) == sorted([van_phuc, chu_dau])
    assert repo.trash.restore([bat_trang]) == [bat_trang]
    assert sorted(repo.list_ids()) == sorted(three) and repo.list_ids(trash=True) == []
    assert [h.id for h in repo.search.search("bat trang")] == [bat_trang]
    with pytest.raises(NotFoundError):
        repo.trash.trash([bat_trang, 999])
    assert repo.list_ids(trash=True) == []  # nothing half-done


def test_purge_only_empties_the_trash_and_is_final(repo, three):
    bat_trang, van_phuc, chu_dau = three
    repo.tags.set_related(van_phuc, [bat_trang])
    with pytest.raises(InputError):
        repo.trash.purge([van_phuc])  # not in the trash: refused, nothing deleted
    assert repo.count() == 3
    repo.trash.trash([bat_trang])
    result = repo.trash.purge()
    assert result.article_ids == (bat_trang,)
    assert repo.count() == 2 and repo.list_ids(trash=True) == []
    with pytest.raises(NotFoundError):
        repo.get(bat_trang)
    assert repo.revisions(bat_trang) == []
    assert [r.broken for r in repo.tags.related(van_phuc)] == [True]
    with repo.engine.connect() as conn:
        assert (
            conn.exec_driver_sql(
                "SELECT count(*) FROM article_fts WHERE rowid = ?", (bat_trang,)
            ).scalar()
            == 0
        )


def _photo(tmp_path, repo, name, color):
    path = tmp_path / name
    Image.new("RGB", (400, 300), color).save(path, "JPEG")
    store = repo.media()
    info = import_photo(store, path)
    render(store, info.sha256)
    return info


def test_purge_removes_photo_files_no_other_article_uses(tmp_path, repo, three):
    bat_trang, van_phuc, _chu_dau = three
    only_mine = _photo(tmp_path, repo, "lo-gom.jpg", (200, 90, 40))
    shared = _photo(tmp_path, repo, "cho-que.jpg", (40, 90, 200))
    repo.photos.add(bat_trang, [only_mine, shared])
    (kept,) = repo.photos.add(van_phuc, [shared])
    repo.photos.set_removed(kept.id, True)  # removed but undoable: still in use
    store = repo.media()
    renditions = list((store.root / "renditions").rglob(f"{only_mine.sha256}-*.jpg"))
    assert store.has(only_mine.sha256) and renditions
    repo.trash.trash([bat_trang])
    assert store.has(only_mine.sha256)  # the trash keeps everything until emptied
    result = repo.trash.purge([bat_trang])
    assert result.files_removed == 1 and result.photos_kept == 1
    assert not store.has(only_mine.sha256)
    assert not list((store.root / "renditions").rglob(f"{only_mine.sha256}-*.jpg"))
    assert store.has(shared.sha256)  # the other article still uses it (same sha256)
    assert list((store.root / "renditions").rglob(f"{shared.sha256}-*.jpg"))
    assert repo.photos.set_removed(kept.id, False).sha256 == shared.sha256
