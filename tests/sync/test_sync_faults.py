"""A sync cut short (SIGKILL of the laptop's process, the server restarted, the connection cut
mid-message) loses nothing, duplicates nothing, and the next sync finishes the work."""

from __future__ import annotations

import signal
import sqlite3
import threading
import time

import pytest
from sync_faults import CuttingProxy, start_sync_process

from lnv_editor.sync import local
from lnv_editor.sync.engine import pending_count
from lnv_editor.sync.report import ServerUnavailable

pytestmark = pytest.mark.required


def fill(laptop, n: int) -> None:
    repo = laptop.repo()
    try:
        repo.bulk_insert(
            [{"title": f"Bài {i} của {laptop.login}", "body": f"Đoạn {i}. " * 20} for i in range(n)]
        )
    finally:
        repo.close()


def server_articles(newsroom) -> dict[str, str]:
    with newsroom.admin() as conn:
        return dict(conn.execute("SELECT uri::text, body FROM lnv.article").fetchall())


def local_articles(laptop) -> dict[str, str]:
    repo = laptop.repo()
    try:
        out = {}
        for article_id in repo.list_ids():
            a = repo.get(article_id)
            out[local.server_uuid(a.extra["uri"])] = a.body
        return out
    finally:
        repo.close()


def wait_until(predicate, timeout: float = 60.0, step: float = 0.01) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def test_sigkill_mid_push_resumes_without_duplicate_or_conflict(newsroom):
    lan = newsroom.laptop("reporter", "lan")
    fill(lan, 400)
    proc = start_sync_process(lan.path, lan.url)
    try:
        assert wait_until(lambda: newsroom.count("article") >= 30), proc.stderr.read()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    sent = newsroom.count("article")
    assert 30 <= sent < 400, "the push must be killed in the middle"
    report = lan.sync()
    # The operation cut by the kill is sent again under its own id: the server answers with
    # the stored result, so no article comes back as a conflict with itself.
    assert report.conflicts == [] and report.refused == [] and report.pending == 0
    # Each article went up under exactly one operation id: those written down before the
    # kill were sent again with theirs, not with new ones.
    assert newsroom.count("op") == 400
    assert server_articles(newsroom) == local_articles(lan)
    assert lan.sync().sent == 0


def test_sigkill_mid_pull_applies_whole_batches_and_resumes(newsroom):
    lan = newsroom.laptop("reporter", "lan")
    fill(lan, 1100)
    assert lan.sync().ok
    fresh = newsroom.laptop("editor", "thu")  # a laptop joining the newsroom now
    proc = start_sync_process(fresh.path, fresh.url)

    def local_count() -> int:
        if not fresh.path.exists():
            return 0
        try:
            conn = sqlite3.connect(f"{fresh.path.as_uri()}?mode=ro", uri=True, timeout=0.05)
            try:
                return conn.execute("SELECT count(*) FROM article").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error:
            return 0

    try:
        assert wait_until(lambda: local_count() > 0)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    got = local_count()
    assert 0 < got < 1100, "the pull must be killed in the middle"
    assert got % 500 == 0, "a batch is applied whole or not at all"
    report = fresh.sync()
    assert report.ok and report.conflicts == [] and report.received == 1100 - got
    assert local_articles(fresh) == server_articles(newsroom)
    assert len(local_articles(fresh)) == 1100


def test_server_restarted_mid_sync(newsroom, pg_server):
    lan = newsroom.laptop("reporter", "lan")
    fill(lan, 300)
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(lan.sync())
        except ServerUnavailable as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert wait_until(lambda: newsroom.count("article") >= 20)
    pg_server.restart()
    worker.join(60)
    assert outcome and isinstance(outcome[0], ServerUnavailable)
    assert "lost" in outcome[0].english() or "reach" in outcome[0].english()
    assert 0 < pending_count(lan.path) < 300
    report = lan.sync()
    assert report.ok and report.conflicts == []
    assert server_articles(newsroom) == local_articles(lan)


def test_connection_cut_mid_push_by_a_proxy(newsroom, pg_server):
    lan = newsroom.laptop("reporter", "lan")
    fill(lan, 100)
    proxy = CuttingProxy(pg_server.port, cut_after=40_000)
    try:
        cut_url = lan.url.replace(f":{pg_server.port}/", f":{proxy.port}/")
        with pytest.raises(ServerUnavailable):
            from lnv_editor.sync.address import ServerAddress
            from lnv_editor.sync.engine import SyncEngine

            SyncEngine(lan.path, ServerAddress.parse(cut_url)).sync_once()
        assert proxy.cut.is_set()
    finally:
        proxy.close()
    sent = newsroom.count("article")
    assert 0 < sent < 100
    report = lan.sync()
    assert report.ok and report.conflicts == [] and report.refused == []
    assert server_articles(newsroom) == local_articles(lan)
    assert newsroom.count("article") == 100


def test_a_slow_transaction_is_not_skipped(newsroom):
    """A pull while an older transaction is still open gets its rows on the next pull."""
    lan = newsroom.laptop("reporter", "lan")
    minh = newsroom.laptop("editor", "minh")
    fill(lan, 1)
    assert lan.sync().ok
    with newsroom.admin() as slow:
        slow.execute("BEGIN")
        slow.execute(
            "INSERT INTO lnv.article (uri, owner, title, body, status) VALUES "
            "(gen_random_uuid(), %s, 'Chậm', 'Bài viết chậm', 'draft')",
            (lan.login,),
        )
        fill(lan, 1)  # a later transaction commits first
        assert lan.sync().ok
        assert minh.sync().received == 2
        slow.execute("COMMIT")
    assert minh.sync().received == 1
    assert local_articles(minh) == server_articles(newsroom)
