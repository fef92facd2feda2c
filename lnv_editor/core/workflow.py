"""The editorial workflow: which action moves an article from which status, and who may do it.

Pure tables and functions; the store enforces them for every caller (store/review.py), the GUI
and the command line only ask them which buttons to offer. Roles are a courtesy of a desktop
app (the person profile in the preferences), not access control: anyone at the keyboard can
change their role. The shared newsroom store will bring real accounts.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from lnv_editor.core.article import Status
from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError


class Role(StrEnum):
    REPORTER = "reporter"  # phóng viên
    EDITOR = "editor"  # biên tập viên
    DESK = (
        "desk"  # thư ký tòa soạn: what an editor may, and on the newsroom server only she publishes
    )


ROLE_LABELS: dict[Role, str] = {
    Role.REPORTER: QT_TRANSLATE_NOOP("Workflow", "Reporter"),
    Role.EDITOR: QT_TRANSLATE_NOOP("Workflow", "Editor"),
    Role.DESK: QT_TRANSLATE_NOOP("Workflow", "Desk"),
}


class Action(StrEnum):
    SUBMIT = "submit"  # Gửi duyệt
    APPROVE = "approve"  # Duyệt
    RETURN = "return"  # Trả lại
    REOPEN = "reopen"  # Mở lại
    # Recorded by the store, never asked for: an approved text was edited, and the export
    # published a ready article.
    EDITED = "edited"
    PUBLISH = "publish"


ACTION_LABELS: dict[Action, str] = {
    Action.SUBMIT: QT_TRANSLATE_NOOP("Workflow", "Submit for review"),
    Action.APPROVE: QT_TRANSLATE_NOOP("Workflow", "Approve"),
    Action.RETURN: QT_TRANSLATE_NOOP("Workflow", "Return"),
    Action.REOPEN: QT_TRANSLATE_NOOP("Workflow", "Reopen"),
    Action.EDITED: QT_TRANSLATE_NOOP("Workflow", "Edited after approval"),
    Action.PUBLISH: QT_TRANSLATE_NOOP("Workflow", "Published"),
}

# The actions a person asks for, in the order buttons show them.
USER_ACTIONS: tuple[Action, ...] = (Action.SUBMIT, Action.APPROVE, Action.RETURN, Action.REOPEN)


@dataclass(frozen=True, slots=True)
class Rule:
    sources: frozenset[Status]
    target: Status
    roles: frozenset[Role]  # who may
    needs_reason: bool = False
    checks_readiness: bool = False  # readiness errors block it (core/readiness.py)


_ANYONE = frozenset(Role)
_EDITORS = frozenset({Role.EDITOR, Role.DESK})
RULES: dict[Action, Rule] = {
    Action.SUBMIT: Rule(
        frozenset({Status.DRAFT, Status.RETURNED}), Status.REVIEW, _ANYONE, checks_readiness=True
    ),
    Action.APPROVE: Rule(frozenset({Status.REVIEW}), Status.READY, _EDITORS, checks_readiness=True),
    Action.RETURN: Rule(
        frozenset({Status.REVIEW, Status.READY}), Status.RETURNED, _ANYONE, needs_reason=True
    ),
    Action.REOPEN: Rule(frozenset({Status.READY, Status.PUBLISHED}), Status.DRAFT, _ANYONE),
    Action.EDITED: Rule(frozenset({Status.READY}), Status.REVIEW, _ANYONE),
    Action.PUBLISH: Rule(frozenset({Status.READY}), Status.PUBLISHED, _ANYONE),
}


# Who may take each action on the newsroom server (lnv_editor/server), where roles are accounts:
# narrower than RULES, which serve one laptop shared by whoever sits at it. A reporter submits;
# editors approve, return and edit approved text (which sends it back to review); only the
# desk publishes and reopens. The server's lnv.rule table holds shared_transitions() (a test
# compares them).
SHARED_ROLES: dict[Action, frozenset[Role]] = {
    Action.SUBMIT: _ANYONE,
    Action.APPROVE: _EDITORS,
    Action.RETURN: _EDITORS,
    Action.REOPEN: frozenset({Role.DESK}),
    Action.EDITED: _EDITORS,
    Action.PUBLISH: frozenset({Role.DESK}),
}


def shared_transitions() -> list[tuple[str, str, str, str]]:
    """(action, from status, to status, role) for every move the newsroom server allows."""
    return sorted(
        (action.value, source.value, rule.target.value, role.value)
        for action, rule in RULES.items()
        for source in rule.sources
        for role in SHARED_ROLES[action]
    )


class WorkflowError(InputError):
    """A status change the workflow does not allow; the message says what would."""


def parse_role(value: object) -> Role:
    try:
        return Role(str(value))
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "Unknown role {role}. Use one of: {choices}."),
            role=value,
            choices=", ".join(r.value for r in Role),
        ) from None


def parse_action(value: object) -> Action:
    try:
        action = Action(str(value))
    except ValueError:
        action = None
    if action not in USER_ACTIONS:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "Unknown action {action}. Use one of: {choices}."),
            action=value,
            choices=", ".join(a.value for a in USER_ACTIONS),
        )
    return action


def refusal(status: Status, action: Action, role: Role, reason: str = "") -> WorkflowError | None:
    """Why *role* may not take *action* on an article in *status* (None: it may). Readiness
    is checked apart: it needs the article's content."""
    rule = RULES[action]
    if status not in rule.sources:
        return WorkflowError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot {action} an article that is {status}; this is possible from: {sources}.",
            ),
            action=action.value,
            status=status.value,
            sources=", ".join(sorted(s.value for s in rule.sources)),
        )
    if role not in rule.roles:
        return WorkflowError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Only an editor may {action} an article. Set your role in the "
                "preferences (or --role editor) if you are one.",
            ),
            action=action.value,
        )
    if rule.needs_reason and not reason.strip():
        return WorkflowError(
            QT_TRANSLATE_NOOP(
                "Errors", "Say why the article goes back: a reason is required to {action} it."
            ),
            action=action.value,
        )
    return None


def target(status: Status, action: Action, role: Role, reason: str = "") -> Status:
    """The status *action* leads to; raises WorkflowError when it is not allowed."""
    error = refusal(status, action, role, reason)
    if error is not None:
        raise error
    return RULES[action].target


def allowed_actions(status: Status, role: Role) -> list[Action]:
    """The user actions *role* may take now, reason and readiness aside."""
    return [a for a in USER_ACTIONS if status in RULES[a].sources and role in RULES[a].roles]


def action_for(source: Status, destination: Status) -> Action | None:
    """The user action that moves *source* to *destination* (a status picked directly)."""
    for action in USER_ACTIONS:
        rule = RULES[action]
        if source in rule.sources and rule.target == destination:
            return action
    return None


def status_after_edit(status: Status) -> Status:
    """Editing an approved text sends it back for review; other statuses stay."""
    return RULES[Action.EDITED].target if status in RULES[Action.EDITED].sources else status
