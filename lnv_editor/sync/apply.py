"""Writing the server's revisions, comments and workflow steps into the store, in the
caller's transaction (articles: sync/incoming.py).

Each function takes the open ``Transaction`` (``repo.writes.transaction()`` inside
``repo.writes.incoming()``), writes one row's worth and says what it changed with
``tx.touch``, so open windows refresh from the change record as for any other write."""

from __future__ import annotations

import json

from sqlalchemy import insert, select, update

from lnv_editor.store.changes import Part, Transaction
from lnv_editor.store.clock import utcnow
from lnv_editor.store.models import (
    Article,
    ArticleProvince,
    Comment,
    Photo,
    RelatedLink,
    RelatedMissing,
    Revision,
    StatusTransition,
)
from lnv_editor.sync import local
from lnv_editor.sync.docs import parse_time, to_local_refs

A = Article.__table__
P = Photo.__table__
AP = ArticleProvince.__table__
RL = RelatedLink.__table__
RM = RelatedMissing.__table__
R = Revision.__table__
C = Comment.__table__
ST = StatusTransition.__table__


def apply_revision(tx: Transaction, doc: dict) -> int | None:
    """A conflict revision from the server: kept locally with reason 'conflict' so the
    compare dialog shows it. Returns the local revision id (None: article not here)."""
    conn = tx.conn
    if local.pushed_digest(conn, "revision", doc["uuid"]) is not None:
        return None
    article_id = local.local_id_for(conn, doc["article_uri"])
    if article_id is None:
        return None
    extras = doc.get("extras") if isinstance(doc.get("extras"), dict) else {}
    ids = {p: i for i, p in _photo_map(conn, article_id).items()}
    rev_id = conn.execute(
        insert(R).values(
            article_id=article_id,
            article_version=doc.get("article_version") or 0,
            created=parse_time(doc.get("created")) or utcnow(),
            reason="conflict",
            title=doc["title"],
            lead=doc["lead"],
            body=to_local_refs(doc["body"], ids),
            byline=doc["byline"],
            section=doc["section"],
            status=doc["status"],
            extras=json.dumps(extras | {"server_revision": doc["uuid"]}, ensure_ascii=False),
        )
    ).inserted_primary_key[0]
    local.mark_pushed(conn, "revision", doc["uuid"])
    tx.touch(article_id, Part.REVISIONS)
    return rev_id


def _photo_map(conn, article_id: int) -> dict[int, str]:
    return dict(conn.execute(select(P.c.id, P.c.uuid).where(P.c.article_id == article_id)).all())


def apply_comment(tx: Transaction, doc: dict) -> bool:
    conn = tx.conn
    article_id = local.local_id_for(conn, doc["article_uri"])
    if article_id is None:
        return False
    parent = None
    if doc.get("parent_uuid"):
        parent = conn.execute(
            select(C.c.id).where(C.c.uuid == str(doc["parent_uuid"]))
        ).scalar_one_or_none()
    photo = None
    if doc.get("photo_uuid"):
        photo = conn.execute(
            select(P.c.id).where(P.c.uuid == str(doc["photo_uuid"]))
        ).scalar_one_or_none()
    values = {
        "article_id": article_id,
        "parent_id": parent,
        "field": doc["field"] or "body",
        "photo_id": photo,
        "start": doc["start"],
        "end": doc["end"],
        "quote": doc["quote"],
        "prefix": doc["prefix"],
        "suffix": doc["suffix"],
        "text": doc["text"],
        "author": doc["author"],
        "role": doc["role"],
        "created": parse_time(doc.get("created")) or utcnow(),
        "resolved": bool(doc.get("resolved")),
        "orphaned": bool(doc.get("orphaned")),
    }
    found = conn.execute(select(C.c.id).where(C.c.uuid == doc["uuid"])).scalar_one_or_none()
    if found is None:
        conn.execute(insert(C).values(uuid=doc["uuid"], **values))
    else:
        conn.execute(update(C).where(C.c.id == found).values(**values))
    from lnv_editor.sync.rows import comment_digest

    before = local.pushed_digest(conn, "comment", doc["uuid"])
    after = comment_digest(conn, doc["uuid"])
    local.mark_pushed(conn, "comment", doc["uuid"], after)
    if before == after:
        return False  # ours coming back, or seen already
    tx.touch(article_id, Part.COMMENTS)
    return True


def apply_transition(tx: Transaction, doc: dict) -> bool:
    conn = tx.conn
    if conn.execute(select(ST.c.id).where(ST.c.uuid == doc["uuid"])).first():
        local.mark_pushed(conn, "transition", doc["uuid"])
        return False
    article_id = local.local_id_for(conn, doc["article_uri"])
    if article_id is None:
        return False
    conn.execute(
        insert(ST).values(
            uuid=doc["uuid"],
            article_id=article_id,
            action=doc["action"],
            from_status=doc["from_status"],
            to_status=doc["to_status"],
            person=doc["person"],
            role=doc["role"],
            reason=doc["reason"],
            article_version=doc.get("article_version") or 0,
            at=parse_time(doc.get("at")) or utcnow(),
        )
    )
    local.mark_pushed(conn, "transition", doc["uuid"])
    tx.touch(article_id, Part.REVIEW)
    return True
