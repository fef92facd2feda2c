"""Revisions: the snapshots of an article's text kept on saves, reviews and imports."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, func, insert, select

from lnv_editor.core.provinces import province_by_code
from lnv_editor.store.fields import CONTENT_COLUMNS
from lnv_editor.store.models import ArticleProvince, Photo, Revision

R = Revision.__table__
P = Photo.__table__
AP = ArticleProvince.__table__

# While autosaving, keep a snapshot at most this often (explicit saves always snapshot).
AUTOSAVE_REVISION_INTERVAL = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class RevisionInfo:
    id: int
    article_id: int
    article_version: int
    created: datetime
    reason: str
    title: str
    lead: str
    body: str
    byline: str
    section: str
    status: str
    extras: str = "{}"  # JSON: captions and province names then (store/review.py)

    def content(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in CONTENT_COLUMNS}


def snapshot_extras(conn: Connection, article_id: int) -> str:
    """Captions and province names at this moment, kept with a revision for comparing."""
    captions = {
        str(pid): caption
        for pid, caption in conn.execute(
            select(P.c.id, P.c.caption).where(P.c.article_id == article_id, P.c.removed.is_(False))
        )
    }
    names = []
    for code in conn.execute(
        select(AP.c.code).where(AP.c.article_id == article_id).order_by(AP.c.position)
    ).scalars():
        province = province_by_code(code)
        names.append(province.name if province else code)
    return json.dumps({"captions": captions, "provinces": names}, ensure_ascii=False)


def write_snapshot(
    conn: Connection,
    article_id: int,
    version: int,
    content: dict,
    reason: str,
    now: datetime,
) -> int:
    """Keep *content* as a revision of *article_id* at *version*; returns its id."""
    return conn.execute(
        insert(R).values(
            article_id=article_id,
            article_version=version,
            created=now,
            reason=reason,
            extras=snapshot_extras(conn, article_id),
            **{name: content[name] for name in CONTENT_COLUMNS},
        )
    ).inserted_primary_key[0]


def snapshot_due(conn: Connection, article_id: int, now: datetime) -> bool:
    """Whether an autosave at *now* should keep a revision."""
    last = conn.execute(
        select(func.max(R.c.created)).where(R.c.article_id == article_id)
    ).scalar_one_or_none()
    return last is None or now - last >= AUTOSAVE_REVISION_INTERVAL
