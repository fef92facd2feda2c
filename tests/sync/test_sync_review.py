"""Review across machines: a submission, a comment and an approval travel between laptops;
LISTEN/NOTIFY wakes a laptop; the server says each person's role."""

from __future__ import annotations

import threading
import time

import pytest

from lnv_editor.core.workflow import Role
from lnv_editor.sync import local
from lnv_editor.sync.engine import server_role, wait_for_changes

pytestmark = pytest.mark.required

BODY = " ".join(["Nghệ nhân làng gốm Bát Tràng giữ nghề truyền thống qua nhiều thế hệ."] * 16)


def test_submit_comment_approve_travel_between_laptops(newsroom):
    lan = newsroom.laptop("reporter", "lan")
    minh = newsroom.laptop("editor", "minh")
    repo = lan.repo()
    try:
        a = repo.create(title="Gốm Bát Tràng giữ lửa", lead="Làng gốm vẫn đỏ lửa.", body=BODY)
        repo.tags.set_provinces(a.id, [("01", "Hà Nội")])
        repo.review.transition(a.id, "submit", person="Lan", role="reporter")
        uri = local.server_uuid(a.extra["uri"])
    finally:
        repo.close()
    first = lan.sync()
    assert first.ok, first
    with newsroom.admin() as conn:
        assert conn.execute("SELECT status FROM lnv.article").fetchone()[0] == "review"
        assert conn.execute("SELECT action FROM lnv.transition").fetchall() == [("submit",)]

    assert minh.sync().ok
    repo = minh.repo()
    try:
        mid = local.local_id_for_uri(repo, uri)
        assert repo.get(mid).status.value == "review"
        assert [t.action for t in repo.review.timeline(mid)] == ["submit"]
        repo.comments.add(
            mid, field="title", start=0, end=3, text="Tiêu đề hay.", author="Minh", role="editor"
        )
        repo.review.transition(mid, "approve", person="Minh", role="editor")
    finally:
        repo.close()
    second = minh.sync()
    assert second.ok and second.refused == [], second

    third = lan.sync()
    assert third.ok
    repo = lan.repo()
    try:
        assert repo.get(a.id).status.value == "ready"
        assert [c.text for c in repo.comments.list(a.id)] == ["Tiêu đề hay."]
        assert [t.action for t in repo.review.timeline(a.id)] == ["submit", "approve"]
    finally:
        repo.close()
    # nothing travels twice
    assert lan.sync().received == 0 and minh.sync().received == 0


def test_a_reporter_cannot_push_over_rights_and_is_told(newsroom):
    lan = newsroom.laptop("reporter", "lan")
    hoa = newsroom.laptop("reporter", "hoa")
    repo = lan.repo()
    a = repo.create(title="Bài của Lan", body="Thân bài.")
    repo.close()
    assert lan.sync().ok and hoa.sync().ok
    uri = local.server_uuid(a.extra["uri"])
    repo = hoa.repo()
    try:
        hid = local.local_id_for_uri(repo, uri)
        repo.save(
            hid, {"body": "Hoa sửa bài của Lan."}, base_version=repo.get(hid).version, reason="save"
        )
    finally:
        repo.close()
    report = hoa.sync()
    assert [r.uri for r in report.refused] == [uri]
    assert "Bài của Lan" in report.refused[0].message or report.refused[0].title == "Bài của Lan"
    assert not report.ok and report.pending == 0  # refused, not waiting: told, not re-sent
    with newsroom.admin() as conn:
        assert conn.execute("SELECT body FROM lnv.article").fetchone()[0] == "Thân bài."

    def refusals_logged() -> int:
        # Each push the server refuses is one ERROR in its log, naming the article's owner.
        log = newsroom.server.log.read_text(encoding="utf-8", errors="replace")
        return sum(1 for line in log.splitlines() if "ERROR" in line and lan.login in line)

    assert refusals_logged() == 1
    # The next syncs do not send the same refused text again, and still say it was refused.
    again = hoa.sync()
    assert [r.uri for r in again.refused] == [uri] and not again.ok and again.pending == 0
    assert refusals_logged() == 1
    # Lan changes her article meanwhile: Hoa's refused text is never overwritten by the pull.
    repo = lan.repo()
    try:
        repo.save(
            a.id, {"body": "Lan viết tiếp."}, base_version=repo.get(a.id).version, reason="save"
        )
    finally:
        repo.close()
    assert lan.sync().ok
    hoa.sync()
    repo = hoa.repo()
    try:
        assert repo.get(hid).body == "Hoa sửa bài của Lan."
        # Hoa edits again: a new text is sent (Lan's newer text wins on the server; Hoa's is
        # kept on both sides as a conflict revision, never lost).
        repo.save(
            hid, {"body": "Hoa sửa lần hai."}, base_version=repo.get(hid).version, reason="save"
        )
    finally:
        repo.close()
    third = hoa.sync()
    assert [c.uri for c in third.conflicts] == [uri] and third.refused == []
    repo = hoa.repo()
    try:
        kept = [repo.revision(r.id) for r in repo.revisions(hid) if r.reason == "conflict"]
        assert [r.body for r in kept] == ["Hoa sửa lần hai."]
        assert repo.get(hid).body == "Lan viết tiếp."
    finally:
        repo.close()
    with newsroom.admin() as conn:
        assert conn.execute("SELECT body FROM lnv.article").fetchone()[0] == "Lan viết tiếp."


def test_wait_for_changes_and_server_role(newsroom):
    lan = newsroom.laptop("reporter", "lan")
    minh = newsroom.laptop("editor", "minh")
    desk = newsroom.laptop("desk", "thu")
    assert server_role(lan.address) == Role.REPORTER
    assert server_role(minh.address) == Role.EDITOR
    assert server_role(desk.address) == Role.DESK
    assert wait_for_changes(minh.address, 0.3) is False
    cancel = threading.Event()
    cancel.set()
    assert wait_for_changes(minh.address, 30, cancel) is False
    woke: list[bool] = []
    listener = threading.Thread(target=lambda: woke.append(wait_for_changes(minh.address, 30)))
    listener.start()
    repo = lan.repo()
    repo.create(title="Bài mới", body="x")
    repo.close()
    time.sleep(0.5)  # the listener is connected and listening before the push
    lan.sync()
    listener.join(30)
    assert woke == [True]
