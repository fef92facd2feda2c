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
    assert not report.ok and report.pending == 1  # kept here, not lost
    with newsroom.admin() as conn:
        assert conn.execute("SELECT body FROM lnv.article").fetchone()[0] == "Thân bài."


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
