"""Undo commands for photos: one ``QUndoCommand`` per thing a reporter means to do.

Each command changes the store through ``repo.photos`` and then tells the panel, which
reloads the list and announces the change. Commands keep ids and values, never Qt items, so
they stay valid however often the list is rebuilt; and removing is a soft delete, so undoing
it brings back the same photo id that the body text refers to.

A store error in ``redo`` or ``undo`` (a locked database, an article deleted in another
window) marks the command obsolete, so ``QUndoStack`` drops it instead of keeping a step
that did not happen, and the panel shows the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from lnv_editor.gui.common.undo import StoreCommand

_EDIT_ID = 0x50686F  # any constant: lets consecutive edits of one field merge


class PhotoTarget(Protocol):
    """What a command needs of the panel: the store and a way to report back."""

    repo: object

    def photos_changed(self, article_id: int, select: Sequence[int] | None = None) -> None: ...

    def command_failed(self, error: BaseException) -> None: ...


def cover_of(repo, article_id: int) -> int | None:
    """The id of the article's cover photo, or None."""
    return next((p.id for p in repo.photos.list(article_id) if p.cover), None)


class PhotoCommand(StoreCommand):
    def refresh(self, outcome: Sequence[int] | None) -> None:  # outcome: photo ids to select
        if outcome is None:
            self.target.photos_changed(self.article_id)
        else:
            self.target.photos_changed(self.article_id, outcome)

    def do(self) -> Sequence[int] | None:  # returns the photo ids to select afterwards
        raise NotImplementedError

    def undo_it(self) -> Sequence[int] | None:
        raise NotImplementedError


class AddPhotosCommand(PhotoCommand):
    """Attach imported photos; undo removes them (softly, so redo brings back the same ids)."""

    def __init__(self, target: PhotoTarget, article_id: int, infos: Sequence, text: str) -> None:
        # *text*: "Add %n photo(s)", translated by the panel (lupdate reads plurals in tr()).
        super().__init__(target, article_id, text)
        self.infos = list(infos)
        self.ids: list[int] = []
        self.cover_before: int | None = None
        self.cover_after: int | None = None

    def do(self) -> list[int]:
        if not self.ids:
            self.cover_before = cover_of(self.repo, self.article_id)
            self.ids = [record.id for record in self.repo.photos.add(self.article_id, self.infos)]
            self.cover_after = cover_of(self.repo, self.article_id)
        else:
            for photo_id in self.ids:
                self.repo.photos.set_removed(photo_id, False)
            self.repo.photos.set_cover(self.article_id, self.cover_after)
        return self.ids

    def undo_it(self) -> None:
        for photo_id in self.ids:
            self.repo.photos.set_removed(photo_id, True)
        self.repo.photos.set_cover(self.article_id, self.cover_before)


class RemovePhotosCommand(PhotoCommand):
    def __init__(
        self, target: PhotoTarget, article_id: int, photo_ids: Sequence[int], text: str
    ) -> None:
        # *text*: "Remove %n photo(s)", translated by the panel (lupdate reads plurals in tr()).
        super().__init__(target, article_id, text)
        self.ids = list(photo_ids)
        self.cover_before: int | None = None

    def do(self) -> None:
        self.cover_before = cover_of(self.repo, self.article_id)
        for photo_id in self.ids:
            self.repo.photos.set_removed(photo_id, True)  # passes the cover on if needed

    def undo_it(self) -> list[int]:
        for photo_id in self.ids:
            self.repo.photos.set_removed(photo_id, False)
        self.repo.photos.set_cover(self.article_id, self.cover_before)
        return self.ids


class ReorderPhotosCommand(PhotoCommand):
    """A new order of the article's photos. Orders list every photo, removed ones included,
    so that a removal undone later puts the photo back where it was."""

    def __init__(
        self,
        target: PhotoTarget,
        article_id: int,
        old_order: Sequence[int],
        new_order: Sequence[int],
        moved: Sequence[int] = (),
    ) -> None:
        super().__init__(
            target, article_id, QCoreApplication.translate("PhotoCommands", "Reorder photos")
        )
        self.old_order = list(old_order)
        self.new_order = list(new_order)
        self.moved = list(moved)

    def do(self) -> list[int]:
        self.repo.photos.reorder(self.article_id, self.new_order)
        return self.moved

    def undo_it(self) -> list[int]:
        self.repo.photos.reorder(self.article_id, self.old_order)
        return self.moved


class SetCoverCommand(PhotoCommand):
    def __init__(self, target: PhotoTarget, article_id: int, photo_id: int) -> None:
        super().__init__(
            target, article_id, QCoreApplication.translate("PhotoCommands", "Set cover photo")
        )
        self.photo_id = photo_id
        self.previous = cover_of(self.repo, article_id)

    def do(self) -> list[int]:
        self.repo.photos.set_cover(self.article_id, self.photo_id)
        return [self.photo_id]

    def undo_it(self) -> list[int]:
        self.repo.photos.set_cover(self.article_id, self.previous)
        return [self.photo_id]


def _edit_text(field: str) -> str:
    return {
        "caption": QCoreApplication.translate("PhotoCommands", "Edit caption"),
        "credit": QCoreApplication.translate("PhotoCommands", "Edit credit"),
        "alt": QCoreApplication.translate("PhotoCommands", "Edit alt text"),
    }[field]


class EditPhotoTextCommand(PhotoCommand):
    """A caption, credit or alt text edit. Saves made while the reporter is still typing in
    the same field merge into one step, so one Ctrl+Z takes back the whole edit."""

    def __init__(
        self, target: PhotoTarget, article_id: int, photo_id: int, field: str, old: str, new: str
    ) -> None:
        super().__init__(target, article_id, _edit_text(field))
        self.photo_id = photo_id
        self.field = field
        self.old = old
        self.new = new
        self.open = True  # still merging; closed when the reporter leaves the field
        self.typed = True  # the first run stores what is already in the field

    def do(self) -> list[int] | None:
        self.repo.photos.update(self.photo_id, **{self.field: self.new})
        # On the first run the reporter may already be on another photo: keep the selection.
        typed, self.typed = self.typed, False
        return None if typed else [self.photo_id]

    def undo_it(self) -> list[int]:
        self.repo.photos.update(self.photo_id, **{self.field: self.old})
        return [self.photo_id]

    def id(self) -> int:
        return _EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not (
            self.open
            and isinstance(other, EditPhotoTextCommand)
            and (other.photo_id, other.field) == (self.photo_id, self.field)
        ):
            return False
        self.new = other.new
        # Typed and then typed back: nothing left to undo.
        self.setObsolete(self.new == self.old)
        return True
