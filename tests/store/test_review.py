"""The workflow enforced by the store for every caller; comments anchored through edits."""

from __future__ import annotations

import json

import pytest

from lnv_editor.core.errors import ConflictError, InputError
from lnv_editor.core.workflow import WorkflowError
from lnv_editor.store.changes import Part
from lnv_editor.store.comments import CommentRange
from lnv_editor.store.review import NotReadyError

BODY = " ".join(["Nghệ nhân làng gốm Bát Tràng giữ nghề truyền thống qua nhiều thế hệ."] * 16)


@pytest.fixture
def ready_draft(repo):
    a = repo.create(title="Gốm Bát Tràng giữ lửa", lead="Làng gốm vẫn đỏ lửa.", body=BODY)
    repo.tags.set_provinces(a.id, [("01", "Hà Nội")])
    return a


def step(repo, article_id, action, role="reporter", reason="", person="Lê Nam", **kw):
    return repo.review.transition(article_id, action, person=person, role=role, reason=reason, **kw)


ALLOWED = [
    ("draft", "submit", "reporter", "review"),
    ("returned", "submit", "reporter", "review"),
    ("review", "approve", "editor", "ready"),
    ("review", "return", "editor", "returned"),
    ("ready", "return", "editor", "returned"),
    ("ready", "reopen", "reporter", "draft"),
    ("published", "reopen", "editor", "draft"),
]
ROUTE = {  # how to bring a fresh article to each status through the workflow itself
    "draft": [],
    "review": [("submit", "reporter")],
    "returned": [("submit", "reporter"), ("return", "editor")],
    "ready": [("submit", "reporter"), ("approve", "editor")],
    "published": [("submit", "reporter"), ("approve", "editor"), ("publish", None)],
}


def bring_to(repo, article_id, status):
    for action, role in ROUTE[status]:
        if action == "publish":
            repo.review.publish(article_id)
        else:
            step(repo, article_id, action, role, reason="Sửa lại")
    assert repo.get(article_id).status.value == status


@pytest.mark.parametrize(("source", "action", "role", "expected"), ALLOWED)
def test_allowed_steps(repo, ready_draft, source, action, role, expected):
    bring_to(repo, ready_draft.id, source)
    record = step(repo, ready_draft.id, action, role, reason="Thiếu số liệu")
    assert repo.get(ready_draft.id).status.value == expected
    assert (record.from_status, record.to_status, record.person, record.role) == (
        source,
        expected,
        "Lê Nam",
        role,
    )
    assert repo.review.timeline(ready_draft.id)[-1] == record


REFUSED = [
    (s, a)
    for s in ROUTE
    for a in ("submit", "approve", "return", "reopen")
    if (s, a) not in {(x, y) for x, y, _r, _e in ALLOWED}
]


@pytest.mark.parametrize(("source", "action"), REFUSED)
def test_refused_steps_change_nothing(repo, ready_draft, source, action):
    bring_to(repo, ready_draft.id, source)
    before = repo.review.timeline(ready_draft.id)
    with pytest.raises(WorkflowError, match="Cannot"):
        step(repo, ready_draft.id, action, "editor", reason="lý do")
    assert repo.get(ready_draft.id).status.value == source
    assert repo.review.timeline(ready_draft.id) == before


def test_role_reason_and_readiness_are_enforced(repo, ready_draft):
    step(repo, ready_draft.id, "submit")
    with pytest.raises(WorkflowError, match="Only an editor"):
        step(repo, ready_draft.id, "approve", "reporter")
    with pytest.raises(WorkflowError, match="reason is required"):
        step(repo, ready_draft.id, "return", "editor", reason="  ")
    bare = repo.create(title="Chưa có sapo")
    with pytest.raises(NotReadyError) as refused:
        step(repo, bare.id, "submit")
    assert {f.code for f in refused.value.report.errors} == {"no_lead", "no_province"}
    assert repo.get(bare.id).status.value == "draft" and repo.review.timeline(bare.id) == []


def test_approve_refuses_a_text_changed_since_it_was_read(repo, ready_draft):
    step(repo, ready_draft.id, "submit")
    repo.save(ready_draft.id, {"lead": "Sapo mới."}, base_version=1, reason="save")
    with pytest.raises(ConflictError):
        step(repo, ready_draft.id, "approve", "editor", base_version=1)
    assert step(repo, ready_draft.id, "approve", "editor", base_version=2).article_version == 2


def test_save_cannot_go_around_the_workflow(repo, ready_draft):
    a = ready_draft
    for status in ("ready", "published", "returned"):
        with pytest.raises(WorkflowError, match="cannot change from draft"):
            repo.save(a.id, {"status": status, "lead": "Sửa."}, base_version=1, reason="save")
    assert repo.get(a.id).status.value == "draft" and repo.get(a.id).lead == "Làng gốm vẫn đỏ lửa."
    # Submitting with the text is a recorded step (no role or reason needed).
    repo.save(a.id, {"status": "review"}, base_version=1, reason="save")
    (record,) = repo.review.timeline(a.id)
    assert (record.action, record.from_status, record.to_status) == ("submit", "draft", "review")
    assert repo.review.status_refusal(a.id, "ready") is not None
    assert repo.review.status_refusal(a.id, "review") is None  # unchanged: nothing to refuse


def test_editing_approved_text_goes_back_to_review_and_keeps_the_approved_text(repo, ready_draft):
    a = ready_draft
    step(repo, a.id, "submit")
    approval = step(repo, a.id, "approve", "editor", person="Trần Biên")
    approved = repo.review.approved(a.id)
    assert approved.id == approval.revision_id and approved.lead == "Làng gốm vẫn đỏ lửa."
    repo.save(a.id, {"lead": "Sapo sửa sau khi duyệt."}, base_version=1, reason="autosave")
    assert repo.get(a.id).status.value == "review"
    assert repo.review.timeline(a.id)[-1].action == "edited"
    assert repo.review.approved(a.id).lead == "Làng gốm vẫn đỏ lửa."  # export takes this one
    # Only the export publishes, and only a ready article.
    with pytest.raises(WorkflowError, match="Only a ready"):
        repo.review.publish(a.id)
    step(repo, a.id, "approve", "editor")
    repo.review.publish(a.id)
    assert repo.get(a.id).status.value == "published"


def test_status_steps_do_not_bump_the_text_version(repo, ready_draft):
    step(repo, ready_draft.id, "submit")
    assert repo.get(ready_draft.id).version == 1


def test_each_step_announces_one_change(repo, ready_draft):
    seen = []
    repo.writes.subscribe(seen.append)
    step(repo, ready_draft.id, "submit")
    assert len(seen) == 1 and seen[0].touches(ready_draft.id, Part.STATUS, Part.REVIEW)


def test_revisions_keep_captions_and_provinces(repo, ready_draft):
    repo.save(ready_draft.id, {"lead": "Khác."}, base_version=1, reason="save")
    extras = json.loads(repo.revisions(ready_draft.id)[0].extras)
    assert extras == {"captions": {}, "provinces": ["Thành phố Hà Nội"]}


def test_end_to_end_reporter_editor_flow(repo, ready_draft):
    a = ready_draft
    step(repo, a.id, "submit", person="Lê Nam")
    start = a.lead.index("đỏ lửa")
    note = repo.comments.add(
        a.id,
        field="lead",
        start=start,
        end=start + 6,
        text="Thêm số liệu",
        author="Trần Biên",
        role="editor",
    )
    step(repo, a.id, "return", "editor", reason="Sapo thiếu số liệu", person="Trần Biên")
    assert repo.get(a.id).status.value == "returned"
    repo.comments.reply(note.id, text="Đã thêm", author="Lê Nam", role="reporter")
    repo.save(
        a.id, {"lead": "Năm 2025, làng gốm vẫn đỏ lửa với 300 lò."}, base_version=1, reason="save"
    )
    repo.comments.resolve(note.id)
    step(repo, a.id, "submit", person="Lê Nam")
    step(repo, a.id, "approve", "editor", person="Trần Biên", base_version=2)
    timeline = [(t.action, t.person, t.reason) for t in repo.review.timeline(a.id)]
    assert timeline == [
        ("submit", "Lê Nam", ""),
        ("return", "Trần Biên", "Sapo thiếu số liệu"),
        ("submit", "Lê Nam", ""),
        ("approve", "Trần Biên", ""),
    ]
    comments = repo.comments.list(a.id)
    assert [c.text for c in comments] == ["Thêm số liệu", "Đã thêm"]
    root = comments[0]
    assert root.resolved and not root.orphaned
    assert repo.get(a.id).lead[root.start : root.end] == "đỏ lửa"


# ----- comments -----------------------------------------------------------------------------


def test_comment_anchors_follow_saves_deletions_and_a_restore(repo, ready_draft):
    a = ready_draft
    body = repo.get(a.id).body
    start = body.index("Bát Tràng")
    c = repo.comments.add(
        a.id,
        field="body",
        start=start,
        end=start + 9,
        text="Kiểm tra tên",
        author="Biên",
        role="editor",
    )
    repo.save(a.id, {"body": "Mở đầu mới. " + body}, base_version=1, reason="save")
    placed = repo.comments.get(c.id)
    assert (placed.start, placed.orphaned) == (start + 12, False)
    assert repo.comments.ranges(a.id)["body"][0].start == start + 12
    first = repo.revisions(a.id)[0]
    gone = repo.get(a.id).body.replace("Bát Tràng", "Phù Lãng")
    repo.save(a.id, {"body": gone}, base_version=2, reason="save")
    assert repo.comments.get(c.id).orphaned
    assert "body" not in repo.comments.ranges(a.id)  # the preview does not show orphans
    assert [x.id for x in repo.comments.list(a.id)] == [c.id]  # never dropped
    repo.restore_revision(a.id, first.id, base_version=3)
    back = repo.comments.get(c.id)
    assert not back.orphaned and repo.get(a.id).body[back.start : back.end] == "Bát Tràng"


def test_caption_comments_and_bad_input(repo, ready_draft):
    from types import SimpleNamespace

    info = SimpleNamespace(
        sha256="a" * 64, width=10, height=10, format="jpeg", original_name="x.jpg"
    )
    (photo,) = repo.photos.add(ready_draft.id, [info], caption="Lò bầu cổ", alt="Lò")
    c = repo.comments.add(
        ready_draft.id,
        field="caption",
        photo_id=photo.id,
        start=0,
        end=6,
        text="Ghi rõ năm",
        author="B",
        role="editor",
    )
    assert repo.comments.ranges(ready_draft.id) == {
        f"caption:{photo.id}": [CommentRange(c.id, 0, 6, False)]
    }
    repo.photos.update(photo.id, caption="Chiếc Lò bầu cổ")
    assert repo.comments.get(c.id).start == 6
    with pytest.raises(InputError, match="empty"):
        repo.comments.add(
            ready_draft.id, field="lead", start=0, end=1, text=" ", author="B", role="editor"
        )
    with pytest.raises(InputError, match="outside"):
        repo.comments.add(
            ready_draft.id, field="lead", start=0, end=999, text="x", author="B", role="editor"
        )
    with pytest.raises(InputError, match="not a photo"):
        repo.comments.add(
            ready_draft.id,
            field="caption",
            photo_id=999,
            start=0,
            end=1,
            text="x",
            author="B",
            role="editor",
        )
    assert [x.id for x in repo.comments.list(ready_draft.id)] == [c.id]


def test_resolve_and_reopen_act_on_the_thread(repo, ready_draft):
    c = repo.comments.add(
        ready_draft.id, field="title", start=0, end=3, text="Tiêu đề dài", author="B", role="editor"
    )
    r = repo.comments.reply(c.id, text="Đã rút gọn", author="N", role="reporter")
    assert r.parent_id == c.id
    repo.comments.resolve(r.id)  # resolving from a reply resolves its thread
    assert repo.comments.get(c.id).resolved
    assert repo.comments.ranges(ready_draft.id) == {}
    assert "title" in repo.comments.ranges(ready_draft.id, include_resolved=True)
    repo.comments.reopen(c.id)
    assert not repo.comments.get(c.id).resolved


def test_counts_by_status_and_returned_to_me(repo, ready_draft):
    other = repo.create(title="Mây tre đan", lead="Sapo.", body=BODY)
    repo.tags.set_provinces(other.id, [("01", "Hà Nội")])
    assert repo.review.status_counts() == {
        "draft": 2,
        "returned": 0,
        "review": 0,
        "ready": 0,
        "published": 0,
    }
    step(repo, ready_draft.id, "submit", person="Lê Nam")
    step(repo, other.id, "submit", person="Trần Hoà")
    for aid in (ready_draft.id, other.id):
        step(repo, aid, "return", "editor", reason="Sửa sapo", person="Biên")
    assert repo.review.returned_to("Lê Nam") == [ready_draft.id]
    assert repo.review.returned_to("Trần Hoà") == [other.id]
    assert repo.review.returned_to("Biên") == [] and repo.review.returned_to(" ") == []
    step(repo, ready_draft.id, "submit", person="Lê Nam")
    assert repo.review.returned_to("Lê Nam") == []
    assert repo.review.status_counts()["returned"] == 1
    assert repo.review.status_counts()["review"] == 1
