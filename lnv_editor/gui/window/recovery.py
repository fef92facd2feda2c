"""What the window says after a crash: only what it checked.

The store says which drafts a dead session had open; the save journal (store/save_journal.py)
says what that session last reported saved. The banner compares the two: "everything it
reported saved is here", or plainly that the store holds less than it said.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from lnv_editor.core.article import Status
from lnv_editor.core.errors import NotFoundError
from lnv_editor.store.save_journal import MarkCheck, SavedMark, check_mark


def _clock(when: datetime) -> str:
    return when.astimezone().strftime("%H:%M:%S")


def check_marks(repo, marks: list[SavedMark]) -> dict[int, MarkCheck]:
    """Each article's newest mark against the store, by article id."""
    newest: dict[int, SavedMark] = {}
    for mark in marks:
        if mark.article_id not in newest or mark.saved_at > newest[mark.article_id].saved_at:
            newest[mark.article_id] = mark
    checks = {}
    for article_id, mark in newest.items():
        try:
            article = repo.get(article_id)
        except NotFoundError:
            checks[article_id] = check_mark(mark, None, None)
            continue
        content = article.content() | {"status": Status(article.status).value}
        checks[article_id] = check_mark(mark, content, article.version)
    return checks


def recovery_notice(title: str, check: MarkCheck | None) -> tuple[str, bool]:
    """The banner's sentence for one recovered draft, and whether it warns of a loss."""
    if check is None:
        return (
            QCoreApplication.translate(
                "MainWindow",
                "LNV Editor was not closed properly last time. The draft “{title}” was "
                "reopened as the store holds it; what was typed after its last save may be "
                "missing (there was no record of that save to check it against).",
            ).format(title=title),
            False,
        )
    when = _clock(check.mark.saved_at)
    if check.verdict == "intact":
        return (
            QCoreApplication.translate(
                "MainWindow",
                "LNV Editor was not closed properly last time. The draft “{title}” was "
                "recovered: everything it reported saved, up to {time}, is in the store; "
                "only what was typed after {time} may be missing.",
            ).format(title=title, time=when),
            False,
        )
    if check.verdict == "newer":
        return (
            QCoreApplication.translate(
                "MainWindow",
                "LNV Editor was not closed properly last time. The draft “{title}” was "
                "recovered; it has been saved again since {time}, in another window or "
                "process, and is shown as the store now holds it.",
            ).format(title=title, time=when),
            False,
        )
    return (
        QCoreApplication.translate(
            "MainWindow",
            "Warning: LNV Editor was not closed properly last time, and the store does not "
            "hold the draft “{title}” as it was last reported saved at {time} (version "
            "{saved}; the store has {held}). Some text said to be saved was lost: compare "
            "with the revision history and type again what is missing.",
        ).format(
            title=title,
            time=when,
            saved=check.mark.version,
            held=check.store_version if check.store_version is not None else "—",
        ),
        True,
    )
