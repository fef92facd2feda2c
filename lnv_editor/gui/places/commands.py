"""Undo commands for province tags and related stories: one ``QUndoCommand`` per intent.

Each step reads the article's current tags or links from the store, changes just the one
thing it is about, and writes the list back; it never restores a snapshot taken earlier,
so a change made meanwhile in another window survives an undo here. Commands keep codes
and ids, never Qt items, so they stay valid however often the panel rebuilds its lists.

A store error in ``redo`` or ``undo`` (a locked database, the article deleted in another
window) marks the command obsolete, so ``QUndoStack`` drops it instead of keeping a step
that did not happen, and the panel says why.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from lnv_editor.gui.common.undo import StoreCommand


class PlaceTarget(Protocol):
    """What a command needs of the panel: the store and a way to report back."""

    repo: object

    def places_changed(self, article_id: int) -> None: ...

    def command_failed(self, error: BaseException) -> None: ...


class PlaceCommand(StoreCommand):
    def refresh(self, outcome: None) -> None:
        self.target.places_changed(self.article_id)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError

    # ----- the lists, as the store has them now ------------------------------------------
    def _tags(self) -> list[tuple[str, str]]:
        return [(t.code, t.name_used) for t in self.repo.tags.provinces(self.article_id)]

    def _set_tags(self, tags: list[tuple[str, str]]) -> None:
        self.repo.tags.set_provinces(self.article_id, tags)

    def _links(self) -> list[int]:
        return [r.target_id for r in self.repo.tags.related(self.article_id)]

    def _set_links(self, ids: list[int]) -> None:
        self.repo.tags.set_related(self.article_id, ids)


# ----- provinces ----------------------------------------------------------------------------
class AddProvinceCommand(PlaceCommand):
    """Tag a province, remembering the name the story used for it ("Bắc Giang")."""

    def __init__(
        self, target: PlaceTarget, article_id: int, code: str, name_used: str, label: str
    ) -> None:
        super().__init__(
            target,
            article_id,
            QCoreApplication.translate("PlaceCommands", "Tag {name}").format(name=label),
        )
        self.code, self.name_used = code, name_used

    def do(self) -> None:
        tags = self._tags()
        if all(code != self.code for code, _used in tags):
            self._set_tags([*tags, (self.code, self.name_used)])

    def undo_it(self) -> None:
        self._set_tags([t for t in self._tags() if t[0] != self.code])


class RemoveProvinceCommand(PlaceCommand):
    """Untag a province; undo puts it back in its place with the name the story used."""

    def __init__(self, target: PlaceTarget, article_id: int, code: str, label: str) -> None:
        super().__init__(
            target,
            article_id,
            QCoreApplication.translate("PlaceCommands", "Remove tag {name}").format(name=label),
        )
        self.code = code
        self.position = 0
        self.name_used = ""

    def do(self) -> None:
        tags = self._tags()
        for position, (code, used) in enumerate(tags):
            if code == self.code:
                self.position, self.name_used = position, used
                self._set_tags(tags[:position] + tags[position + 1 :])
                return

    def undo_it(self) -> None:
        tags = [t for t in self._tags() if t[0] != self.code]
        tags.insert(min(self.position, len(tags)), (self.code, self.name_used))
        self._set_tags(tags)


# ----- related stories ----------------------------------------------------------------------
class AddRelatedCommand(PlaceCommand):
    """Link a story at the end of the list."""

    def __init__(self, target: PlaceTarget, article_id: int, target_id: int, title: str) -> None:
        super().__init__(
            target,
            article_id,
            QCoreApplication.translate("PlaceCommands", "Link “{title}”").format(title=title),
        )
        self.target_id = target_id

    def do(self) -> None:
        ids = self._links()
        if self.target_id not in ids:
            self._set_links([*ids, self.target_id])

    def undo_it(self) -> None:
        self._set_links([i for i in self._links() if i != self.target_id])


class RemoveRelatedCommand(PlaceCommand):
    """Unlink a story (a broken link too); undo puts it back where it was."""

    def __init__(self, target: PlaceTarget, article_id: int, target_id: int, title: str) -> None:
        super().__init__(
            target,
            article_id,
            QCoreApplication.translate("PlaceCommands", "Unlink “{title}”").format(title=title),
        )
        self.target_id = target_id
        self.position = 0

    def do(self) -> None:
        ids = self._links()
        if self.target_id in ids:
            self.position = ids.index(self.target_id)
            ids.remove(self.target_id)
            self._set_links(ids)

    def undo_it(self) -> None:
        ids = [i for i in self._links() if i != self.target_id]
        ids.insert(min(self.position, len(ids)), self.target_id)
        self._set_links(ids)


class RemoveMissingRelatedCommand(PlaceCommand):
    """Drop a link to a story not in this store yet (an imported bundle made it); undo puts
    it back where it was, with the title the bundle gave it."""

    def __init__(self, target: PlaceTarget, article_id: int, uri: str, title: str) -> None:
        super().__init__(
            target,
            article_id,
            QCoreApplication.translate("PlaceCommands", "Unlink “{title}”").format(title=title),
        )
        self.uri, self.title, self.position = uri, title, 0

    def _waiting(self) -> list[tuple[str, str]]:
        return [(m.uri, m.title) for m in self.repo.tags.missing_related(self.article_id)]

    def do(self) -> None:
        waiting = self._waiting()
        uris = [uri for uri, _title in waiting]
        if self.uri in uris:
            self.position = uris.index(self.uri)
            self.title = waiting[self.position][1]
            del waiting[self.position]
            self.repo.tags.set_missing_related(self.article_id, waiting)

    def undo_it(self) -> None:
        waiting = [w for w in self._waiting() if w[0] != self.uri]
        waiting.insert(min(self.position, len(waiting)), (self.uri, self.title))
        self.repo.tags.set_missing_related(self.article_id, waiting)


class MoveRelatedCommand(PlaceCommand):
    """Move one linked story from one place in the list to another."""

    def __init__(
        self, target: PlaceTarget, article_id: int, target_id: int, old: int, new: int
    ) -> None:
        super().__init__(
            target, article_id, QCoreApplication.translate("PlaceCommands", "Move related story")
        )
        self.target_id, self.old, self.new = target_id, old, new

    def _move_to(self, position: int) -> None:
        ids = self._links()
        if self.target_id not in ids:
            return  # unlinked meanwhile, in another window: nothing to move
        ids.remove(self.target_id)
        ids.insert(min(position, len(ids)), self.target_id)
        self._set_links(ids)

    def do(self) -> None:
        self._move_to(self.new)

    def undo_it(self) -> None:
        self._move_to(self.old)
