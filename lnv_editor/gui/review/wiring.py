"""How the review widgets plug into the main window, in one place, so the window needs a line
per hook:

- ``ensure_panels`` (gui/window/panels.py): ``install_review_dock(window)``
- ``set_repository``: ``attach_store(self.review_panel, repo, hub)``; the panel lets go of the
  store when the window closes it (``storeClosing``), before its hub is deleted
- ``open_article``:   ``self.review_panel.set_article(article.id)``
- after the preferences are saved: ``self.review_panel.refresh()`` (a new name or role)
- the history dialog's "Compare…" button: ``open_compare(self)``
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDockWidget

from lnv_editor.gui.review.comment_marks import CommentMarks, utf16_position
from lnv_editor.gui.review.compare_dialog import CompareDialog
from lnv_editor.gui.review.review_panel import ReviewPanel


def _python(text: str, position: int) -> int:
    """A Qt (UTF-16) position in *text* as a Python index."""
    return len(text.encode("utf-16-le")[: position * 2].decode("utf-16-le", errors="ignore"))


def jump_to(editor, field: str, position: int, end: int | None = None) -> None:
    """Put the editor's cursor at *position* of *field* (title, lead, body), selecting up to
    *end* if given; other fields (photos, provinces) are the docks' business."""
    if field == "title":
        edit = editor.title_edit
        text = edit.text()
        start = utf16_position(text, max(0, position))
        edit.setFocus()
        if end is not None:
            edit.setSelection(start, utf16_position(text, end) - start)
        else:
            edit.setCursorPosition(start)
        return
    edit = {"lead": editor.lead_edit, "body": editor.body_edit}.get(field)
    if edit is None:
        return
    text = edit.toPlainText()
    cursor = edit.textCursor()
    cursor.setPosition(utf16_position(text, max(0, position)))
    if end is not None:
        cursor.setPosition(utf16_position(text, end), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()
    edit.setFocus()


def selection(editor) -> tuple[str, int, int] | None:
    """The field with focus and its selected passage (Python indexes), or None."""
    if editor.title_edit.hasFocus() and editor.title_edit.hasSelectedText():
        text, start = editor.title_edit.text(), editor.title_edit.selectionStart()
        length = len(editor.title_edit.selectedText())
        return "title", _python(text, start), _python(text, start + length)
    for field, edit in (("lead", editor.lead_edit), ("body", editor.body_edit)):
        cursor = edit.textCursor()
        if edit.hasFocus() and cursor.hasSelection():
            text = edit.toPlainText()
            return (
                field,
                _python(text, cursor.selectionStart()),
                _python(text, cursor.selectionEnd()),
            )
    return None


def install_review_dock(window) -> tuple[ReviewPanel, QDockWidget]:
    """The review dock, tabbed with the places dock; jumps into the editor on request."""
    panel = ReviewPanel(window.config, window)
    title = QCoreApplication.translate("ReviewPanel", "Review")
    dock = window.add_dock(panel, title, "reviewDock")  # reserved beside the places dock
    # A step is about the text on screen: save it first.
    panel.before_step = window.flush_pending
    panel.findingActivated.connect(lambda field, pos: jump_to(window.editor, field, pos))
    panel.commentActivated.connect(lambda key, start, end: jump_to(window.editor, key, start, end))
    window.storeClosing.connect(lambda: attach_store(panel, None, None))
    # House style over the text as typed, once typing pauses (house_live.py).
    editor = window.editor
    live = panel.follow_typing(
        lambda: (
            editor.title_edit.text(),
            editor.lead_edit.toPlainText(),
            editor.body_edit.plain_text(),
        )
    )
    editor.edited.connect(live.typed)
    # The commented passages marked in the editor, as the preview marks them.
    marks = CommentMarks({"lead": editor.lead_edit, "body": editor.body_edit}, editor)
    panel.commentsShown.connect(marks.show)
    return panel, dock


def attach_store(panel: ReviewPanel, repo, hub) -> None:
    """Show *repo* and follow *hub*'s change records (None, None: no store)."""
    panel.disconnect_changes()
    panel.set_repository(repo)
    if hub is not None:
        panel.connect_changes(hub.changed)


def comment_on_selection(window) -> bool:
    """The "Add comment" action: comment on the editor's selection; False when none."""
    where = selection(window.editor)
    if where is None or window.repo is None:
        return False
    window.flush_pending()  # positions refer to the stored text
    window.review_panel.add_comment(*where)
    return True


def open_compare(window, parent=None) -> None:
    """Compare revisions of the open article with each other or with the current text."""
    repo, article = window.repo, window.editor.article
    if repo is None or article is None:
        return
    window.flush_pending()
    current = repo.get(article.id)
    content = {
        "title": current.title,
        "lead": current.lead,
        "body": current.body,
        "captions": {str(p.id): p.caption for p in repo.photos.list(article.id)},
        "provinces": [t.name for t in repo.tags.provinces(article.id)],
    }
    dialog = CompareDialog.for_review(
        repo, article.id, content, person=window.config.get("person_name"), parent=parent or window
    )
    dialog.exec()
    dialog.deleteLater()
