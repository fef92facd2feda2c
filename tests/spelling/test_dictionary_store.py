"""The newsroom dictionary in the store: one transaction, one change record, travels along."""

from __future__ import annotations

import pytest

from lnv_editor.core.errors import InputError
from lnv_editor.core.spelling.checker import Speller
from lnv_editor.store.changes import Part
from lnv_editor.store.repository import Repository


def test_adding_a_word_is_one_change_and_travels_with_the_store(tmp_path):
    path = tmp_path / "s.sqlite"
    repo = Repository.open(path)
    changes = []
    repo.writes.subscribe(changes.append)
    try:
        assert repo.dictionary.add("Kà Rò", added_by="Lê Nam") is True
        assert [c.parts for c in changes] == [frozenset({Part.DICTIONARY})]
        # the same word in the other case or tone style is no second entry, and no change
        assert repo.dictionary.add("kà rò") is False
        assert len(changes) == 1
        with pytest.raises(InputError):
            repo.dictionary.add("   ")
        assert len(changes) == 1
    finally:
        repo.close()
    copy = tmp_path / "copy.sqlite"
    import sqlite3

    src, dst = sqlite3.connect(path), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    repo = Repository.open(copy)
    try:
        assert repo.dictionary.words() == ["Kà Rò"]
        assert Speller(repo.dictionary.words()).check("Xóm Kà Rò có nghề rèn.") == ()
    finally:
        repo.close()
