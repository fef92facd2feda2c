"""The review dock: the article's status and timeline, the workflow buttons, the readiness
check and the comments.

Buttons are enabled by core/workflow.py for the article's status and the person's role (the
preferences' profile); the store enforces the same rules whatever the buttons say. The panel
never refreshes itself after its own writes: it shows what the store's change record announces,
so a step taken in another window or by the command line shows here too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lnv_editor.core.article import STATUS_LABELS, Status
from lnv_editor.core.errors import LnvError
from lnv_editor.core.workflow import ACTION_LABELS, ROLE_LABELS, Action, Role, allowed_actions
from lnv_editor.gui.common.errors import describe_error
from lnv_editor.gui.common.formatting import format_datetime
from lnv_editor.gui.common.workers import Runner
from lnv_editor.gui.review.comment_list import CommentList
from lnv_editor.gui.review.house_live import HouseWhileTyping
from lnv_editor.gui.review.readiness_panel import ReadinessPanel
from lnv_editor.gui.review.reason_dialog import ReasonDialog
from lnv_editor.i18n import localize
from lnv_editor.store.changes import Change, Part

WATCHED = (
    Part.STATUS,
    Part.REVIEW,
    Part.COMMENTS,
    Part.FIELDS,
    Part.PHOTOS,
    Part.PROVINCES,
    Part.RELATED,
    Part.DELETED,
)
REFRESH_DELAY_MS = 300
# A save of the text (autosave while typing) refreshes the dock once typing has settled: no
# save for longer than autosave's longest interval (500 ms by default), so the readiness check
# of the whole text runs once per pause, not once per autosave.
TEXT_SAVE_DELAY_MS = 1200
_TEXT_SAVE_PARTS = frozenset({Part.FIELDS, Part.REVISIONS, Part.COMMENTS})


@dataclass(frozen=True, slots=True)
class _Stored:
    """What the dock shows of one article, read from the store (on a worker thread)."""

    article: object  # ArticleData
    timeline: list
    readiness: object  # core.readiness.Report
    comments: list
    house: list = ()  # core.spelling.house.HouseFinding, shown under the readiness findings


def read_stored(repo, article_id: int) -> _Stored | None:
    """The article's status, timeline, readiness check and comments; None once it is gone.
    Runs off the GUI thread: the readiness check reads the whole text."""
    try:
        article = repo.get(article_id)
        from lnv_editor.core.spelling.house import check_article as house_style

        return _Stored(
            article,
            repo.review.timeline(article_id),
            repo.review.readiness(article_id),
            repo.comments.list(article_id),
            house_style(
                title=article.title,
                lead=article.lead,
                body=article.body,
                rules=repo.house_rules.rules(),
            ),
        )
    except LnvError:
        return None


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ReviewPanel(QWidget):
    findingActivated = Signal(str, int)  # from the readiness list: field, position
    commentActivated = Signal(str, int, int)  # field key, start, end
    commentsShown = Signal(list)  # the open article's comments (CommentRecord), on each refresh

    def __init__(self, config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.config = config
        self.repo = None
        self.article_id: int | None = None
        self.status: Status | None = None
        self.version = 0
        # Called before a step so the text the step is about is saved (the window's autosave
        # flush); returns nothing.
        self.before_step: Callable[[], None] | None = None
        self._disconnect: Callable[[], None] | None = None

        self.status_label = QLabel(self)
        self.status_label.setObjectName("reviewStatus")
        self.person_label = QLabel(self)
        self.person_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons: dict[Action, QPushButton] = {}
        names = {
            Action.SUBMIT: self.tr("Submit for review"),
            Action.APPROVE: self.tr("Approve"),
            Action.RETURN: self.tr("Return…"),
            Action.REOPEN: self.tr("Reopen"),
        }
        # Two by two: the dock shares the window with the library and the editor.
        row = QGridLayout()
        for index, (action, name) in enumerate(names.items()):
            button = QPushButton(name, self)
            button.setObjectName(f"{action.value}Button")
            button.clicked.connect(lambda _=False, a=action: self.take(a))
            self.buttons[action] = button
            row.addWidget(button, index // 2, index % 2)
        self.timeline = QListWidget(self)
        self.timeline.setObjectName("reviewTimeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setWordWrap(True)
        self.readiness = ReadinessPanel(self)
        self.comments = CommentList(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Review"))
        self.tabs.addTab(self.readiness, self.tr("Check before review"))
        self.tabs.addTab(self.comments, self.tr("Comments"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.person_label)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.readiness.findingActivated.connect(self.findingActivated)
        self.comments.commentActivated.connect(self.commentActivated)
        self.comments.failed.connect(self.show_error)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_soon)
        self._runner = Runner(self, threads=1, name="review-read")
        self._serial = 0  # of the newest read; older reads are not shown
        self._reading = False
        self._read_again = False
        self.house_live: HouseWhileTyping | None = None  # follow_typing
        self.refresh()

    # ----- wiring ----------------------------------------------------------------------------
    def follow_typing(self, texts: Callable[[], tuple[str, str, str]]) -> HouseWhileTyping:
        """Check house style over *texts()* (title, lead, body on screen) once typing pauses;
        call ``typed()`` of what this returns at each edit."""
        self.house_live = HouseWhileTyping(self, texts)
        return self.house_live

    def set_repository(self, repo) -> None:
        self.repo = repo
        self.set_article(None)

    def connect_changes(self, signal) -> None:
        """Refresh from *signal*: ``StoreHub.changed``, the store's change record."""
        self.disconnect_changes()
        signal.connect(self.on_change)
        self._disconnect = lambda: signal.disconnect(self.on_change)

    def disconnect_changes(self) -> None:
        """Stop following the store's changes (the window is closing its store)."""
        disconnect, self._disconnect = self._disconnect, None
        self._timer.stop()
        if disconnect is None:
            return
        try:
            disconnect()
        except (RuntimeError, TypeError):
            pass  # the hub is gone already: nothing left to follow

    def set_article(self, article_id: int | None) -> None:
        self.article_id = article_id
        self.message.hide()
        self.refresh()

    def person(self) -> tuple[str, str]:
        return self.config.get("person_name"), self.config.get("person_role")

    def on_change(self, change: Change) -> None:
        if self.article_id is not None and change.touches(self.article_id, *WATCHED):
            if not change.parts <= _TEXT_SAVE_PARTS:
                self._timer.start(REFRESH_DELAY_MS)  # a step, a photo: shown soon
            elif not (self._timer.isActive() and self._timer.interval() == REFRESH_DELAY_MS):
                self._timer.start(TEXT_SAVE_DELAY_MS)  # restarted by each save while typing
        elif change.parts & {Part.DELETED, Part.CREATED} and self.article_id is not None:
            self._timer.start(REFRESH_DELAY_MS)  # a related story deleted elsewhere breaks a link
        elif Part.HOUSE_RULES in change.parts and self.article_id is not None:
            self._timer.start(REFRESH_DELAY_MS)  # the desk changed the house rules: check again

    # ----- showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the article as stored now (opening an article, a new profile)."""
        self._timer.stop()
        self._serial += 1
        stored = None
        if self.repo is not None and self.article_id is not None:
            stored = read_stored(self.repo, self.article_id)
        self._show(stored)

    def refresh_soon(self) -> None:
        """Read the store and check readiness on a worker thread, then show it (after a
        change record); while a read runs, one more follows it: the newest is shown."""
        if self.repo is None or self.article_id is None:
            self.refresh()
            return
        if self._reading:
            self._read_again = True
            return
        self._serial += 1
        serial, self._reading = self._serial, True
        self._runner.submit(
            read_stored,
            self.repo,
            self.article_id,
            on_done=lambda stored: self._read_done(serial, stored),
            on_error=lambda error: self._read_done(serial, None, error),
        )

    def _read_done(self, serial: int, stored: _Stored | None, error=None) -> None:
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh_soon()
        if serial != self._serial:
            return  # another article opened, or a newer read is on its way
        if error is not None:
            self.message.setText(describe_error(error))
            self.message.show()
            return
        self._show(stored)

    def _show(self, stored: _Stored | None) -> None:
        name, role = self.person()
        self.person_label.setText(
            self.tr("You: {name} ({role})").format(
                name=name or self.tr("(no name: set it in the preferences)"),
                role=_tr("Workflow", ROLE_LABELS[Role(role)]),
            )
        )
        article = stored.article if stored is not None else None
        self.setEnabled(article is not None)
        if article is None:
            self.status, self.version = None, 0
            self.status_label.setText(self.tr("No article open."))
            for button in self.buttons.values():
                button.setEnabled(False)
            self.timeline.clear()
            self.readiness.set_report(None)
            self.comments.show_comments(self.repo, [], (name, role))
            self.commentsShown.emit([])
            return
        self.status, self.version = article.status, article.version
        self.status_label.setText(
            self.tr("Status: {status}").format(status=_tr("Article", STATUS_LABELS[article.status]))
        )
        allowed = set(allowed_actions(article.status, Role(role)))
        for action, button in self.buttons.items():
            button.setEnabled(action in allowed)
        self._show_timeline(stored.timeline)
        self.readiness.set_report(stored.readiness, stored.house)
        self.comments.show_comments(self.repo, stored.comments, (name, role))
        self.commentsShown.emit(stored.comments)

    def _show_timeline(self, steps) -> None:
        self.timeline.clear()
        for step in reversed(steps):  # newest first
            action = _tr("Workflow", ACTION_LABELS[Action(step.action)])
            status = _tr("Article", STATUS_LABELS[Status(step.to_status)])
            # "Trả lại" is both the step and the status it leads to, "Published" too: once.
            parts = [format_datetime(step.at), action] + ([status] if status != action else [])
            text = " · ".join(parts)
            if step.person:
                text += f" · {step.person}"
            text += " · " + self.tr("v{version}").format(version=step.article_version)
            if step.reason:
                text += "\n" + self.tr("Reason: {reason}").format(reason=step.reason)
            self.timeline.addItem(text)

    def show_error(self, error: LnvError) -> None:
        self.message.setText(localize(error))
        self.message.show()

    # ----- acting ------------------------------------------------------------------------------
    def take(self, action: Action) -> None:
        """Take *action* as the person in the preferences; a refusal shows in the panel."""
        if self.repo is None or self.article_id is None:
            return
        reason = ""
        if action == Action.RETURN:
            reason, accepted = ReasonDialog.getData(
                self.tr("Return the article"),
                self.tr("Why does it go back? The reporter sees this reason."),
                self,
            )
            if not accepted:
                return
        if self.before_step is not None:
            self.before_step()
        name, role = self.person()
        version = self.repo.get(self.article_id).version
        try:
            self.repo.review.transition(
                self.article_id, action, person=name, role=role, reason=reason, base_version=version
            )
        except LnvError as exc:
            self.show_error(exc)
            return
        self.message.hide()

    def add_comment(self, field: str, start: int, end: int, photo_id: int | None = None) -> None:
        """Comment on a passage (the editor's "Add comment" action calls this)."""
        if self.repo is None or self.article_id is None:
            return
        text, accepted = ReasonDialog.getData(self.tr("Comment"), self.tr("Your comment:"), self)
        if not accepted:
            return
        name, role = self.person()
        try:
            self.repo.comments.add(
                self.article_id,
                field=field,
                start=start,
                end=end,
                text=text,
                author=name,
                role=role,
                photo_id=photo_id,
            )
        except LnvError as exc:
            self.show_error(exc)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.disconnect_changes()
        super().closeEvent(event)
