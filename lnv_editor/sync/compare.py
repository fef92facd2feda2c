"""The full comparison: when the server refused the laptop's pull cursor (a backup restored,
another cluster or database: SQLSTATE 22023) the laptop pulls everything again, and that pull,
one statement in one snapshot, is the server's whole list of (uri, version, deleted) with its
purges. Against it, before anything is written:

- an article this laptop holds as synced that the server lacks, with no purge of it, was lost
  by the server: it is sent again as new (when this laptop's role may create it in its status);
- an article whose server version went back (the server is older than what this laptop saw)
  is sent again on top of the server's version, so the newest text reaches it;
- purged articles leave through ``sync/purges.py`` and newer versions come with the pull as
  usual.

Purge records are kept for good on the server, so a laptop away for any length of time learns
of every purge through its ordinary pull; only a refused cursor needs this comparison."""

from __future__ import annotations

from sqlalchemy import bindparam, select, update

from lnv_editor.store.models import Article, SyncArticle
from lnv_editor.sync import local

A = Article.__table__
SA = SyncArticle.__table__

# What each role may create on the server (migration s0002's insert policies).
CREATABLE = {
    "reporter": {"draft", "returned", "review"},
    "editor": {"draft", "returned", "review", "ready"},
    "desk": {"draft", "returned", "review", "ready", "published"},
}


def server_versions(rows: list[tuple[str, object]]) -> dict[str, int]:
    """uri -> version of every article in a full pull."""
    out: dict[str, int] = {}
    for kind, doc in rows:
        if kind == "article" and isinstance(doc, dict) and isinstance(doc.get("uri"), str):
            version = doc.get("version")
            out[doc["uri"]] = version if isinstance(version, int) else 0
    return out


def mark_lost(repo, versions: dict[str, int], purged: set[str]) -> int:
    """Mark for sending again what the server lost (see the module); returns how many."""
    with repo.writes.transaction() as tx:
        conn = tx.conn
        role = local.get_meta(conn, local.ROLE)
        allowed = CREATABLE.get(role, CREATABLE["reporter"])
        rows = conn.execute(
            select(SA.c.article_id, SA.c.uri, SA.c.server_version, SA.c.dirty_seq, A.c.status)
            .join(A, A.c.id == SA.c.article_id)
            .where(SA.c.server_version > 0, SA.c.uri != "", SA.c.dirty_seq <= SA.c.pushed_seq)
        ).all()
        marks = []
        for article_id, uri, version, dirty_seq, status in rows:
            if uri in purged:
                continue
            if uri not in versions:
                if status not in allowed:
                    continue  # left to a laptop whose role may create it
                base = 0
            elif versions[uri] < version:
                base = versions[uri]
            else:
                continue
            marks.append({"_id": article_id, "base": base, "seq": max(dirty_seq, 1)})
        if marks:
            # Dirty, based on what the server has: the next push sends the text.
            conn.execute(
                update(SA)
                .where(SA.c.article_id == bindparam("_id"))
                .values(
                    server_version=bindparam("base"),
                    digest="",
                    dirty_seq=bindparam("seq"),
                    pushed_seq=0,
                ),
                marks,
            )
    return len(marks)
