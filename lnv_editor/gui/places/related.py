"""The related-stories half of the places panel ("Tin liên quan"): the linked stories, the
search and suggestions to link more, reordering and unlinking. A mixin of ``PlacesPanel``
(its strings are in the "PlacesPanel" translation context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QListWidgetItem,
    QStyle,
)

from lnv_editor.gui.places import commands as cmd
from lnv_editor.gui.places.widgets import (
    SNIPPET_HTML_ROLE,
    SNIPPET_TEXT_ROLE,
    no_suggestion_text,
    status_label,
)
from lnv_editor.render.snippets import snippet_html
from lnv_editor.store.changes import Part

# Shared with the provinces half (panel.py).
ID_ROLE = Qt.ItemDataRole.UserRole  # province code, or article id
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the name the story used
URI_ROLE = Qt.ItemDataRole.UserRole + 4  # a story not in this store yet, by its uri
SEARCH_DEBOUNCE_MS = 200
SUGGEST_DEBOUNCE_MS = 500  # suggestions follow the text once typing pauses, not every key
MAX_SUGGESTIONS = 8
RESULTS = 10
BROKEN_COLOR = QColor("#d32f2f")  # readable on light and dark backgrounds
MISSING_COLOR = QColor("#8a6d00")  # waiting, not wrong: amber, readable on both too


class RelatedStories:
    """Related-stories part of the places panel (see the module docstring)."""

    def _fill_related(self) -> None:
        current = self.related_list.currentItem()
        keep = current.data(ID_ROLE) if current else None
        self.related_list.blockSignals(True)
        self.related_list.clear()
        for story in self._read(lambda: self.repo.tags.related(self.article_id)):
            item = QListWidgetItem()
            item.setData(ID_ROLE, story.target_id)
            if story.broken:
                item.setText(
                    QCoreApplication.translate("PlacesPanel", "Story #{id} (deleted)").format(
                        id=story.target_id
                    )
                )
                item.setForeground(BROKEN_COLOR)
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                item.setToolTip(
                    QCoreApplication.translate(
                        "PlacesPanel", "Broken link: the story it points to was deleted. Remove it."
                    )
                )
            else:
                item.setText(story.title or QCoreApplication.translate("PlacesPanel", "(untitled)"))
                item.setToolTip(
                    QCoreApplication.translate("PlacesPanel", "#{id} · {status}").format(
                        id=story.target_id, status=status_label(story.status)
                    )
                )
            self.related_list.addItem(item)
        for story in self._read(lambda: self.repo.tags.missing_related(self.article_id)):
            self.related_list.addItem(self._missing_item(story))
        self.related_list.blockSignals(False)
        if keep is not None:
            self._select(self.related_list, keep, focus=False)

    def note_change(self, change) -> None:
        """A store change record (StoreHub.changed): the suggested stories follow what they
        are computed from, the open article's title, lead, tags and links, and the other
        stories. Typing in the body changes none of these: no query then."""
        if self.article_id is None:
            return
        others = change.article_ids - {self.article_id}
        if (
            change.lists_changed
            or (others and change.parts & {Part.FIELDS, Part.PROVINCES})
            or (change.touches(self.article_id) and self._suggestion_key() != self._shown_key)
        ):
            self._related_suggestions_stale = True
            self._related_timer.start()

    def _suggestion_key(self) -> tuple:
        title, lead, _body = self._text_source() if self._text_source else ("", "", "")
        return title, lead, tuple(self.tag_codes()), tuple(self.related_ids())

    def _follow_suggestions(self) -> None:
        # Only the suggestions: a search the user typed stays as it is.
        if self._related_suggestions_stale and self.isVisible() and not self.search.text().strip():
            self._show_results()

    def _missing_item(self, story) -> QListWidgetItem:
        """A story an imported bundle linked that is not in this store yet: shown after the
        links, flagged, removable but not movable; the link is made when the story is imported."""
        title = story.title or story.uri
        item = QListWidgetItem(
            QCoreApplication.translate("PlacesPanel", "{title} (not in this store yet)").format(
                title=title
            )
        )
        item.setData(ID_ROLE, None)
        item.setData(URI_ROLE, story.uri)
        item.setData(NAME_ROLE, title)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setForeground(MISSING_COLOR)
        item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
        item.setToolTip(
            QCoreApplication.translate(
                "PlacesPanel",
                "The bundle this story came in links to it ({uri}); the link is made when "
                "that story is imported here.",
            ).format(uri=story.uri)
        )
        return item

    def _show_results(self) -> None:
        """Search hits for the query, or suggested stories when there is none."""
        self._search_timer.stop()
        self.results.clear()
        if self.article_id is None or self.repo is None:
            self.results_label.clear()
            return
        query = self.search.text().strip()
        linked = set(self.related_ids())
        if query:
            hits = self._read(lambda: self.repo.search.search(query, limit=RESULTS + 1))
            for hit in [h for h in hits if h.id != self.article_id][:RESULTS]:
                item = self._result_item(hit.id, hit.title, hit.status, linked)
                item.setData(SNIPPET_HTML_ROLE, snippet_html(hit.snippet, hit.highlights))
            self.results_label.setText(
                QCoreApplication.translate("PlacesPanel", "Search results")
                if hits
                else QCoreApplication.translate("PlacesPanel", "No story found.")
            )
        else:
            self._related_suggestions_stale = False
            # What the store's query is computed from: the stored title and lead (the editor's
            # may be ahead of them, typed but not saved yet: the save's change record must
            # then ask again).
            stored = self._read(lambda: self.repo.get(self.article_id), None)
            key = self._suggestion_key()
            self._shown_key = key if stored is None else (stored.title, stored.lead, *key[2:])
            ids = [
                i
                for i, _score in self._read(
                    lambda: self.repo.search.suggest_related(
                        self.article_id, limit=RESULTS + len(linked)
                    )
                )
                if i not in linked
            ][:RESULTS]
            rows = self._read(lambda: self.repo.library_rows(ids), {})
            for row in (rows[i] for i in ids if i in rows):
                item = self._result_item(row.id, row.title, row.status, linked)
                item.setData(
                    SNIPPET_TEXT_ROLE,
                    " · ".join(p for p in (row.section, status_label(row.status)) if p),
                )
            self.results_label.setText(
                QCoreApplication.translate("PlacesPanel", "Suggested stories")
                if ids
                else no_suggestion_text(
                    self._text_source()[0] if self._text_source else "", bool(self.tag_codes())
                )
            )
        # While searching, Enter links the best hit, so it is chosen; a suggestion waits for a click.
        for row in range(self.results.count() if query else 0):
            if self.results.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.results.setCurrentRow(row)
                break
        self._update_buttons()

    def _result_item(
        self, article_id: int, title: str, status: str, linked: set[int]
    ) -> QListWidgetItem:
        item = QListWidgetItem(
            title or QCoreApplication.translate("PlacesPanel", "(untitled)"), self.results
        )
        item.setData(ID_ROLE, article_id)
        item.setToolTip(
            QCoreApplication.translate("PlacesPanel", "#{id} · {status}").format(
                id=article_id, status=status_label(status)
            )
        )
        if article_id in linked:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(QCoreApplication.translate("PlacesPanel", "Already linked."))
        return item

    def add_related(self, item: QListWidgetItem | None) -> None:
        if item is None or self.article_id is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        target_id = item.data(ID_ROLE)
        self._push(cmd.AddRelatedCommand(self, self.article_id, target_id, item.text()))
        self._select(self.related_list, target_id, focus=False)
        self._show_results()

    def remove_selected_related(self) -> None:
        item = self.related_list.currentItem()
        if item is None or self.article_id is None:
            return
        if item.data(URI_ROLE):
            self._push(
                cmd.RemoveMissingRelatedCommand(
                    self, self.article_id, item.data(URI_ROLE), item.data(NAME_ROLE)
                )
            )
        else:
            self._push(
                cmd.RemoveRelatedCommand(self, self.article_id, item.data(ID_ROLE), item.text())
            )
        self.related_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_results()

    def move_selected_related(self, step: int) -> None:
        item = self.related_list.currentItem()
        if item is None or self.article_id is None or item.data(ID_ROLE) is None:
            return
        ids, target_id = self.related_ids(), item.data(ID_ROLE)
        old = ids.index(target_id)
        new = max(0, min(len(ids) - 1, old + step))
        if new != old:
            self._push(cmd.MoveRelatedCommand(self, self.article_id, target_id, old, new))
            self._select(self.related_list, target_id)

    def _order_from_list(self) -> None:
        """After a drag: store the order the list now shows, as one move of the dragged row."""
        shown = self.related_ids()
        stored = [r.target_id for r in self._read(lambda: self.repo.tags.related(self.article_id))]
        if self.article_id is None or sorted(shown) != sorted(stored) or shown == stored:
            return
        # One row moved: it is the one whose removal leaves both orders the same.
        for target_id in stored:
            if [i for i in shown if i != target_id] == [i for i in stored if i != target_id]:
                old, new = stored.index(target_id), shown.index(target_id)
                self._push(cmd.MoveRelatedCommand(self, self.article_id, target_id, old, new))
                self._select(self.related_list, target_id)
                return
        self.refresh()  # not one move: show what the store has

    def _chosen_result(self) -> QListWidgetItem | None:
        chosen = self.results.selectedItems()
        return chosen[0] if chosen and chosen[0].flags() & Qt.ItemFlag.ItemIsEnabled else None
