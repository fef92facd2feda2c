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


def photo_uuids(conn: Connection, article_id: int) -> dict[int, str]:
    """Local photo id -> uuid; a photo without one (written by an older app) gets one."""
    out: dict[int, str] = {}
    for pid, value in conn.execute(select(P.c.id, P.c.uuid).where(P.c.article_id == article_id)):
        if not value:
            value = new_uuid()
            conn.execute(update(P).where(P.c.id == pid).values(uuid=value))
        out[pid] = value
    return out


def article_doc(conn: Connection, article_id: int, server_uri: str) -> dict | None:
    """The document ``lnv.push_article`` takes for this article; None when it is gone."""
    row = conn.execute(select(A).where(A.c.id == article_id)).one_or_none()
    if row is None:
        return None
    uuids = photo_uuids(conn, article_id)
    photos = []
    for p in conn.execute(select(P).where(P.c.article_id == article_id).order_by(P.c.id)):
        item = {key: getattr(p, key) for key in PHOTO_KEYS}
        item["cover"], item["removed"] = bool(p.cover), bool(p.removed)
        photos.append({"uuid": uuids[p.id], **item})
    provinces = [
        {"code": code, "name_used": used}
        for code, used in conn.execute(
            select(AP.c.code, AP.c.name_used)
            .where(AP.c.article_id == article_id)
            .order_by(AP.c.position)
        )
    ]
    related = []
    for uri, title in conn.execute(
        select(A.c.uri, A.c.title)
        .select_from(RL.join(A, A.c.id == RL.c.target_id))
        .where(RL.c.article_id == article_id)
        .order_by(RL.c.position)
    ):
        related.append({"uri": server_uuid(uri), "title": title})
    for uri, title in conn.execute(
        select(RM.c.uri, RM.c.title).where(RM.c.article_id == article_id).order_by(RM.c.position)
    ):
        related.append({"uri": server_uuid(uri), "title": title})
    return {
        "uri": server_uri,
        "title": row.title,
        "lead": row.lead,
        "body": to_server_refs(row.body, uuids),
        "byline": row.byline,
        "section": row.section,
        "status": row.status,
        "created": iso(row.created),
        "updated": iso(row.updated),
        "deleted_at": iso(row.deleted_at),
        "provinces": provinces,
        "related": related,
        "photos": photos,
    }


def digest(doc: dict) -> str:
    """What matters of a document: its text, status, trash state, tags, links and photos."""
    keep = {k: doc.get(k) for k in (*TEXT_KEYS, "provinces", "related", "photos")}
    keep["deleted"] = bool(doc.get("deleted_at"))
    keep["related"] = [r.get("uri") for r in doc.get("related") or []]
    blob = json.dumps(keep, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()
