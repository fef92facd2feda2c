"""Articles the newsroom server deleted for good (the desk emptied its trash): they leave this
laptop too, through the store's own purge (article, revisions, comments, steps, photos, search
index), in one transaction announcing one change record.

Except what would lose words: an article changed here and not sent yet is not deleted. Its
text stays as a new article (a new uri, its title marked "(kept copy)"), sent to the server as
such, and the report says so (``SyncReport.kept``)."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select, update

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.core.vietnamese import sort_string
from lnv_editor.store.changes import Part
from lnv_editor.store.models import Article, SyncArticle, SyncOutbox
from lnv_editor.store.search_index import index_row
from lnv_editor.sync import local
from lnv_editor.sync.checks import Hostile, check_uuid
from lnv_editor.sync.messages import translated
from lnv_editor.sync.report import Kept, SyncReport

A = Article.__table__
SA = SyncArticle.__table__
SO = SyncOutbox.__table__

KEPT_TITLE = QT_TRANSLATE_NOOP("Sync", "{title} (kept copy)")


def purged_uris(docs: list[object]) -> list[str]:
    """The server uris of the purge rows of a pull (a malformed one is skipped: it names no
    article of this laptop)."""
    uris = []
    for doc in docs:
        try:
            uris.append(check_uuid(doc.get("uri") if isinstance(doc, dict) else None, "article"))
        except Hostile:
            continue
    return list(dict.fromkeys(uris))


def apply_purges(repo, report: SyncReport, uris: list[str]) -> None:
    """Remove from the store the articles the server purged (*uris*), keeping as new articles
    those changed here and not sent: one transaction, one change record. Whether an article
    is unsent is read inside that write transaction, so a save racing the sync is seen."""
    if not uris:
        return
    # Incoming: the server's deletion, not a change of this laptop to send back.
    with repo.writes.incoming(), repo.writes.transaction() as tx:
        conn = tx.conn
        here = {uri: local.local_id_for(conn, uri) for uri in uris}
        here = {uri: i for uri, i in here.items() if i is not None}
        if not here:
            return
        states = {
            r.article_id: local.ArticleState(*r)
            for r in conn.execute(select(SA).where(SA.c.article_id.in_(list(here.values()))))
        }
        doomed = []
        for uri, article_id in here.items():
            st = states.get(article_id)
            if st is None or st.dirty:
                report.kept.append(keep_copy(tx, article_id, uri))
            else:
                doomed.append(article_id)
        ids, unused, _ = repo.trash.purge_rows(tx, doomed, live_too=True)
        conn.execute(delete(SA).where(SA.c.article_id.in_(ids)))
        conn.execute(delete(SO).where(SO.c.article_id.in_(ids)))
        for uri in here:
            local.clear_refusal(conn, uri)
    repo.trash.remove_files(unused)
    report.purged += len(ids)


def keep_copy(tx, article_id: int, uri: str) -> Kept:
    """In *tx*: article *article_id* (server *uri*, purged there) becomes a new article with
    the same text, history and comments: a new uri, "(kept copy)" after its title, nothing
    waiting to be sent under the old uri, and marked to be sent as a new article."""
    conn = tx.conn
    title = conn.execute(select(A.c.title).where(A.c.id == article_id)).scalar_one()
    new_title = translated("Sync", KEPT_TITLE, title=title)
    conn.execute(
        update(A)
        .where(A.c.id == article_id)
        .values(
            uri=f"urn:uuid:{uuid.uuid4()}",
            title=new_title,
            title_key=sort_string(new_title),
            version=A.c.version + 1,  # an editor showing it loads the new title
        )
    )
    index_row(conn, article_id)
    # Never uploaded, whatever kind of write this is: the next push sends it as new.
    local.forget(conn, article_id)
    conn.execute(SA.insert().values(article_id=article_id, uri="", dirty_seq=1, pushed_seq=0))
    # Pushes written down under the old uri go; the next push makes them anew.
    conn.execute(delete(SO).where(SO.c.article_id == article_id))
    local.clear_refusal(conn, uri)
    tx.touch(article_id, Part.FIELDS)
    return Kept(uri, title, new_title, article_id)
