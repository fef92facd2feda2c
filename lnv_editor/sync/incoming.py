"""Server articles written into the store a batch at a time: a few statements per batch
rather than a dozen per article, so a laptop joining a newsroom of 10,000 articles has them
in seconds. Runs in the caller's transaction (one change record per batch)."""

from __future__ import annotations

import json

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from lnv_editor.core.provinces import province_by_code
from lnv_editor.core.vietnamese import slugify, sort_string, unique_slug
from lnv_editor.store.changes import Part, Transaction
from lnv_editor.store.clock import utcnow
from lnv_editor.store.fields import clean_fields
from lnv_editor.store.models import (
    Article,
    ArticleProvince,
    Photo,
    RelatedLink,
    RelatedMissing,
    Revision,
    SyncArticle,
)
from lnv_editor.store.search_index import index_rows
from lnv_editor.sync import local
from lnv_editor.sync.docs import (
    PHOTO_KEYS,
    TEXT_KEYS,
    article_docs,
    digest,
    parse_time,
    to_local_refs,
)

A = Article.__table__
P = Photo.__table__
AP = ArticleProvince.__table__
RL = RelatedLink.__table__
RM = RelatedMissing.__table__
R = Revision.__table__
SA = SyncArticle.__table__

SKIPPED_DIRTY = "dirty"
UNCHANGED = "unchanged"
WRITTEN = "written"
ALL_PARTS = (Part.FIELDS, Part.STATUS, Part.PHOTOS, Part.PROVINCES, Part.RELATED, Part.REVISIONS)


class Known:
    """Which local article is which server article (server uuid -> local id)."""

    def __init__(self, conn: Connection, only: list[str] | None = None) -> None:
        """Every article of the store; with *only*, those server uuids, looked up together
        (and the rest one by one when asked)."""
        self.conn = conn if only is not None else None
        self.ids: dict[str, int] = {}
        self.absent: set[str] = set()  # looked up, not here
        if only is not None:
            wanted = list(dict.fromkeys(only))
            self.ids = _look_up(conn, wanted)
            self.absent = set(wanted) - set(self.ids)
            return
        for article_id, uri in conn.execute(select(A.c.id, A.c.uri)):
            self.ids[local.server_uuid(uri)] = article_id
        live = set(self.ids.values())
        for article_id, uri in conn.execute(
            select(SA.c.article_id, SA.c.uri).where(SA.c.uri != "")
        ):
            if article_id in live:
                self.ids[uri] = article_id

    def get(self, uri: str) -> int | None:
        if uri not in self.ids and uri not in self.absent and self.conn is not None:
            found = local.local_id_for(self.conn, uri)
            if found is not None:
                self.ids[uri] = found
        return self.ids.get(uri)


def _look_up(conn: Connection, uris: list[str]) -> dict[str, int]:
    """``local.local_id_for`` of many server uuids in a few statements: the bookkeeping's
    uuid of an article still here first, else the article's own uri."""
    found: dict[str, int] = {}
    for start in range(0, len(uris), 400):
        chunk = uris[start : start + 400]
        pairs = conn.execute(
            select(SA.c.uri, SA.c.article_id)
            .where(SA.c.uri.in_(chunk))
            .where(select(A.c.id).where(A.c.id == SA.c.article_id).exists())
        ).all()
        for uri, article_id in pairs:
            found.setdefault(uri, article_id)
        rest = [u for u in chunk if u not in found]
        if not rest:
            continue
        names = {f"urn:uuid:{u}": u for u in rest} | {u: u for u in rest}
        for uri, article_id in conn.execute(
            select(A.c.uri, A.c.id).where(A.c.uri.in_(list(names)))
        ).all():
            found.setdefault(names[uri], article_id)
    return found


def apply_articles(
    repo, tx: Transaction, docs: list[dict], known: Known, *, force: bool = False
) -> dict[str, str]:
    """Write checked server articles; returns uri -> WRITTEN, UNCHANGED (this version is
    here already) or SKIPPED_DIRTY (changed here and not uploaded yet: pushed first, so a
    conflict keeps both texts; *force* writes anyway)."""
    conn = tx.conn
    newest: dict[str, dict] = {}
    for doc in docs:
        if doc["uri"] not in newest or doc["version"] > newest[doc["uri"]]["version"]:
            newest[doc["uri"]] = doc
    ids = {uri: known.get(uri) for uri in newest}
    present = [i for i in ids.values() if i is not None]
    rows = {r.id: r for r in conn.execute(select(A).where(A.c.id.in_(present)))}
    states = {
        r.article_id: local.ArticleState(*r)
        for r in conn.execute(select(SA).where(SA.c.article_id.in_(present)))
    }
    outcomes: dict[str, str] = {}
    fresh: list[dict] = []
    changed: list[tuple[int, dict]] = []
    for uri, doc in newest.items():
        article_id = ids[uri] if ids[uri] in rows else None
        if article_id is None:
            fresh.append(doc)
            continue
        st = states.get(article_id)
        # A status step or a move to the trash leaves the server's version as it is.
        seen = st is not None and (
            st.server_version > doc["version"]
            or (st.server_version == doc["version"] and st.digest == digest(doc))
        )
        if seen and not force:
            outcomes[uri] = UNCHANGED
        elif (st is None or st.dirty) and not force:
            outcomes[uri] = SKIPPED_DIRTY
        else:
            changed.append((article_id, doc))
    if not fresh and not changed:
        return outcomes
    now = utcnow()
    taken = _Slugs(conn)
    cleaned = {doc["uri"]: clean_fields({k: doc[k] for k in TEXT_KEYS}) for doc in newest.values()}
    versions: dict[int, int] = {}
    written: dict[int, dict] = {}
    if fresh:
        values = []
        for doc in fresh:
            v = cleaned[doc["uri"]]
            slug = unique_slug(slugify(v["title"]), taken.__contains__)
            taken.add(slug)
            values.append(
                {
                    "uri": f"urn:uuid:{doc['uri']}",
                    "slug": slug,
                    "created": parse_time(doc.get("created")) or now,
                    "updated": parse_time(doc.get("updated")) or now,
                    "version": 1,
                    "title_key": sort_string(v["title"]),
                    "deleted_at": parse_time(doc.get("deleted_at")),
                    **(v | {"body": "" if doc["photos"] else v["body"]}),
                }
            )
        new_ids = _insert_ids(conn, A, values, A.c.uri, "uri")
        for article_id, doc in zip(new_ids, fresh, strict=True):
            known.ids[doc["uri"]] = article_id
            versions[article_id] = 1
            written[article_id] = doc
            tx.touch(article_id, Part.CREATED)
    if changed:
        params = []
        for article_id, doc in changed:
            row, v = rows[article_id], cleaned[doc["uri"]]
            slug = row.slug
            if row.status != "published" and row.title != v["title"]:
                taken.discard(row.slug)
                slug = unique_slug(slugify(v["title"]), taken.__contains__)
                taken.add(slug)
            deleted_at = parse_time(doc.get("deleted_at"))
            if (row.deleted_at is None) != (deleted_at is None):
                tx.touch(article_id, Part.DELETED if deleted_at else Part.CREATED)
            versions[article_id] = row.version + 1
            written[article_id] = doc
            params.append(
                {
                    "_id": article_id,
                    "slug": slug,
                    "version": row.version + 1,
                    "updated": parse_time(doc.get("updated")) or now,
                    "title_key": sort_string(v["title"]),
                    "deleted_at": deleted_at,
                    **(v | {"body": row.body if doc["photos"] else v["body"]}),
                }
            )
        keys = [k for k in params[0] if k != "_id"]
        conn.execute(
            update(A).where(A.c.id == bindparam("_id")).values({k: bindparam(k) for k in keys}),
            params,
        )
    photo_ids = _place_photos(conn, written, now)
    bodies = [
        {"_id": aid, "body": to_local_refs(cleaned[doc["uri"]]["body"], photo_ids[aid])}
        for aid, doc in written.items()
        if doc["photos"]
    ]
    if bodies:
        conn.execute(
            update(A).where(A.c.id == bindparam("_id")).values(body=bindparam("body")), bodies
        )
    _set_provinces(conn, written)
    _set_related(tx, written, known)
    _write_revisions(conn, written, versions, cleaned, photo_ids, now)
    index_rows(conn, list(written))
    for article_id in written:
        tx.touch(article_id, *ALL_PARTS)
    _write_states(conn, written)
    for doc in written.values():
        outcomes[doc["uri"]] = WRITTEN
    return outcomes


class _Slugs(set):
    """The store's slugs, read when a new one is first needed (most updates keep theirs)."""

    def __init__(self, conn: Connection) -> None:
        super().__init__()
        self.conn: Connection | None = conn

    def _load(self) -> None:
        if self.conn is not None:
            self.update(self.conn.execute(select(A.c.slug)).scalars())
            self.conn = None

    def __contains__(self, slug: object) -> bool:
        self._load()
        return super().__contains__(slug)

    def add(self, slug: str) -> None:
        self._load()
        super().add(slug)

    def discard(self, slug: str) -> None:
        self._load()
        super().discard(slug)


def _insert_ids(conn, table, rows: list[dict], key, name: str) -> list[int]:
    """Insert *rows* in one executemany; their ids, in order, found by their unique *key*
    column (SQLite's RETURNING would send them one statement at a time)."""
    conn.execute(insert(table), rows)
    wanted = [row[name] for row in rows]
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found |= dict(conn.execute(select(key, table.c.id).where(key.in_(chunk))).all())
    return [found[k] for k in wanted]


def _place_photos(conn, written: dict[int, dict], now) -> dict[int, dict[str, int]]:
    """Upsert the photos by uuid; returns article id -> {photo uuid: local id}."""
    out: dict[int, dict[str, int]] = {aid: {} for aid in written}
    wanted = [p["uuid"] for doc in written.values() for p in doc["photos"]]
    if not wanted:
        return out
    found = dict(conn.execute(select(P.c.uuid, P.c.id).where(P.c.uuid.in_(wanted))).all())
    inserts, keys, updates = [], [], []
    for aid, doc in written.items():
        for p in doc["photos"]:
            values = {k: p[k] for k in PHOTO_KEYS}
            values["caption"] = clean_fields({"lead": values["caption"]})["lead"]
            if p["uuid"] in found:
                out[aid][p["uuid"]] = found[p["uuid"]]
                updates.append({"_id": found[p["uuid"]], "article_id": aid, **values})
            else:
                inserts.append({"article_id": aid, "uuid": p["uuid"], "created": now, **values})
                keys.append((aid, p["uuid"]))
    if inserts:
        new = _insert_ids(conn, P, inserts, P.c.uuid, "uuid")
        for (aid, uuid), pid in zip(keys, new, strict=True):
            out[aid][uuid] = pid
    if updates:
        cols = [k for k in updates[0] if k != "_id"]
        conn.execute(
            update(P).where(P.c.id == bindparam("_id")).values({k: bindparam(k) for k in cols}),
            updates,
        )
    return out


def _set_provinces(conn, written: dict[int, dict]) -> None:
    conn.execute(delete(AP).where(AP.c.article_id.in_(list(written))))
    rows = []
    for aid, doc in written.items():
        seen: dict[str, str] = {}
        for p in doc["provinces"]:
            if p["code"]:
                seen.setdefault(p["code"], p["name_used"])
        rows += [
            {"article_id": aid, "code": code, "name_used": used, "position": n}
            for n, (code, used) in enumerate(seen.items())
        ]
    if rows:
        conn.execute(insert(AP), rows)


def _set_related(tx: Transaction, written: dict[int, dict], known: Known) -> None:
    conn = tx.conn
    ids = list(written)
    conn.execute(delete(RL).where(RL.c.article_id.in_(ids)))
    conn.execute(delete(RM).where(RM.c.article_id.in_(ids)))
    links, missing = [], []
    for aid, doc in written.items():
        seen: set[str] = set()
        for r in doc["related"]:
            if r["uri"] in seen:
                continue
            seen.add(r["uri"])
            target = known.get(r["uri"])
            if target == aid:
                continue
            if target is not None:
                links.append({"article_id": aid, "target_id": target, "position": len(links)})
            else:
                missing.append(
                    {
                        "article_id": aid,
                        "uri": f"urn:uuid:{r['uri']}",
                        "title": r["title"],
                        "position": len(missing),
                    }
                )
    if links:
        conn.execute(sqlite_insert(RL).on_conflict_do_nothing(), links)
    if missing:
        conn.execute(sqlite_insert(RM).on_conflict_do_nothing(), missing)
    # Stories that were waiting for one of these (by uri) now link to it.
    arrived = {f"urn:uuid:{doc['uri']}": aid for aid, doc in written.items()}
    waiting = conn.execute(
        select(RM.c.article_id, RM.c.uri, RM.c.position).where(RM.c.uri.in_(list(arrived)))
    ).all()
    for owner, uri, position in waiting:
        conn.execute(
            sqlite_insert(RL)
            .on_conflict_do_nothing()
            .values(article_id=owner, target_id=arrived[uri], position=100 + position)
        )
        conn.execute(delete(RM).where(RM.c.article_id == owner, RM.c.uri == uri))
        tx.touch(owner, Part.RELATED)


def _write_revisions(conn, written, versions, cleaned, photo_ids, now) -> None:
    """A 'sync' snapshot of each article as received; the approved text when it is."""
    rows = []
    for aid, doc in written.items():
        v = cleaned[doc["uri"]]
        captions = {
            str(photo_ids[aid][p["uuid"]]): p["caption"] for p in doc["photos"] if not p["removed"]
        }
        names = []
        for p in doc["provinces"]:
            province = province_by_code(p["code"])
            names.append(province.name if province else p["code"])
        rows.append(
            {
                "article_id": aid,
                "article_version": versions[aid],
                "created": now,
                "reason": "sync",
                "extras": json.dumps(
                    {"captions": captions, "provinces": names}, ensure_ascii=False
                ),
                **(v | {"body": to_local_refs(v["body"], photo_ids[aid])}),
            }
        )
    # One revision per article here: the newest row of each article is the one just added.
    before = conn.execute(select(func.max(R.c.id))).scalar() or 0
    conn.execute(insert(R), rows)
    added = dict(
        conn.execute(
            select(R.c.article_id, func.max(R.c.id)).where(R.c.id > before).group_by(R.c.article_id)
        ).all()
    )
    rev_ids = [added[row["article_id"]] for row in rows]
    approvals = []
    for (aid, doc), rev_id in zip(written.items(), rev_ids, strict=True):
        approved = doc.get("approved_version")
        if approved is None:
            approvals.append({"_id": aid, "av": None, "ar": None})
        elif isinstance(approved, int) and approved == doc["version"]:
            approvals.append({"_id": aid, "av": versions[aid], "ar": rev_id})
    if approvals:
        conn.execute(
            update(A)
            .where(A.c.id == bindparam("_id"))
            .values(approved_version=bindparam("av"), approved_revision_id=bindparam("ar")),
            approvals,
        )


def _write_states(conn, written: dict[int, dict]) -> None:
    """The articles now match the server: their version, and the digest of what is here."""
    docs = article_docs(conn, {aid: doc["uri"] for aid, doc in written.items()})
    rows = [
        {
            "article_id": aid,
            "uri": doc["uri"],
            "server_version": doc["version"],
            "digest": digest(docs.get(aid) or doc),
        }
        for aid, doc in written.items()
    ]
    stmt = sqlite_insert(SA)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[SA.c.article_id],
            set_={
                "uri": stmt.excluded.uri,
                "server_version": stmt.excluded.server_version,
                "digest": stmt.excluded.digest,
                "pushed_seq": SA.c.dirty_seq,
            },
        ),
        rows,
    )
