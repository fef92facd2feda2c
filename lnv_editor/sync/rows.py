"""Comments and workflow steps as the server holds them, built from the store."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import Connection, select, update

from lnv_editor.store.models import Comment, Photo, StatusTransition, new_uuid
from lnv_editor.sync.docs import iso

C = Comment.__table__
ST = StatusTransition.__table__
P = Photo.__table__


def _ensure_uuid(conn: Connection, table, row) -> str:
    if row.uuid:
        return row.uuid
    value = new_uuid()
    conn.execute(update(table).where(table.c.id == row.id).values(uuid=value))
    return value


def comment_docs(conn: Connection, uris: dict[int, str]) -> list[dict]:
    """The articles' comments (local article id -> server uri), parents before replies."""
    ids = list(uris)
    rows = conn.execute(select(C).where(C.c.article_id.in_(ids)).order_by(C.c.id)).all()
    uuids = {r.id: _ensure_uuid(conn, C, r) for r in rows}
    photos = dict(conn.execute(select(P.c.id, P.c.uuid).where(P.c.article_id.in_(ids))).all())
    return [
        {
            "uuid": uuids[r.id],
            "article_uri": uris[r.article_id],
            "parent_uuid": uuids.get(r.parent_id) if r.parent_id else None,
            "field": r.field,
            "photo_uuid": photos.get(r.photo_id) if r.photo_id else None,
            "start": r.start,
            "end": r.end,
            "quote": r.quote,
            "prefix": r.prefix,
            "suffix": r.suffix,
            "text": r.text,
            "author": r.author,
            "role": r.role,
            "created": iso(r.created),
            "resolved": bool(r.resolved),
            "orphaned": bool(r.orphaned),
        }
        for r in rows
    ]


def transition_docs(conn: Connection, uris: dict[int, str]) -> list[dict]:
    rows = conn.execute(select(ST).where(ST.c.article_id.in_(list(uris))).order_by(ST.c.id)).all()
    return [
        {
            "uuid": _ensure_uuid(conn, ST, r),
            "article_uri": uris[r.article_id],
            "action": r.action,
            "from_status": r.from_status,
            "to_status": r.to_status,
            "person": r.person,
            "role": r.role,
            "reason": r.reason,
            "article_version": r.article_version,
            "at": iso(r.at),
        }
        for r in rows
    ]


def row_digest(doc: dict) -> str:
    keep = {k: v for k, v in doc.items() if k not in ("article_version", "article_uri")}
    blob = json.dumps(keep, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def comment_digest(conn: Connection, comment_uuid: str) -> str:
    """The digest of a comment as the store now holds it (after a pull wrote it)."""
    row = conn.execute(select(C.c.article_id).where(C.c.uuid == comment_uuid)).first()
    if row is None:
        return ""
    for doc in comment_docs(conn, {row.article_id: ""}):
        if doc["uuid"] == comment_uuid:
            return row_digest(doc)
    return ""
