"""The editorial workflow, enforced for every caller: transitions, their timeline, readiness.

The rules are core/workflow.py's and core/readiness.py's; this module applies them inside the
write transaction, so the GUI, the command line and the export cannot go around them.
``Repository.save`` calls ``status_for_save`` too: a status written with the text must be a legal
step (submit or reopen, the steps that need neither a role nor a reason), and editing an approved
text sends it back for review.

Status steps do not change the article's ``version``: the version guards the text against two
writers, and an approval in one window must not look like a rewrite to the editor in another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, Engine, func, insert, select, update

from lnv_editor.core.article import TEXT_FIELDS, ArticleData, Status
from lnv_editor.core.errors import QT_TRANSLATE_NOOP, ConflictError, LnvError
from lnv_editor.core.readiness import PhotoText, Report, check
from lnv_editor.core.vietnamese import nfc
from lnv_editor.core.workflow import (
    RULES,
    Action,
    Role,
    WorkflowError,
    action_for,
    allowed_actions,
    parse_action,
    parse_role,
    refusal,
    status_after_edit,
)
from lnv_editor.store.changes import ChangeFeed, Part
from lnv_editor.store.models import (
    Article,
    ArticleProvince,
    Photo,
    RelatedLink,
    StatusTransition,
)
from lnv_editor.store.revisions import RevisionInfo, write_snapshot

A = Article.__table__
P = Photo.__table__
AP = ArticleProvince.__table__
RL = RelatedLink.__table__
T = StatusTransition.__table__


@dataclass(frozen=True, slots=True)
class TransitionRecord:
    id: int
    article_id: int
    action: str
    from_status: str
    to_status: str
    person: str
    role: str
    reason: str
    article_version: int
    revision_id: int | None
    at: datetime
    uuid: str | None = field(default=None, compare=False)  # its id on the server (sync)

    def as_json(self) -> dict:
        out = {k: getattr(self, k) for k in self.__slots__ if k not in ("at", "uuid")}
        out["at"] = self.at.isoformat()
        return out


class NotReadyError(WorkflowError):
    """Readiness errors block the step; ``report`` has every finding."""

    def __init__(self, template: str, report: Report, **params: object) -> None:
        self.report = report
        super().__init__(template, **params)


def gather(conn: Connection, article_id: int, fields: dict | None = None) -> Report:
    """The readiness check of an article as stored (or with *fields* over its text)."""
    row = conn.execute(select(A.c.title, A.c.lead, A.c.body).where(A.c.id == article_id)).one()
    texts = {"title": row.title, "lead": row.lead, "body": row.body} | {
        k: v for k, v in (fields or {}).items() if k in ("title", "lead", "body")
    }
    photos = [
        PhotoText(r.id, r.caption, r.alt, r.original_name)
        for r in conn.execute(
            select(P.c.id, P.c.caption, P.c.alt, P.c.original_name)
            .where(P.c.article_id == article_id, P.c.removed.is_(False))
            .order_by(P.c.position, P.c.id)
        )
    ]
    codes = list(conn.execute(select(AP.c.code).where(AP.c.article_id == article_id)).scalars())
    related = [
        (target, title is None)
        for target, title in conn.execute(
            select(RL.c.target_id, A.c.title)
            .select_from(RL.outerjoin(A, A.c.id == RL.c.target_id))
            .where(RL.c.article_id == article_id)
            .order_by(RL.c.position)
        )
    ]
    return check(**texts, photos=photos, provinces=codes, related=related)


class ReviewService:
    """``repo.review``: the workflow of the articles in one store."""

    def __init__(
        self,
        engine: Engine,
        writes: ChangeFeed,
        now: Callable[[], datetime],
        *,
        article: Callable[[int], ArticleData],
        revision: Callable[[int], RevisionInfo],
    ) -> None:
        self.engine = engine
        self.writes = writes
        self.now = now
        self._article = article  # the repository's reads, given rather than reached for
        self._revision = revision

    # ----- reads ---------------------------------------------------------------------------
    def timeline(self, article_id: int) -> list[TransitionRecord]:
        """Oldest first."""
        stmt = select(T).where(T.c.article_id == article_id).order_by(T.c.id)
        with self.writes.reading() as conn:
            return [TransitionRecord(*row) for row in conn.execute(stmt)]

    def readiness(self, article_id: int) -> Report:
        self._article(article_id)  # a clear error for a wrong id
        with self.writes.reading() as conn:
            return gather(conn, article_id)

    def allowed(self, article_id: int, role: Role | str) -> list[Action]:
        """The steps *role* may take on the article now (readiness and reason aside)."""
        return allowed_actions(self._article(article_id).status, parse_role(role))

    def status_counts(self) -> dict[str, int]:
        """How many articles have each status (every status listed, zeros included); the
        trash is not counted."""
        stmt = select(A.c.status, func.count()).where(A.c.deleted_at.is_(None)).group_by(A.c.status)
        with self.writes.reading() as conn:
            rows = conn.execute(stmt).all()
        return {s.value: 0 for s in Status} | {status: count for status, count in rows}

    def returned_to(self, person: str) -> list[int]:
        """Articles sent back to *person*: returned, and last submitted by them; most recently
        returned first (what a reporter sees first in the library)."""
        person = nfc(person).strip()
        if not person:
            return []
        last_submit = (
            select(T.c.article_id, func.max(T.c.id).label("tid"))
            .where(T.c.action == Action.SUBMIT.value)
            .group_by(T.c.article_id)
            .subquery()
        )
        submitter = T.alias("submitter")
        stmt = (
            select(A.c.id)
            .join(last_submit, last_submit.c.article_id == A.c.id)
            .join(submitter, submitter.c.id == last_submit.c.tid)
            .where(
                A.c.status == Status.RETURNED.value,
                submitter.c.person == person,
                A.c.deleted_at.is_(None),
            )
            .order_by(A.c.updated.desc(), A.c.id.desc())
        )
        with self.writes.reading() as conn:
            return list(conn.execute(stmt).scalars())

    def approved(self, article_id: int) -> RevisionInfo | None:
        """The text an editor approved (the export publishes this one), None if never."""
        with self.writes.reading() as conn:
            rev_id = conn.execute(
                select(A.c.approved_revision_id).where(A.c.id == article_id)
            ).scalar_one_or_none()
        return self._revision(rev_id) if rev_id is not None else None

    def status_refusal(
        self, article_id: int, status: str, *, fields: dict | None = None
    ) -> LnvError | None:
        """Why writing *status* with the text (*fields*: the text about to be saved) would be
        refused by ``save`` (None: allowed)."""
        try:
            with self.writes.reading() as conn:
                current = Status(
                    conn.execute(select(A.c.status).where(A.c.id == article_id)).scalar_one()
                )
                if current == Status(status):
                    return None
                self._save_step(conn, article_id, current, Status(status), fields or {})
        except LnvError as exc:
            return exc
        return None

    # ----- writes --------------------------------------------------------------------------
    def transition(
        self,
        article_id: int,
        action: Action | str,
        *,
        person: str = "",
        role: Role | str = Role.REPORTER,
        reason: str = "",
        base_version: int | None = None,
    ) -> TransitionRecord:
        """Take one workflow step, recorded with who, when, why and the article's version.

        Raises WorkflowError when the step is not allowed from the article's status or for
        *role*, or needs a reason; NotReadyError when readiness errors block it; ConflictError
        when approving (or submitting) a text that changed since *base_version*."""
        action, role = parse_action(action), parse_role(role)
        reason = nfc(reason).strip()
        with self.writes.transaction() as tx:
            conn = tx.conn
            article = self._article(article_id)
            error = refusal(article.status, action, role, reason)
            if error is not None:
                raise error
            if (
                base_version is not None
                and base_version != article.version
                and action in (Action.APPROVE, Action.SUBMIT)
            ):
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The article changed since you read it (version {seen}, now "
                        "{now}). Read the new version, then try again.",
                    ),
                    seen=base_version,
                    now=article.version,
                )
            self._require_ready(conn, article_id, action)
            return self._record(
                tx,
                article_id,
                action,
                article.status,
                article.version,
                person=person,
                role=role.value,
                reason=reason,
            )

    def publish(self, article_id: int, *, person: str = "") -> TransitionRecord:
        """The export's step: Sẵn sàng → Đã xuất bản, once the bundle is written. The only way to
        publish; everything else refuses it."""
        with self.writes.transaction() as tx:
            article = self._article(article_id)
            if article.status not in RULES[Action.PUBLISH].sources:
                raise WorkflowError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Only a ready (approved) article can be published; article "
                        "{id} is {status}.",
                    ),
                    id=article_id,
                    status=article.status.value,
                )
            return self._record(
                tx,
                article_id,
                Action.PUBLISH,
                article.status,
                article.version,
                person=person,
                role="",
                reason="",
            )

    # ----- inside Repository.save ------------------------------------------------------------
    def status_for_save(
        self, conn: Connection, article_id: int, current: dict, merged: dict
    ) -> Action | None:
        """The step a save takes: the status the caller wrote (submit or reopen only), or
        ``edited`` when an approved text changes. Raises when the written status is refused."""
        before, after = Status(current["status"]), Status(merged["status"])
        if after != before:
            return self._save_step(conn, article_id, before, after, merged)
        if (
            any(merged[k] != current[k] for k in TEXT_FIELDS)
            and status_after_edit(before) != before
        ):
            return Action.EDITED
        return None

    def record_save_step(
        self, tx, article_id: int, action: Action, before: str, version: int
    ) -> None:
        self._record(
            tx,
            article_id,
            action,
            Status(before),
            version,
            person="",
            role="",
            reason="",
            touch_updated=False,
        )

    # ----- helpers -------------------------------------------------------------------------
    def _save_step(
        self, conn: Connection, article_id: int, before: Status, after: Status, fields: dict
    ) -> Action:
        action = action_for(before, after)
        if action not in (Action.SUBMIT, Action.REOPEN):
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The status cannot change from {before} to {after} by editing. Use "
                    "the review steps (Submit, Approve, Return, Reopen) or lnv-editor status.",
                ),
                before=before.value,
                after=after.value,
            )
        self._require_ready(conn, article_id, action, fields)
        return action

    def _require_ready(
        self, conn: Connection, article_id: int, action: Action, fields: dict | None = None
    ) -> None:
        if not RULES[action].checks_readiness:
            return
        report = gather(conn, article_id, fields)
        if report.errors:
            raise NotReadyError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The article is not ready to {action}: {count} problem(s) to fix "
                    "first, such as: {first} Run the check (lnv-editor check {id}) to see them all.",
                ),
                report,
                action=action.value,
                count=len(report.errors),
                first=report.errors[0].template.format(**report.errors[0].params),
                id=article_id,
            )

    def _record(
        self,
        tx,
        article_id: int,
        action: Action,
        before: Status,
        version: int,
        *,
        person: str,
        role: str,
        reason: str,
        touch_updated: bool = True,
    ) -> TransitionRecord:
        conn = tx.conn
        now = self.now()
        after = RULES[action].target
        revision_id = None
        values: dict = {"status": after.value}
        if touch_updated:
            values["updated"] = now
        if action == Action.APPROVE:
            article = self._article(article_id)
            revision_id = write_snapshot(
                conn,
                article_id,
                version,
                article.content() | {"status": after.value},
                "approve",
                now,
            )
            values |= {"approved_version": version, "approved_revision_id": revision_id}
            tx.touch(article_id, Part.REVISIONS)
        conn.execute(update(A).where(A.c.id == article_id).values(**values))
        new_id = conn.execute(
            insert(T).values(
                article_id=article_id,
                action=action.value,
                from_status=before.value,
                to_status=after.value,
                person=nfc(person).strip(),
                role=role,
                reason=reason,
                article_version=version,
                revision_id=revision_id,
                at=now,
            )
        ).inserted_primary_key[0]
        tx.touch(article_id, Part.STATUS, Part.REVIEW)
        return TransitionRecord(
            new_id,
            article_id,
            action.value,
            before.value,
            after.value,
            nfc(person).strip(),
            role,
            reason,
            version,
            revision_id,
            now,
        )
