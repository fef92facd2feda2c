"""The newsroom dictionary: words the desk adds from the editor (Thêm vào từ điển tòa soạn).

It lives in the store, so it travels with it: every reporter on the same store, and every
copy of it, accepts the same names. Each addition is one transaction announcing one change
record (Part.DICTIONARY), which every open speller reloads from.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine, insert, select

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError
from lnv_editor.core.spelling.lexicon import key
from lnv_editor.core.vietnamese import nfc
from lnv_editor.store.changes import ChangeFeed, Part
from lnv_editor.store.models import DictionaryWord

D = DictionaryWord.__table__
MAX_LENGTH = 80


class DictionaryService:
    """``repo.dictionary``."""

    def __init__(self, engine: Engine, writes: ChangeFeed, now: Callable[[], datetime]) -> None:
        self.engine = engine
        self.writes = writes
        self.now = now

    def words(self) -> list[str]:
        with self.writes.reading() as conn:
            return list(conn.execute(select(D.c.word).order_by(D.c.id)).scalars())

    def add(self, word: str, *, added_by: str = "") -> bool:
        """Add *word* (a word or a name of a few words); False when it was already there."""
        word = " ".join(nfc(word).split())
        if not word or len(word) > MAX_LENGTH:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "A dictionary word must have 1 to {limit} characters."),
                limit=MAX_LENGTH,
            )
        with self.writes.transaction() as tx:
            found = tx.conn.execute(select(D.c.id).where(D.c.key == key(word))).first()
            if found:
                return False
            tx.conn.execute(
                insert(D).values(word=word, key=key(word), added=self.now(), added_by=added_by)
            )
            tx.touch(None, Part.DICTIONARY)
        return True
