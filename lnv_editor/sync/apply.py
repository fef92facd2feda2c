"""Writing what the server sent into the store, in the caller's transaction.

Each function takes the open ``Transaction`` (``repo.writes.transaction()`` inside
``repo.writes.incoming()``), writes one row's worth and says what it changed with
``tx.touch``, so open windows refresh from the change record as for any other write."""

from __future__ import annotations

import json

from sqlalchemy import delete, insert, select, update

from lnv_editor.core.vietnamese import sort_string
from lnv_editor.store.changes import Part, Transaction
from lnv_editor.store.clock import utcnow
from lnv_editor.store.fields import clean_fields
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
from lnv_editor.store.revisions import write_snapshot
from lnv_editor.store.search_index import index_row
from lnv_editor.sync import local
from lnv_editor.sync.docs import TEXT_KEYS, article_doc, digest, parse_time, to_local_refs

A = Article.__table__
P = Photo.__table__
AP = ArticleProvince.__table__
RL = RelatedLink.__table__
RM = RelatedMissing.__table__
R = Revision.__table__
C = Comment.__table__
ST = StatusTransition.__table__


SKIPPED_DIRTY = "dirty"
UNCHANGED = "unchanged"
WRITTEN = "written"


def apply_article(repo, tx: Transaction, doc: dict, *, force: bool = False) -> str:
    """Bring a checked server article (checks.check_article) into the store. Returns
    WRITTEN; UNCHANGED when this version is here already (our own push, a pull seen twice);
    SKIPPED_DIRTY when the local copy has changes not uploaded yet (they are pushed first,
    and a conflict keeps both texts), unless *force*."""
    conn = tx.conn
    uri, version = doc["uri"], doc["version"]
    article_id = local.local_id_for(conn, uri)
    now = utcnow()
    if article_id is not None:
        st = local.state(conn, article_id)
        if st is not None and st.server_version >= version and not force:
            return UNCHANGED
        if (st is None or st.dirty) and not force:
            return SKIPPED_DIRTY
    values = clean_fields({k: doc[k] for k in TEXT_KEYS})
    created = parse_time(doc.get("created")) or now
    updated = parse_time(doc.get("updated")) or now
    deleted_at = parse_time(doc.get("deleted_at"))
    if article_id is None:
        article_id = conn.execute(
            insert(A).values(
                uri=f"urn:uuid:{uri}",
                slug=repo.free_slug(conn, values["title"], None),
                created=created,
                updated=updated,
                version=1,
                title_key=sort_string(values["title"]),
                deleted_at=deleted_at,
                **(values | {"body": ""}),
            )
        ).inserted_primary_key[0]
        tx.touch(article_id, Part.CREATED)
        local_version = 1
    else:
        row = conn.execute(select(A).where(A.c.id == article_id)).one()
        local_version = row.version + 1
        extra = {}
        if row.status != "published" and row.title != values["title"]:
            extra["slug"] = repo.free_slug(conn, values["title"], article_id)
        conn.execute(
            update(A)
            .where(A.c.id == article_id)
            .values(
                version=local_version,
                updated=updated,
                title_key=sort_string(values["title"]),
                deleted_at=deleted_at,
                **(values | {"body": row.body}),
                **extra,
            )
        )
        if (row.deleted_at is None) != (deleted_at is None):
            tx.touch(article_id, Part.DELETED if deleted_at else Part.CREATED)
    ids = _place_photos(conn, article_id, doc["photos"], now)
    body = to_local_refs(values["body"], ids)
    conn.execute(update(A).where(A.c.id == article_id).values(body=body))
    _set_provinces(conn, article_id, doc["provinces"])
    _set_related(conn, article_id, doc["related"])
    _arrived(tx, article_id, uri)
    rev_id = write_snapshot(conn, article_id, local_version, values | {"body": body}, "sync", now)
    approved = doc.get("approved_version")
    approved_values = {"approved_version": None, "approved_revision_id": None}
    if isinstance(approved, int) and approved == version:
        approved_values = {"approved_version": local_version, "approved_revision_id": rev_id}
    if approved is None or approved == version:
        conn.execute(update(A).where(A.c.id == article_id).values(**approved_values))
    index_row(conn, article_id)
    tx.touch(article_id, Part.FIELDS, Part.STATUS, Part.PHOTOS, Part.PROVINCES, Part.RELATED)
    tx.touch(article_id, Part.REVISIONS)
    mine = article_doc(conn, article_id, uri)
    local.write_state(conn, article_id, uri=uri, server_version=version, digest=digest(mine or doc))
    return WRITTEN


def _place_photos(conn, article_id: int, photos: list[dict], now) -> dict[str, int]:
    """Upsert the article's photos by uuid; returns uuid -> local id."""
    ids: dict[str, int] = {}
    for p in photos:
        values = {
            k: p[k]
            for k in (
                "sha256",
                "width",
                "height",
                "format",
                "original_name",
                "caption",
                "credit",
                "alt",
                "position",
                "cover",
                "removed",
            )
        }
        values["caption"] = clean_fields({"lead": values["caption"]})["lead"]
        found = conn.execute(select(P.c.id).where(P.c.uuid == p["uuid"])).scalar_one_or_none()
        if found is None:
            found = conn.execute(
                insert(P).values(article_id=article_id, uuid=p["uuid"], created=now, **values)
            ).inserted_primary_key[0]
        else:
            conn.execute(update(P).where(P.c.id == found).values(article_id=article_id, **values))
        ids[p["uuid"]] = found
    return ids


def _set_provinces(conn, article_id: int, provinces: list[dict]) -> None:
    conn.execute(delete(AP).where(AP.c.article_id == article_id))
    seen: dict[str, str] = {}
    for p in provinces:
        if p["code"]:
            seen.setdefault(p["code"], p["name_used"])
    for position, (code, used) in enumerate(seen.items()):
        conn.execute(
            insert(AP).values(article_id=article_id, code=code, name_used=used, position=position)
        )


def _set_related(conn, article_id: int, related: list[dict]) -> None:
    conn.execute(delete(RL).where(RL.c.article_id == article_id))
    conn.execute(delete(RM).where(RM.c.article_id == article_id))
    linked, missing = 0, 0
    for r in related:
        target = local.local_id_for(conn, r["uri"])
        if target == article_id:
            continue
        if target is not None:
            conn.execute(
                insert(RL)
                .prefix_with("OR IGNORE")
                .values(article_id=article_id, target_id=target, position=linked)
            )
            linked += 1
        else:
            conn.execute(
                insert(RM)
                .prefix_with("OR IGNORE")
                .values(
                    article_id=article_id,
                    uri=f"urn:uuid:{r['uri']}",
                    title=r["title"],
                    position=missing,
                )
            )
            missing += 1


def _arrived(tx: Transaction, article_id: int, uri: str) -> None:
    """Stories that were waiting for this one (by uri) now link to it."""
    conn = tx.conn
    targets = (f"urn:uuid:{uri}", uri)
    for owner, position in conn.execute(
        select(RM.c.article_id, RM.c.position).where(RM.c.uri.in_(targets))
    ).all():
        conn.execute(
            insert(RL)
            .prefix_with("OR IGNORE")
            .values(article_id=owner, target_id=article_id, position=100 + position)
        )
        conn.execute(delete(RM).where(RM.c.article_id == owner, RM.c.uri.in_(targets)))
        tx.touch(owner, Part.RELATED)


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
