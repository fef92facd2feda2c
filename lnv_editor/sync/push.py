"""Sending the laptop's changes: photo files first (by SHA-256), then each changed article
with the server version its text is based on, then its comments and workflow steps.

Every push is first written to the outbox (``sync_outbox``) with its operation id and
committed; only then sent. After a crash or a cut connection the same operation is sent
again with the same id, and the server, which remembers the ids it applied, answers with
the stored result instead of applying it twice."""

from __future__ import annotations

import hashlib
import threading

from sqlalchemy import bindparam, delete, select, update

from lnv_editor.media.renditions import rendition_path
from lnv_editor.store.models import Article, SyncArticle
from lnv_editor.sync import house_style, local
from lnv_editor.sync.apply import apply_revision
from lnv_editor.sync.checks import Hostile, check_article
from lnv_editor.sync.docs import article_docs, digest
from lnv_editor.sync.incoming import Known, apply_articles
from lnv_editor.sync.purges import keep_copy
from lnv_editor.sync.report import Conflict, Refusal, SyncReport
from lnv_editor.sync.rows import comment_docs, row_digest, transition_docs
from lnv_editor.sync.server import RowRefused, as_json, call

A = Article.__table__
SA = SyncArticle.__table__
THUMB_WIDTH = 320
CHUNK = 100  # articles written down (and their results recorded) per store transaction
PURGED = "LNV01"  # the article was purged on the server (migration s0005)

SQL = {
    "article": "SELECT lnv.push_article(%s, %s, %s, %s)",
    "comment": "SELECT lnv.push_comment(%s, %s, %s)",
    "transition": "SELECT lnv.push_transition(%s, %s, %s)",
}


class Pusher:
    def __init__(self, session, report: SyncReport, cancel: threading.Event | None) -> None:
        self.s = session  # engine.Session: repo, conn, address, laptop, media
        self.report = report
        self.cancel = cancel
        self.blobs_sent: set[str] | None = None
        self.kept: set[int] = set()  # articles kept as new ones during this push

    def cancelled(self) -> bool:
        return bool(self.cancel and self.cancel.is_set())

    def run(self) -> None:
        repo = self.s.repo
        self.kept.clear()  # what was kept in an earlier run is a new article now: sent
        # What a crashed or cut sync had written down goes first, with its own ids.
        with repo.writes.reading() as conn:
            waiting = local.pending_ops(conn)
        self.send_all(waiting)
        with repo.writes.reading() as conn:
            ids = local.dirty_article_ids(conn)
        for start in range(0, len(ids), CHUNK):
            if self.cancelled():
                return
            self.send_all(self.prepare(ids[start : start + CHUNK]))
        self.forget_gone()
        if not self.cancelled():
            house_style.push(self.s, self.report)

    # ----- writing the pushes down --------------------------------------------------------
    def prepare(self, ids: list[int]) -> list[local.Op]:
        """The articles' pushes, committed to the outbox before anything is sent."""
        repo = self.s.repo
        with repo.writes.transaction() as tx:
            conn = tx.conn
            local_uris = dict(conn.execute(select(A.c.id, A.c.uri).where(A.c.id.in_(ids))).all())
            states = {
                r.article_id: local.ArticleState(*r)
                for r in conn.execute(select(SA).where(SA.c.article_id.in_(ids)))
            }
            new = [i for i in ids if i in local_uris and i not in states]
            if new:
                # Never uploaded: the row says so, and holds its server id from now on.
                rows = [
                    {"article_id": i, "uri": local.server_uuid(local_uris[i]), "dirty_seq": 1}
                    for i in new
                ]
                conn.execute(SA.insert().values(pushed_seq=0), rows)
                for row in rows:
                    states[row["article_id"]] = local.ArticleState(
                        row["article_id"], row["uri"], 0, 1, 0, ""
                    )
            uris = {
                i: states[i].uri or local.server_uuid(local_uris[i]) for i in ids if i in local_uris
            }
            # Refused and unchanged since: the same text would be refused again.
            refused = {r["article_id"] for r in local.standing_refusals(conn).values()}
            uris = {i: u for i, u in uris.items() if i not in refused}
            docs = article_docs(conn, uris)
            ops: list[local.Op] = []
            clean = []
            for article_id, uri in uris.items():
                st, doc = states[article_id], docs[article_id]
                if st.server_version == 0 or digest(doc) != st.digest:
                    ops.append(
                        local.new_op(
                            "article",
                            doc,
                            article_id=article_id,
                            ref=uri,
                            base_version=st.server_version,
                            seq=st.dirty_seq,
                        )
                    )
                else:
                    clean.append({"_id": article_id, "seq": st.dirty_seq})
            if clean:
                conn.execute(
                    update(SA)
                    .where(SA.c.article_id == bindparam("_id"))
                    .values(pushed_seq=bindparam("seq")),
                    clean,
                )
            waiting = {(o.kind, o.ref) for o in local.pending_ops(conn)}
            for kind, rows in (
                ("comment", comment_docs(conn, uris)),
                ("transition", transition_docs(conn, uris)),
            ):
                sent = local.pushed_digests(conn, kind)
                for row in rows:
                    if (
                        sent.get(row["uuid"]) != row_digest(row)
                        and (kind, row["uuid"]) not in waiting
                    ):
                        article_id = local.local_id_for(conn, row["article_uri"])
                        ops.append(local.new_op(kind, row, article_id=article_id, ref=row["uuid"]))
            local.save_ops(conn, ops)
        return ops

    # ----- sending ------------------------------------------------------------------------
    def send_all(self, ops: list[local.Op]) -> None:
        """Send *ops* in order; what the server applied is written down in one store
        transaction at the end (or when the connection drops: what came back is kept)."""
        done: list[tuple[local.Op, dict]] = []
        try:
            for op in ops:
                if self.cancelled():
                    return
                if op.article_id in self.kept:
                    continue  # dropped with its article's old uri; written anew next time
                result = self.send(op)
                if result is not None:
                    done.append((op, result))
        finally:
            self.record(done)

    def send(self, op: local.Op) -> dict | None:
        """The server's answer when it applied *op*; None when refused or in conflict
        (handled here)."""
        s = self.s
        if op.kind == "article":
            self.upload_photos(op.doc)
            params = (op.op_id, s.laptop, op.base_version, as_json(op.doc))
        else:
            params = (op.op_id, s.laptop, as_json(op.doc))
        try:
            result = call(s.conn, s.address, SQL[op.kind], params)
        except RowRefused as exc:
            if op.article_id is not None and self.purged_there(op, exc):
                # Deleted for good on the server meanwhile: what we wrote stays, as a new
                # article (its comments and steps go with it, sent again under its new uri).
                with s.repo.writes.transaction() as tx:
                    uri = op.ref if op.kind == "article" else op.doc.get("article_uri", "")
                    self.report.kept.append(keep_copy(tx, op.article_id, uri))
                self.kept.add(op.article_id)
                return None
            self.refused(op, exc.message)
            return None
        result = result if isinstance(result, dict) else {}
        if result.get("result") == "applied":
            return result
        if op.kind == "article" and result.get("result") == "conflict":
            self.conflict(op, str(result.get("revision") or ""))
            return None
        if op.kind == "transition" and result.get("result") == "stale":
            return result  # the article left that status meanwhile: the step is moot
        self.refused(op, str(result.get("message") or result))
        return None

    def purged_there(self, op: local.Op, exc: RowRefused) -> bool:
        """The server refused *op* because its article was purged there."""
        if op.kind == "article":
            return exc.sqlstate == PURGED
        try:  # a comment or step of an article no longer there: purged, or refused for good
            return bool(
                call(
                    self.s.conn,
                    self.s.address,
                    "SELECT EXISTS (SELECT FROM lnv.purge WHERE uri::text = %s)",
                    (str(op.doc.get("article_uri", "")),),
                )
            )
        except RowRefused:
            return False

    def record(self, done: list[tuple[local.Op, dict]]) -> None:
        if not done:
            return
        articles = [
            {
                "_id": op.article_id,
                "uri": op.ref,
                "version": int(result.get("version") or 0),
                "digest": digest(op.doc),
                "seq": op.seq,
            }
            for op, result in done
            if op.kind == "article"
        ]
        with self.s.repo.writes.transaction() as tx:
            local.drop_ops(tx.conn, [op.op_id for op, _ in done])
            for op, _ in done:
                if op.kind == "article":
                    local.clear_refusal(tx.conn, op.ref)
            if articles:
                tx.conn.execute(
                    update(SA)
                    .where(SA.c.article_id == bindparam("_id"))
                    .values(
                        uri=bindparam("uri"),
                        server_version=bindparam("version"),
                        digest=bindparam("digest"),
                        pushed_seq=bindparam("seq"),
                    ),
                    articles,
                )
            for op, _ in done:
                if op.kind != "article":
                    local.mark_pushed(tx.conn, op.kind, op.ref, row_digest(op.doc))
        self.report.sent += len(done)

    def refused(self, op: local.Op, message: str) -> None:
        title = op.doc.get("title", "") if op.kind == "article" else ""
        uri = op.doc.get("uri") or op.doc.get("article_uri") or ""
        with self.s.repo.writes.transaction() as tx:
            local.drop_op(tx.conn, op.op_id)
            if not title:
                article_id = local.local_id_for(tx.conn, uri)
                if article_id is not None:
                    title = tx.conn.execute(
                        select(A.c.title).where(A.c.id == article_id)
                    ).scalar_one()
            if op.kind == "article":
                local.note_refusal(tx.conn, op.ref, op.article_id, op.seq, title, message)
        self.report.refused.append(Refusal(uri, title, message))

    def conflict(self, op: local.Op, revision_uuid: str) -> None:
        """Someone else's text won on the server, which kept ours as a conflict revision.
        Here: ours is kept as a 'conflict' revision too, and theirs becomes the text."""
        s = self.s
        raw = call(
            s.conn, s.address, "SELECT to_jsonb(a) FROM lnv.article a WHERE uri = %s", (op.ref,)
        )
        try:
            server_doc = check_article(raw)
        except Hostile as exc:
            self.refused(op, exc.args[0])
            return
        with s.repo.writes.incoming(), s.repo.writes.transaction() as tx:
            local.drop_op(tx.conn, op.op_id)
            ours = dict(op.doc) | {
                "uuid": revision_uuid or op.op_id,
                "article_uri": op.ref,
                "article_version": op.base_version,
                "reason": "conflict",
            }
            apply_revision(tx, ours)
            st = local.state(tx.conn, op.article_id)
            if st is not None and st.dirty_seq <= op.seq:
                apply_articles(s.repo, tx, [server_doc], Known(tx.conn, [op.ref]), force=True)
                local.write_state(
                    tx.conn,
                    op.article_id,
                    uri=op.ref,
                    server_version=server_doc["version"],
                    digest=local.state(tx.conn, op.article_id).digest,
                    pushed_seq=op.seq,
                )
        self.report.conflicts.append(Conflict(op.ref, op.doc.get("title", ""), revision_uuid))

    # ----- photo files --------------------------------------------------------------------
    def upload_photos(self, doc: dict) -> None:
        s = self.s
        store = s.media
        if store is None:
            return
        if self.blobs_sent is None:
            with s.repo.writes.reading() as conn:
                self.blobs_sent = set(local.pushed_digests(conn, "blob"))
        sent = self.blobs_sent
        for photo in doc.get("photos") or []:
            sha = photo.get("sha256", "")
            if not sha or sha in sent:
                continue
            path = store.find_original(sha)
            if path is None:
                continue  # not on this laptop: someone else's, already on the server
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() != sha:
                continue  # a damaged file is not sent; the server keeps its own copy
            thumb = None
            try:
                thumb = rendition_path(store, sha, THUMB_WIDTH).read_bytes()
            except Exception:  # no thumbnail: the others make their own from the original
                thumb = None
            try:
                call(s.conn, s.address, "SELECT lnv.put_blob(%s, %s, %s)", (sha, data, thumb))
            except RowRefused as exc:
                self.report.refused.append(
                    Refusal(doc.get("uri", ""), doc.get("title", ""), exc.message)
                )
                continue
            with s.repo.writes.transaction() as tx:
                local.mark_pushed(tx.conn, "blob", sha)
            sent.add(sha)

    def forget_gone(self) -> None:
        """Articles deleted for good here (the trash emptied): their trash state already
        reached the server, which keeps the tombstone; the desk's laptop deletes them there
        too (``lnv.purge_article``: the server lets only the desk, and only from its trash)."""
        repo = self.s.repo
        with repo.writes.reading() as conn:
            if local.forgotten_count(conn) <= 0:
                return  # the usual case, told by three counts without a write
            desk = local.get_meta(conn, local.ROLE) == "desk"
            gone = select(SA.c.uri, SA.c.article_id).where(
                SA.c.article_id.in_(select(SA.c.article_id).except_(select(A.c.id))),
                SA.c.server_version > 0,
                SA.c.uri != "",
            )
            purge = conn.execute(gone).all() if desk else []
        for uri, _ in purge:
            if self.cancelled():
                return  # what is left is purged next time
            try:
                call(self.s.conn, self.s.address, "SELECT lnv.purge_article(%s)", (uri,))
            except RowRefused as exc:
                self.report.refused.append(Refusal(uri, "", exc.message))
        with repo.writes.transaction() as tx:
            gone = select(SA.c.article_id).except_(select(A.c.id))
            tx.conn.execute(delete(SA).where(SA.c.article_id.in_(gone)))
