"""The workflow table: every step from every status, for each role."""

from __future__ import annotations

import pytest

from lnv_editor.core.article import Status
from lnv_editor.core.errors import InputError
from lnv_editor.core.workflow import (
    USER_ACTIONS,
    Action,
    Role,
    WorkflowError,
    action_for,
    allowed_actions,
    parse_action,
    parse_role,
    status_after_edit,
    target,
)

ALLOWED = {
    (Status.DRAFT, Action.SUBMIT): Status.REVIEW,
    (Status.RETURNED, Action.SUBMIT): Status.REVIEW,
    (Status.REVIEW, Action.APPROVE): Status.READY,
    (Status.REVIEW, Action.RETURN): Status.RETURNED,
    (Status.READY, Action.RETURN): Status.RETURNED,
    (Status.READY, Action.REOPEN): Status.DRAFT,
    (Status.PUBLISHED, Action.REOPEN): Status.DRAFT,
}


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("action", USER_ACTIONS)
def test_every_step_from_every_status(status, action):
    expected = ALLOWED.get((status, action))
    if expected is None:
        with pytest.raises(WorkflowError, match="Cannot"):
            target(status, action, Role.EDITOR, "lý do")
    else:
        assert target(status, action, Role.EDITOR, "lý do") == expected


def test_only_editors_approve():
    with pytest.raises(WorkflowError, match="Only an editor"):
        target(Status.REVIEW, Action.APPROVE, Role.REPORTER)
    assert target(Status.REVIEW, Action.APPROVE, Role.EDITOR) == Status.READY
    assert Action.APPROVE not in allowed_actions(Status.REVIEW, Role.REPORTER)
    assert allowed_actions(Status.REVIEW, Role.EDITOR) == [Action.APPROVE, Action.RETURN]


def test_return_needs_a_reason():
    for reason in ("", "   \n"):
        with pytest.raises(WorkflowError, match="reason is required"):
            target(Status.REVIEW, Action.RETURN, Role.EDITOR, reason)
    assert target(Status.REVIEW, Action.RETURN, Role.EDITOR, "Thiếu ảnh") == Status.RETURNED


def test_a_status_picked_directly_maps_to_its_step():
    assert action_for(Status.DRAFT, Status.REVIEW) == Action.SUBMIT
    assert action_for(Status.READY, Status.DRAFT) == Action.REOPEN
    assert action_for(Status.DRAFT, Status.READY) is None  # no skipping review
    assert action_for(Status.READY, Status.PUBLISHED) is None  # only the export publishes


def test_editing_approved_text_goes_back_to_review():
    assert status_after_edit(Status.READY) == Status.REVIEW
    for status in (Status.DRAFT, Status.RETURNED, Status.REVIEW, Status.PUBLISHED):
        assert status_after_edit(status) == status


def test_bad_names_are_clear_errors():
    with pytest.raises(InputError, match="Unknown role"):
        parse_role("boss")
    with pytest.raises(InputError, match="Unknown action"):
        parse_action("publish")  # the export's step, not a person's
    assert parse_action("approve") == Action.APPROVE


def test_the_desk_may_do_what_an_editor_may_and_on_the_server_only_she_publishes():
    from lnv_editor.core.workflow import SHARED_ROLES, Action, Role, allowed_actions

    for status in Status:
        assert allowed_actions(status, Role.DESK) == allowed_actions(status, Role.EDITOR)
    assert SHARED_ROLES[Action.PUBLISH] == {Role.DESK}
    assert SHARED_ROLES[Action.APPROVE] == {Role.EDITOR, Role.DESK}
    assert Role.REPORTER not in SHARED_ROLES[Action.RETURN]
