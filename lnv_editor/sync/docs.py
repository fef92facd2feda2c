"""An article as the server holds it (a ``lnv.article`` document), built from the store.

On the server the body refers to photos by their uuid (``![alt](photo:<uuid>)``); here by
local id. ``digest`` names what the server would hold, so an article whose text did not
change since the last exchange is not sent again (its version on the server stays)."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime

from sqlalchemy import Connection, select, update

from lnv_editor.store.models import (
    Article,
    ArticleProvince,
    Photo,
    RelatedLink,
    RelatedMissing,
    new_uuid,
)
from lnv_editor.sync.local import server_uuid

A = Article.__table__
P = Photo.__table__
AP = ArticleProvince.__table__
RL = RelatedLink.__table__
RM = RelatedMissing.__table__

LOCAL_REF = re.compile(r"(!\[[^\]\n]*\]\()photo:(\d+)(\))")
SERVER_REF = re.compile(
    r"(!\[[^\]\n]*\]\()photo:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
    r"[0-9a-fA-F]{12})(\))"
)
PHOTO_KEYS = (
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
TEXT_KEYS = ("title", "lead", "body", "byline", "section", "status")


def iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


def parse_time(value: object) -> datetime | None:
    """A server timestamp as the store keeps it (UTC); None when absent or unreadable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def to_server_refs(body: str, uuids: dict[int, str]) -> str:
    def swap(m: re.Match[str]) -> str:
        ref = uuids.get(int(m.group(2)), m.group(2))
        return f"{m.group(1)}photo:{ref}{m.group(3)}"

    return LOCAL_REF.sub(swap, body)


def to_local_refs(body: str, ids: dict[str, int]) -> str:
    def swap(m: re.Match[str]) -> str:
        ref = ids.get(m.group(2).lower(), m.group(2))
        return f"{m.group(1)}photo:{ref}{m.group(3)}"

    return SERVER_REF.sub(swap, body)


def article_doc(conn: Connection, article_id: int, server_uri: str) -> dict | None:
    """The document ``lnv.push_article`` takes for this article; None when it is gone."""
    return article_docs(conn, {article_id: server_uri}).get(article_id)


def article_docs(conn: Connection, uris: dict[int, str]) -> dict[int, dict]:
    """``article_doc`` for many articles (local id -> server uri), in a few queries."""
    ids = list(uris)
    docs: dict[int, dict] = {}
    for start in range(0, len(ids), 500):
        docs |= _article_docs(conn, {i: uris[i] for i in ids[start : start + 500]})
    return docs


def _article_docs(conn: Connection, uris: dict[int, str]) -> dict[int, dict]:
    ids = list(uris)
    photos: dict[int, list[dict]] = {i: [] for i in ids}
    uuids: dict[int, dict[int, str]] = {i: {} for i in ids}
    for p in conn.execute(select(P).where(P.c.article_id.in_(ids)).order_by(P.c.id)):
        value = p.uuid
        if not value:
            value = new_uuid()
            conn.execute(update(P).where(P.c.id == p.id).values(uuid=value))
        uuids[p.article_id][p.id] = value
        item = {key: getattr(p, key) for key in PHOTO_KEYS}
        item["cover"], item["removed"] = bool(p.cover), bool(p.removed)
        photos[p.article_id].append({"uuid": value, **item})
    provinces: dict[int, list[dict]] = {i: [] for i in ids}
    for aid, code, used in conn.execute(
        select(AP.c.article_id, AP.c.code, AP.c.name_used)
        .where(AP.c.article_id.in_(ids))
        .order_by(AP.c.article_id, AP.c.position)
    ):
        provinces[aid].append({"code": code, "name_used": used})
    related: dict[int, list[dict]] = {i: [] for i in ids}
    target = A.alias("target")
    for aid, uri, title in conn.execute(
        select(RL.c.article_id, target.c.uri, target.c.title)
        .select_from(RL.join(target, target.c.id == RL.c.target_id))
        .where(RL.c.article_id.in_(ids))
        .order_by(RL.c.article_id, RL.c.position)
    ):
        related[aid].append({"uri": server_uuid(uri), "title": title})
    for aid, uri, title in conn.execute(
        select(RM.c.article_id, RM.c.uri, RM.c.title)
        .where(RM.c.article_id.in_(ids))
        .order_by(RM.c.article_id, RM.c.position)
    ):
        related[aid].append({"uri": server_uuid(uri), "title": title})
    docs = {}
    for row in conn.execute(select(A).where(A.c.id.in_(ids))):
        docs[row.id] = {
            "uri": uris[row.id],
            "title": row.title,
            "lead": row.lead,
            "body": to_server_refs(row.body, uuids[row.id]),
            "byline": row.byline,
            "section": row.section,
            "status": row.status,
            "created": iso(row.created),
            "updated": iso(row.updated),
            "deleted_at": iso(row.deleted_at),
            "provinces": provinces[row.id],
            "related": related[row.id],
            "photos": photos[row.id],
        }
    return docs


def digest(doc: dict) -> str:
    """What matters of a document: its text, status, trash state, tags, links and photos.
    The same for the server's copy of an article and for this laptop's."""
    keep = {k: doc.get(k) for k in TEXT_KEYS}
    keep["deleted"] = bool(doc.get("deleted_at"))
    keep["provinces"] = [[p.get("code"), p.get("name_used")] for p in doc.get("provinces") or []]
    keep["related"] = [r.get("uri") for r in doc.get("related") or []]
    keep["photos"] = [
        [
            p.get("uuid"),
            *(bool(p.get(k)) if k in ("cover", "removed") else p.get(k) for k in PHOTO_KEYS),
        ]
        for p in doc.get("photos") or []
    ]
    blob = json.dumps(keep, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()
