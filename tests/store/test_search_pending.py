"""Autosaves index the search later (store/search_pending.py), and no search ever sees it: a
search, the library filtered by one and related-story suggestions first bring the index level
with the saved text, in this process or another, also after a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta

import pytest

from lnv_editor.core.vietnamese import fold
from lnv_editor.store import repository as repository_module
from lnv_editor.store.changes import Part
from lnv_editor.store.clock import utcnow
from lnv_editor.store.repository import Repository
from lnv_editor.store.search_pending import MAX_BEHIND_S, pending

BODY = "Làng gốm Bát Tràng vào mùa Tết. Nghệ nhân nung mẻ gốm men lam."
NEW_WORD = "Khoáivừa"  # a word no other article has (folded: "khoaivua")


def raw_index_finds(repo: Repository, word: str) -> set[int]:
    """The word index as it is, without the search's catch-up."""
    with repo.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT rowid FROM article_fts WHERE article_fts MATCH ?", (fold(word),)
        )
        return {r[0] for r in rows}


def behind(repo: Repository) -> list[int]:
    with repo.engine.connect() as conn:
        return pending(conn)


def autosave(repo: Repository, article_id: int, body: str, reason: str = "autosave"):
    version = repo.get(article_id).version
    return repo.save(article_id, {"body": body}, base_version=version, reason=reason)


@pytest.fixture
def article(repo):
    other = repo.create(title="Làng lụa Vạn Phúc", body="Khung cửi dệt lụa.")
    assert other.id
    return repo.create(title="Gốm Bát Tràng", lead="Mùa Tết", body=BODY)


def test_an_autosave_defers_the_index_and_a_search_catches_it_up(repo, article):
    result = autosave(repo, article.id, BODY + f" {NEW_WORD} xuất hiện.")
    assert result.search_behind
    assert behind(repo) == [article.id]
    assert raw_index_finds(repo, NEW_WORD) == set()  # the index is behind the text...

    hits = repo.search.search(NEW_WORD)  # ...and the search never sees it
    assert [h.id for h in hits] == [article.id]
    assert behind(repo) == []
    assert raw_index_finds(repo, NEW_WORD) == {article.id}
    with repo.engine.connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT body FROM article_fts WHERE rowid = ?", (article.id,)
        ).scalar()
    assert stored == fold(BODY + f" {NEW_WORD} xuất hiện.")


def test_words_typed_out_are_no_longer_found(repo, article):
    autosave(repo, article.id, BODY.replace("men lam", "men rạn"))
    assert [h.id for h in repo.search.search("men lam")] == []
    assert [h.id for h in repo.search.search("men rạn")] == [article.id]


def test_the_library_filter_and_suggestions_catch_up_too(repo, article):
    autosave(repo, article.id, BODY + f" {NEW_WORD}.")
    assert repo.search.matching_ids(NEW_WORD).ids == [article.id]
    assert behind(repo) == []

    autosave(repo, article.id, BODY + " thêm một câu.")
    assert behind(repo) == [article.id]
    repo.search.suggest_related(article.id)
    assert behind(repo) == []

    # The library without words reads no index: nothing is caught up for it.
    autosave(repo, article.id, BODY + " câu khác.")
    assert repo.search.matching_ids("").ids == [article.id, article.id - 1]  # newest first
    assert behind(repo) == [article.id]


def test_a_save_that_is_not_an_autosave_indexes_at_once(repo, article):
    autosave(repo, article.id, BODY + " thêm.")
    assert behind(repo) == [article.id]
    result = autosave(repo, article.id, BODY + f" {NEW_WORD}.", reason="save")
    assert not result.search_behind
    assert behind(repo) == []
    assert raw_index_finds(repo, NEW_WORD) == {article.id}


def test_typing_without_a_pause_still_indexes_every_so_often(repo, article, monkeypatch):
    start = utcnow()
    clock = [start]
    monkeypatch.setattr(repository_module, "utcnow", lambda: clock[0])
    autosave(repo, article.id, BODY + " một.")
    clock[0] = start + timedelta(seconds=MAX_BEHIND_S - 1)
    assert autosave(repo, article.id, BODY + " hai.").search_behind
    assert raw_index_finds(repo, "mot") == set()
    clock[0] = start + timedelta(seconds=MAX_BEHIND_S + 1)
    result = autosave(repo, article.id, BODY + f" {NEW_WORD}.")
    assert not result.search_behind
    assert behind(repo) == []
    assert raw_index_finds(repo, NEW_WORD) == {article.id}


def test_the_catch_up_is_announced_as_the_index_only_and_is_not_uploaded(repo, article):
    autosave(repo, article.id, BODY + f" {NEW_WORD}.")
    with repo.engine.connect() as conn:
        marked = conn.exec_driver_sql(
            "SELECT dirty_seq FROM sync_article WHERE article_id = ?", (article.id,)
        ).scalar()
    changes = []
    repo.writes.subscribe(changes.append)
    assert repo.search.catch_up() == 1
    assert [(c.article_ids, c.parts) for c in changes] == [({article.id}, {Part.INDEX})]
    with repo.engine.connect() as conn:
        assert (
            conn.exec_driver_sql(
                "SELECT dirty_seq FROM sync_article WHERE article_id = ?", (article.id,)
            ).scalar()
            == marked
        )
    assert repo.search.catch_up() == 0  # nothing behind: no write, no change record
    assert len(changes) == 1


def test_another_process_searching_catches_up(repo, article, tmp_path):
    autosave(repo, article.id, BODY + f" {NEW_WORD}.")
    other = Repository.open(repo.path)
    try:
        assert [h.id for h in other.search.search(NEW_WORD)] == [article.id]
    finally:
        other.close()
    assert behind(repo) == []


def test_an_autosave_killed_before_its_catch_up_is_found_after_restart(tmp_path):
    path = tmp_path / "store.sqlite"
    repo = Repository.open(path)
    article_id = repo.create(title="Gốm", body=BODY).id
    repo.close()
    script = textwrap.dedent(
        f"""
        import os, signal
        from lnv_editor.store.repository import Repository
        repo = Repository.open({str(path)!r})
        version = repo.get({article_id}).version
        repo.save({article_id}, {{"body": {BODY + " " + NEW_WORD!r}}}, base_version=version,
                  reason="autosave")
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=os.getcwd(), timeout=120)
    assert done.returncode == -signal.SIGKILL
    repo = Repository.open(path)
    try:
        assert behind(repo) == [article_id]
        assert [h.id for h in repo.search.search(NEW_WORD)] == [article_id]
        assert behind(repo) == []
    finally:
        repo.close()
