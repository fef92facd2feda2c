"""Pushes that meet on the server: the same operation retried while the first is still open,
and two laptops pushing on the same version at once."""

from __future__ import annotations

import threading
import uuid

import pytest
from server_helpers import article, article_doc, push_article

pytestmark = pytest.mark.required


def _in_thread(fn):
    """Run *fn* in a thread; returns (thread, results list) to join on."""
    results: list = []

    def run():
        try:
            results.append(fn())
        except Exception as exc:  # surfaced by the test's assertion
            results.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, results


def _waiting_on_a_lock(admin, login: str) -> None:
    """Block until *login*'s session waits on a lock (no sleep-and-hope)."""
    for _ in range(500):
        row = admin.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE usename = %s AND wait_event_type = 'Lock'",
            (login,),
        ).fetchone()
        if row[0]:
            return
        admin.execute("SELECT pg_sleep(0.01)")
    raise AssertionError(f"{login} never waited on a lock")


def test_a_retry_racing_the_first_attempt_waits_and_gets_its_result(newsroom):
    lan = newsroom.person("reporter", "lan")
    doc = article_doc()
    op = str(uuid.uuid4())
    with lan.connect() as first, lan.connect() as retry, newsroom.admin() as admin:
        first.execute("BEGIN")
        assert push_article(first, doc, 0, op_id=op)["result"] == "applied"
        thread, results = _in_thread(lambda: push_article(retry, doc, 0, op_id=op))
        _waiting_on_a_lock(admin, lan.login)
        first.execute("COMMIT")
        thread.join(10)
        assert results == [{"result": "applied", "version": 1}]
        assert admin.execute("SELECT count(*) FROM lnv.revision").fetchone()[0] == 0


def test_a_retry_after_the_first_attempt_rolled_back_applies_once(newsroom):
    lan = newsroom.person("reporter", "lan")
    doc = article_doc()
    op = str(uuid.uuid4())
    with lan.connect() as first, lan.connect() as retry, newsroom.admin() as admin:
        first.execute("BEGIN")
        push_article(first, doc, 0, op_id=op)
        thread, results = _in_thread(lambda: push_article(retry, doc, 0, op_id=op))
        _waiting_on_a_lock(admin, lan.login)
        first.execute("ROLLBACK")  # e.g. the connection was cut mid-push
        thread.join(10)
        assert results == [{"result": "applied", "version": 1}]
        assert article(admin, doc["uri"])["version"] == 1


def test_two_laptops_on_the_same_version_one_wins_the_other_is_kept(newsroom):
    lan = newsroom.person("reporter", "lan")
    doc = article_doc()
    with lan.connect() as a, lan.connect() as b, newsroom.admin() as admin:
        push_article(a, doc, 0)
        a.execute("BEGIN")
        assert push_article(a, {**doc, "body": "Máy A."}, 1)["result"] == "applied"
        thread, results = _in_thread(lambda: push_article(b, {**doc, "body": "Máy B."}, 1))
        _waiting_on_a_lock(admin, lan.login)
        a.execute("COMMIT")
        thread.join(10)
        (result,) = results
        assert result["result"] == "conflict" and result["version"] == 2
        assert article(admin, doc["uri"])["body"] == "Máy A."
        kept = admin.execute(
            "SELECT body FROM lnv.revision WHERE uuid = %s", (result["revision"],)
        ).fetchone()
        assert kept == ("Máy B.",)


def test_two_laptops_creating_the_same_article_at_once(newsroom):
    lan = newsroom.person("reporter", "lan")
    doc = article_doc()
    with lan.connect() as a, lan.connect() as b, newsroom.admin() as admin:
        a.execute("BEGIN")
        push_article(a, {**doc, "body": "A"}, 0)
        thread, results = _in_thread(lambda: push_article(b, {**doc, "body": "B"}, 0))
        _waiting_on_a_lock(admin, lan.login)
        a.execute("COMMIT")
        thread.join(10)
        assert results[0]["result"] == "conflict"
        assert article(admin, doc["uri"])["body"] == "A"
