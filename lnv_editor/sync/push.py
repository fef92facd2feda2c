"""Sending the laptop's changes: photo files first (by SHA-256), then each changed article
with the server version its text is based on, then its comments and workflow steps.

Every push is first written to the outbox (``sync_outbox``) with its operation id and
committed; only then sent. After a crash or a cut connection the same operation is sent
again with the same id, and the server, which remembers the ids it applied, answers with
the stored result instead of applying it twice."""

from __future__ import annotations

import hashlib
import threading

from sqlalchemy import delete, select, update

from lnv_editor.store.models import Article, SyncArticle
from lnv_editor.sync import local
from lnv_editor.sync.apply import apply_article, apply_revision
from lnv_editor.sync.checks import Hostile, check_article
from lnv_editor.sync.docs import article_doc, digest
from lnv_editor.sync.report import Conflict, Refusal, SyncReport
from lnv_editor.sync.rows import comment_docs, row_digest, transition_docs
from lnv_editor.sync.server import RowRefused, as_json, call

A = Article.__table__
SA = SyncArticle.__table__
THUMB_WIDTH = 320

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

    def cancelled(self) -> bool:
        return bool(self.cancel and self.cancel.is_set())

    def run(self) -> None:
        repo = self.s.repo
        # What a crashed or cut sync had written down goes first, with its own ids.
        with repo.writes.reading() as conn:
            waiting = local.pending_ops(conn)
        for op in waiting:
            if self.cancelled():
                return
            self.send(op)
        with repo.writes.reading() as conn:
            ids = local.dirty_article_ids(conn)
        for article_id in ids:
            if self.cancelled():
                return
            for op in self.prepare(article_id):
                self.send(op)
        self.forget_gone()

    # ----- writing the pushes down --------------------------------------------------------
    def prepare(self, article_id: int) -> list[local.Op]:
        """The article's pushes, committed to the outbox before anything is sent."""
        repo = self.s.repo
        with repo.writes.transaction() as tx:
            conn = tx.conn
            uri_local = conn.execute(
                select(A.c.uri).where(A.c.id == article_id)
            ).scalar_one_or_none()
            if uri_local is None:
                return []
            st = local.state(conn, article_id)
            if st is None:
                # Never uploaded: its row says so, and holds its server id from now on.
                uri = local.server_uuid(uri_local)
                conn.execute(
                    SA.insert().values(article_id=article_id, uri=uri, dirty_seq=1, pushed_seq=0)
                )
                st = local.state(conn, article_id)
            uri = st.uri or local.server_uuid(uri_local)
            doc = article_doc(conn, article_id, uri)
            ops = []
            if st.server_version == 0 or digest(doc) != st.digest:
                ops.append(
                    local.add_op(
                        conn,
                        "article",
                        doc,
                        article_id=article_id,
                        ref=uri,
                        base_version=st.server_version,
                        seq=st.dirty_seq,
                    )
                )
            else:
                conn.execute(
                    update(SA).where(SA.c.article_id == article_id).values(pushed_seq=st.dirty_seq)
                )
            for kind, docs in (
                ("comment", comment_docs(conn, article_id, uri)),
                ("transition", transition_docs(conn, article_id, uri)),
            ):
                sent = local.pushed_digests(conn, kind)
                for row in docs:
                    d = row_digest(row)
                    if sent.get(row["uuid"]) != d and not local.op_for(conn, kind, row["uuid"]):
                        ops.append(
                            local.add_op(conn, kind, row, article_id=article_id, ref=row["uuid"])
                        )
        return ops

    # ----- sending ------------------------------------------------------------------------
    def send(self, op: local.Op) -> None:
        s = self.s
        if op.kind == "article":
            self.upload_photos(op.doc)
            params = (op.op_id, s.laptop, op.base_version, as_json(op.doc))
        else:
            params = (op.op_id, s.laptop, as_json(op.doc))
        try:
            result = call(s.conn, s.address, SQL[op.kind], params)
        except RowRefused as exc:
            self.refused(op, exc.message)
            return
        if op.kind == "article":
            self.article_done(op, result if isinstance(result, dict) else {})
        else:
            with s.repo.writes.transaction() as tx:
                local.drop_op(tx.conn, op.op_id)
                local.mark_pushed(tx.conn, op.kind, op.ref, row_digest(op.doc))
            self.report.sent += 1

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
        self.report.refused.append(Refusal(uri, title, message))

    def article_done(self, op: local.Op, result: dict) -> None:
        s = self.s
        version = int(result.get("version") or 0)
        if result.get("result") == "applied":
            with s.repo.writes.transaction() as tx:
                local.drop_op(tx.conn, op.op_id)
                local.write_state(
                    tx.conn,
                    op.article_id,
                    uri=op.ref,
                    server_version=version,
                    digest=digest(op.doc),
                    pushed_seq=op.seq,
                )
            self.report.sent += 1
            return
        if result.get("result") == "conflict":
            self.conflict(op, str(result.get("revision") or ""))
            return
        self.refused(op, str(result.get("message") or result))

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
                apply_article(s.repo, tx, server_doc, force=True)
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
        with s.repo.writes.reading() as conn:
            sent = local.pushed_digests(conn, "blob")
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
            thumb_path = store.rendition_file(sha, THUMB_WIDTH)
            thumb = thumb_path.read_bytes() if thumb_path.is_file() else None
            try:
                call(s.conn, s.address, "SELECT lnv.put_blob(%s, %s, %s)", (sha, data, thumb))
            except RowRefused as exc:
                self.report.refused.append(
                    Refusal(doc.get("uri", ""), doc.get("title", ""), exc.message)
                )
                continue
            with s.repo.writes.transaction() as tx:
                local.mark_pushed(tx.conn, "blob", sha)
            sent[sha] = ""

    def forget_gone(self) -> None:
        """Articles deleted for good here: their trash state already reached the server."""
        with self.s.repo.writes.transaction() as tx:
            gone = select(A.c.id).where(A.c.id == SA.c.article_id).exists()
            tx.conn.execute(delete(SA).where(~gone))
