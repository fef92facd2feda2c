"""The laptop's sync bookkeeping in its SQLite store (tables of migration 0011).

Reads go through ``repo.writes.reading()``; writes through ``repo.writes.transaction()``, so a
write of sync state joins the transaction of the article write it belongs to."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, and_, delete, func, or_, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from lnv_editor.store.clock import utcnow
from lnv_editor.store.models import Article, SyncArticle, SyncMeta, SyncOutbox, SyncPushed

A = Article.__table__
SA = SyncArticle.__table__
SM = SyncMeta.__table__
SO = SyncOutbox.__table__
SP = SyncPushed.__table__

# sync_meta keys
SERVER = "server"  # the address without its password
LAPTOP = "laptop"  # this laptop's id on the server
CURSOR = "cursor"  # the server snapshot the last complete pull ended at
LOGIN = "login"
ROLE = "role"
LAST_SYNC = "last_sync"


def server_uuid(uri: str) -> str:
    """The article's id on the server: the uuid of a ``urn:uuid:`` uri; any other uri (an
    old store's, an imported bundle's) gets a stable name-based uuid."""
    text = uri.removeprefix("urn:uuid:")
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, uri))


def get_meta(conn: Connection, key: str, default: str = "") -> str:
    value = conn.execute(select(SM.c.value).where(SM.c.key == key)).scalar_one_or_none()
    return default if value is None else value


def set_meta(conn: Connection, key: str, value: str) -> None:
    stmt = sqlite_insert(SM).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=[SM.c.key], set_={"value": value}))


def dirty_filter():
    """Articles to upload: never uploaded, or changed since their last upload."""
    return or_(SA.c.article_id.is_(None), SA.c.dirty_seq > SA.c.pushed_seq)


def _never_uploaded(conn: Connection) -> list[int]:
    # NOT IN a subquery: one pass over an index of ids, not a look-up per article row.
    return list(
        conn.execute(select(A.c.id).where(A.c.id.not_in(select(SA.c.article_id)))).scalars()
    )


def _changed(conn: Connection) -> tuple[list[int], list[tuple[int, str, int]]]:
    """Articles changed here since their upload: the live or trashed ones, and those deleted
    for good (article id, server uuid, version)."""
    rows = conn.execute(
        select(SA.c.article_id, SA.c.uri, SA.c.server_version).where(dirty_filter())
    ).all()
    if not rows:
        return [], []
    ids = [r[0] for r in rows]
    here: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        here.update(conn.execute(select(A.c.id).where(A.c.id.in_(chunk))).scalars())
    gone = [(r[0], r[1], r[2]) for r in rows if r[0] not in here and r[2] > 0]
    return sorted(here), gone


def dirty_article_ids(conn: Connection) -> list[int]:
    """Live or trashed articles to upload, oldest change first."""
    return sorted({*_never_uploaded(conn), *_changed(conn)[0]})


def gone_dirty(conn: Connection) -> list[tuple[int, str, int]]:
    """Articles deleted for good here since their upload: (article id, server uuid, version)."""
    return _changed(conn)[1]


def forgotten_count(conn: Connection) -> int:
    """How many bookkeeping rows belong to articles deleted for good here (counted, not
    searched: rows = live or trashed articles uploaded + rows of deleted ones)."""
    rows = conn.execute(select(func.count()).select_from(SA)).scalar_one()
    articles = conn.execute(select(func.count()).select_from(A)).scalar_one()
    return int(rows) - (int(articles) - len(_never_uploaded(conn)))


def count_pending(conn: Connection) -> int:
    """Changes waiting to be sent: refused ones unchanged since are told, not waiting."""
    changed, gone = _changed(conn)
    live = len(_never_uploaded(conn)) + len(changed)
    outbox = conn.execute(
        select(func.count()).select_from(SO).where(SO.c.kind != "article")
    ).scalar_one()
    return live + len(gone) + int(outbox) - len(standing_refusals(conn))


# ----- refusals ------------------------------------------------------------------------------
# An article push the server refused (rights, bad data) is not sent again until the article
# changes here: the same text would be refused the same way. It stays dirty, so a pull never
# writes over it, and every sync reports it until it changes or goes through.
REFUSED = "refused:"


def note_refusal(
    conn: Connection, uri: str, article_id: int | None, seq: int, title: str, message: str
) -> None:
    """The push of article *uri* (here *article_id*) at local change *seq* was refused."""
    record = {"article_id": article_id, "seq": seq, "title": title, "message": message}
    set_meta(conn, REFUSED + uri, json.dumps(record, ensure_ascii=False))


def clear_refusal(conn: Connection, uri: str) -> None:
    conn.execute(delete(SM).where(SM.c.key == REFUSED + uri))


def standing_refusals(conn: Connection) -> dict[str, dict]:
    """Refusals of articles not changed here since: server uri -> {article_id, seq, title,
    message}."""
    rows = conn.execute(select(SM.c.key, SM.c.value).where(SM.c.key.like(REFUSED + "%"))).all()
    if not rows:
        return {}
    records = {key.removeprefix(REFUSED): json.loads(value) for key, value in rows}
    ids = [r.get("article_id") for r in records.values() if r.get("article_id") is not None]
    seqs = dict(
        conn.execute(
            select(SA.c.article_id, SA.c.dirty_seq)
            .where(SA.c.article_id.in_(ids), SA.c.dirty_seq > SA.c.pushed_seq)
            .where(select(A.c.id).where(A.c.id == SA.c.article_id).exists())
        ).all()
    )
    return {
        uri: r
        for uri, r in records.items()
        if r.get("article_id") is not None and seqs.get(r["article_id"]) == r.get("seq")
    }


@dataclass(frozen=True, slots=True)
class ArticleState:
    article_id: int
    uri: str
    server_version: int
    dirty_seq: int
    pushed_seq: int
    digest: str

    @property
    def dirty(self) -> bool:
        return self.dirty_seq > self.pushed_seq


def state(conn: Connection, article_id: int) -> ArticleState | None:
    row = conn.execute(select(SA).where(SA.c.article_id == article_id)).one_or_none()
    return ArticleState(*row) if row else None


def local_id_for(conn: Connection, server_uri: str) -> int | None:
    """The local article that is *server_uri* on the server."""
    found = conn.execute(
        select(SA.c.article_id).where(SA.c.uri == server_uri).limit(1)
    ).scalar_one_or_none()
    if found is not None and conn.execute(select(A.c.id).where(A.c.id == found)).first():
        return found
    return conn.execute(
        select(A.c.id).where(or_(A.c.uri == f"urn:uuid:{server_uri}", A.c.uri == server_uri))
    ).scalar_one_or_none()


def local_id_for_uri(repo, server_uri: str) -> int | None:
    """``local_id_for`` through a Repository's own connection."""
    with repo.writes.reading() as conn:
        return local_id_for(conn, server_uri)


def write_state(
    conn: Connection,
    article_id: int,
    *,
    uri: str,
    server_version: int,
    digest: str,
    pushed_seq: int | None = None,
) -> None:
    """The article now matches the server at *server_version* (up to local change
    *pushed_seq*; None: every local change, as after a pull)."""
    values: dict[str, object] = {"uri": uri, "server_version": server_version, "digest": digest}
    current = state(conn, article_id)
    if pushed_seq is None:
        pushed_seq = current.dirty_seq if current else 0
    values["pushed_seq"] = pushed_seq
    if current is None:
        conn.execute(SA.insert().values(article_id=article_id, dirty_seq=0, **values))
    else:
        conn.execute(update(SA).where(SA.c.article_id == article_id).values(**values))


def forget(conn: Connection, article_id: int) -> None:
    conn.execute(delete(SA).where(SA.c.article_id == article_id))


# ----- the outbox ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Op:
    op_id: str
    kind: str
    article_id: int | None
    ref: str
    base_version: int
    seq: int
    doc: dict


def add_op(
    conn: Connection,
    kind: str,
    doc: dict,
    *,
    article_id: int | None = None,
    ref: str = "",
    base_version: int = 0,
    seq: int = 0,
) -> Op:
    op = Op(str(uuid.uuid4()), kind, article_id, ref, base_version, seq, doc)
    conn.execute(
        SO.insert().values(
            op_id=op.op_id,
            kind=kind,
            article_id=article_id,
            ref=ref,
            base_version=base_version,
            seq=seq,
            doc=json.dumps(doc, ensure_ascii=False),
            created=utcnow(),
        )
    )
    return op


def save_ops(conn: Connection, ops: list[Op]) -> None:
    """Write *ops* down (one statement), before any of them is sent."""
    if not ops:
        return
    now = utcnow()
    conn.execute(
        SO.insert(),
        [
            {
                "op_id": op.op_id,
                "kind": op.kind,
                "article_id": op.article_id,
                "ref": op.ref,
                "base_version": op.base_version,
                "seq": op.seq,
                "doc": json.dumps(op.doc, ensure_ascii=False),
                "created": now,
            }
            for op in ops
        ],
    )


def new_op(kind: str, doc: dict, **fields) -> Op:
    return Op(
        str(uuid.uuid4()),
        kind,
        fields.get("article_id"),
        fields.get("ref", ""),
        fields.get("base_version", 0),
        fields.get("seq", 0),
        doc,
    )


def pending_ops(conn: Connection, kind: str | None = None) -> list[Op]:
    stmt = select(SO).order_by(SO.c.created, text("sync_outbox.rowid"))
    if kind:
        stmt = stmt.where(SO.c.kind == kind)
    return [
        Op(r.op_id, r.kind, r.article_id, r.ref, r.base_version, r.seq, json.loads(r.doc))
        for r in conn.execute(stmt)
    ]


def drop_op(conn: Connection, op_id: str) -> None:
    conn.execute(delete(SO).where(SO.c.op_id == op_id))


def drop_ops(conn: Connection, op_ids: list[str]) -> None:
    for start in range(0, len(op_ids), 500):
        conn.execute(delete(SO).where(SO.c.op_id.in_(op_ids[start : start + 500])))


def op_for(conn: Connection, kind: str, ref: str) -> Op | None:
    ops = [o for o in pending_ops(conn, kind) if o.ref == ref]
    return ops[0] if ops else None


# ----- rows already exchanged --------------------------------------------------------------
def pushed_digest(conn: Connection, kind: str, key: str) -> str | None:
    return conn.execute(
        select(SP.c.digest).where(and_(SP.c.kind == kind, SP.c.uuid == key))
    ).scalar_one_or_none()


def pushed_digests(conn: Connection, kind: str) -> dict[str, str]:
    return dict(conn.execute(select(SP.c.uuid, SP.c.digest).where(SP.c.kind == kind)).all())


def mark_pushed(conn: Connection, kind: str, key: str, digest: str = "") -> None:
    stmt = sqlite_insert(SP).values(kind=kind, uuid=key, digest=digest)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[SP.c.kind, SP.c.uuid], set_={"digest": stmt.excluded.digest}
        )
    )
