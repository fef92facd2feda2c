"""The trash (Thùng rác): articles moved out of the library, restorable until emptied.

Trashing sets ``article.deleted_at``; every list, search and suggestion leaves such articles
out, and links to them show as broken. Emptying the trash deletes the rows for good (their
revisions, photos, tags and links go with them by foreign key) and then removes from the
media folder every photo file no remaining article uses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, select, update

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError, NotFoundError
from lnv_editor.store.changes import ChangeFeed, Part, Transaction
from lnv_editor.store.models import Article, Photo
from lnv_editor.store.search_index import index_row

A = Article.__table__
P = Photo.__table__


@dataclass(frozen=True, slots=True)
class PurgeResult:
    article_ids: tuple[int, ...]
    files_removed: int  # photo originals that left the media folder
    photos_kept: int  # photo files still used by another article, so kept


class TrashRepository:
    def __init__(
        self, engine: Engine, now, writes: ChangeFeed, media: Callable[[], object] | None = None
    ) -> None:
        self.engine = engine
        self.writes = writes
        self._now = now
        self._media = media

    # ----- reads -------------------------------------------------------------------------
    def ids(self) -> list[int]:
        """Trashed articles, most recently trashed first."""
        stmt = (
            select(A.c.id)
            .where(A.c.deleted_at.is_not(None))
            .order_by(A.c.deleted_at.desc(), A.c.id.desc())
        )
        with self.engine.connect() as conn:
            return list(conn.execute(stmt).scalars())

    def is_trashed(self, article_id: int) -> bool:
        with self.engine.connect() as conn:
            deleted = conn.execute(select(A.c.deleted_at).where(A.c.id == article_id)).one_or_none()
        return deleted is not None and deleted[0] is not None

    # ----- writes ------------------------------------------------------------------------
    def trash(self, article_ids: Sequence[int]) -> list[int]:
        """Move *article_ids* to the trash in one transaction; returns those that were not
        there already (what an undo restores)."""
        with self.writes.transaction() as tx:
            moved = self._live(tx.conn, article_ids, trashed=False)
            if moved:
                tx.conn.execute(update(A).where(A.c.id.in_(moved)).values(deleted_at=self._now()))
            for article_id in moved:
                tx.touch(article_id, Part.DELETED)
        return moved

    def restore(self, article_ids: Sequence[int]) -> list[int]:
        """Bring *article_ids* back from the trash in one transaction; returns those restored."""
        with self.writes.transaction() as tx:
            restored = self._live(tx.conn, article_ids, trashed=True)
            if restored:
                tx.conn.execute(update(A).where(A.c.id.in_(restored)).values(deleted_at=None))
            for article_id in restored:
                # They reappear in lists, as a new article would.
                tx.touch(article_id, Part.CREATED)
        return restored

    def purge(self, article_ids: Sequence[int] | None = None) -> PurgeResult:
        """Delete trashed articles for good (all of the trash when *article_ids* is None).
        Not undoable. An article that is not in the trash is refused: trash it first."""
        with self.writes.transaction() as tx:
            ids, unused, kept = self.purge_rows(tx, article_ids)
        return PurgeResult(ids, self.remove_files(unused), kept)

    def purge_rows(
        self, tx: Transaction, article_ids: Sequence[int] | None, *, live_too: bool = False
    ) -> tuple[tuple[int, ...], set[str], int]:
        """The rows of ``purge``, in the caller's transaction *tx*: (the ids deleted, the
        photo files no article uses any more, how many photo files stay in use). The caller
        removes the files with ``remove_files`` once *tx* has committed. *live_too*: articles
        not in the trash are deleted too (the newsroom server purged them: lnv_editor/sync)."""
        conn = tx.conn
        if article_ids is None:
            ids = list(conn.execute(select(A.c.id).where(A.c.deleted_at.is_not(None))).scalars())
        else:
            ids = list(dict.fromkeys(int(i) for i in article_ids))
            live = [] if live_too else self._live(conn, ids, trashed=False)
            if live:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Article {id} is not in the trash. Move it to the trash first; only the "
                        "trash can be emptied.",
                    ),
                    id=live[0],
                )
        shas = set(conn.execute(select(P.c.sha256).where(P.c.article_id.in_(ids))).scalars())
        if ids:
            conn.execute(A.delete().where(A.c.id.in_(ids)))
        for article_id in ids:
            index_row(conn, article_id)
            tx.touch(article_id, Part.DELETED)
        # Same transaction: a photo another article uses (same sha256, even one removed
        # but undoable) keeps its file.
        used = set(conn.execute(select(P.c.sha256).where(P.c.sha256.in_(shas))).scalars())
        return tuple(ids), shas - used, len(shas & used)

    def remove_files(self, unused: set[str]) -> int:
        """Remove from the media folder the photo files ``purge_rows`` found unused, after
        its transaction committed (had it failed, every file would still be needed)."""
        removed = 0
        media = self._media() if self._media is not None and unused else None
        for sha in sorted(unused):
            if media.has(sha):
                media.delete(sha)
                removed += 1
        return removed

    def _live(self, conn, article_ids: Sequence[int], *, trashed: bool) -> list[int]:
        """Those of *article_ids* that are (not) trashed; NotFoundError for an unknown id."""
        ids = list(dict.fromkeys(int(i) for i in article_ids))
        if not ids:
            return []
        rows = dict(conn.execute(select(A.c.id, A.c.deleted_at).where(A.c.id.in_(ids))).all())
        for article_id in ids:
            if article_id not in rows:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no article with id {id}."), id=article_id
                )
        return [i for i in ids if (rows[i] is not None) == trashed]
