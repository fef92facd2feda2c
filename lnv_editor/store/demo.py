"""The demo store: original articles from core.demo, with drawn photos, province tags and
related stories, added once each."""

from __future__ import annotations

import re
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from lnv_editor.core.demo import DEMO_ARTICLES, PHOTOS, PROVINCES, RELATED, DemoPhoto
from lnv_editor.core.provinces import resolve_province
from lnv_editor.media import PhotoError, PhotoInfo, import_photo
from lnv_editor.media.demo_pictures import save_demo_photo
from lnv_editor.store.changes import Part
from lnv_editor.store.models import Article
from lnv_editor.store.repository import Repository, utcnow

A = Article.__table__
_PHOTO_KEY = re.compile(r"\(photo:@([a-z0-9-]+)\)")


def demo_uri(key: str) -> str:
    return f"urn:lnv:demo:{key}"


def seed_demo(repo: Repository) -> tuple[int, int]:
    """Add the demo articles the store lacks; returns (added, demo articles in total).

    Idempotent: each demo article has a fixed uri, so running it again adds nothing, and
    a demo article the user edited is left as it is. Photos, province tags and related
    stories are given only to a demo article that has none of that kind (a photo the user
    removed still counts), so a second run adds none of them either.

    The photos are drawn and imported into the media store first; then every store write is
    one transaction (one change record), so an interrupted run leaves no half-dressed article.
    """
    ids = {item["key"]: repo.find_by_uri(demo_uri(item["key"])) for item in DEMO_ARTICLES}
    wanted = [
        key
        for key in PHOTOS
        if ids.get(key) is None or not repo.photos.list(ids[key], include_removed=True)
    ]
    with tempfile.TemporaryDirectory(prefix="lnv-demo-") as folder:
        imported = {key: _import(repo, PHOTOS[key], Path(folder)) for key in wanted}
    now = utcnow()
    with repo.writes.transaction():
        missing = []
        for index, item in enumerate(DEMO_ARTICLES):
            if ids[item["key"]] is None:
                fields = {k: v for k, v in item.items() if k != "key"}
                # Spread over recent days so the library looks like a working newsroom's.
                when = now - timedelta(hours=7 * index + 1)
                missing.append(fields | {"uri": demo_uri(item["key"]), "updated": when})
        added = repo.bulk_insert(missing) if missing else 0
        ids = {key: repo.find_by_uri(demo_uri(key)) for key in ids}
        _dress(repo, {key: i for key, i in ids.items() if i is not None}, imported)
    return added, len(DEMO_ARTICLES)


def _import(repo: Repository, photos: tuple[DemoPhoto, ...], folder: Path) -> list:
    """(demo photo, imported info) pairs; a photo that cannot be imported is left out."""
    pairs = []
    for n, photo in enumerate(photos):
        path = save_demo_photo(
            folder / f"{photo.key}.jpg", photo.scene, photo.size, photo.title, seed=n, gps=photo.gps
        )
        try:
            pairs.append((photo, import_photo(repo.media(), path)))
        except PhotoError:  # a full disk, say: the demo goes on without this photo
            continue
    return pairs


def _dress(
    repo: Repository, ids: dict[str, int], imported: dict[str, list[tuple[DemoPhoto, PhotoInfo]]]
) -> None:
    # Photo and tag writes stamp the article as changed now; the demo keeps its spread of
    # times, so they are put back at the end.
    times = {article_id: repo.get(article_id).updated for article_id in ids.values()}
    touched: set[int] = set()
    for key, pairs in imported.items():
        if key in ids and pairs and not repo.photos.list(ids[key], include_removed=True):
            _add_photos(repo, ids[key], pairs)
            touched.add(ids[key])
    for key, names in PROVINCES.items():
        if key in ids and not repo.tags.provinces(ids[key]):
            tags = [(resolve_province(name).province.code, name) for name in names]
            repo.tags.set_provinces(ids[key], tags)
            touched.add(ids[key])
    for key, targets in RELATED.items():
        if key in ids and not repo.tags.related(ids[key]):
            repo.tags.set_related(ids[key], [ids[t] for t in targets if t in ids])
            touched.add(ids[key])
    _restore_times(repo, {article_id: times[article_id] for article_id in touched})


def _add_photos(
    repo: Repository, article_id: int, pairs: list[tuple[DemoPhoto, PhotoInfo]]
) -> None:
    records = repo.photos.add(article_id, [info for _photo, info in pairs])
    placed: dict[str, int] = {}
    for (photo, _info), record in zip(pairs, records, strict=True):
        repo.photos.update(record.id, caption=photo.caption, credit=photo.credit, alt=photo.alt)
        placed[photo.key] = record.id
    article = repo.get(article_id)
    body = _PHOTO_KEY.sub(
        lambda m: f"(photo:{placed[m.group(1)]})" if m.group(1) in placed else m.group(0),
        article.body,
    )
    if body != article.body:
        repo.save(article_id, {"body": body}, base_version=article.version, reason="save")


def _restore_times(repo: Repository, times: dict[int, datetime]) -> None:
    if not times:
        return
    with repo.writes.transaction() as tx:
        for article_id, updated in times.items():
            tx.conn.execute(update(A).where(A.c.id == article_id).values(updated=updated))
            tx.touch(article_id, Part.FIELDS)
