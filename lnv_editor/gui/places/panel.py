"""The places panel: the open article's province tags and its related stories ("Tin liên quan").

Every change is a command on ``undo_stack`` (see place_commands) that writes to the store and
then calls ``places_changed``; the lists are reloaded from the store rather than trusted to
mirror it. The lists and the two search fields have ``undo``/``redo`` because the window
sends Ctrl+Z to the focused widget: with one of them focused, that is this panel's history
(a search field first undoes its own typing, as any text field does).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lnv_editor.core.provinces import (
    ProvinceMatch,
    find_provinces,
    is_former_name,
    province_by_code,
    suggest_provinces,
)
from lnv_editor.gui.common.banner import NoticeBanner
from lnv_editor.gui.common.workers import Runner
from lnv_editor.gui.places import commands as cmd
from lnv_editor.gui.places.related import (
    ID_ROLE,
    MAX_SUGGESTIONS,
    NAME_ROLE,
    SEARCH_DEBOUNCE_MS,
    SUGGEST_DEBOUNCE_MS,
    RelatedStories,
)
from lnv_editor.gui.places.widgets import (
    ChipList,
    FlowLayout,
    HitDelegate,
    PlaceList,
    SearchField,
    heading,
    tool_button,
)


class PlacesPanel(RelatedStories, QWidget):
    """Province tags and related stories of the open article; ``changed(article_id)``
    follows every change to either."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placesPanel")
        self.repo = None
        self.article_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self._text_source: Callable[[], tuple[str, str, str]] | None = None
        self._mentions: list = []  # the last province suggestions, tagged or not
        self._related_suggestions_stale = True
        self._shown_key: tuple = ()  # what the suggested stories shown were computed from
        self._related_timer = QTimer(self, singleShot=True, interval=SUGGEST_DEBOUNCE_MS)
        self._related_timer.timeout.connect(self._follow_suggestions)
        self._suggest_timer = QTimer(self, singleShot=True, interval=SUGGEST_DEBOUNCE_MS)
        self._suggest_timer.timeout.connect(self.suggest_soon)
        # Suggestions read the whole text: found on a worker thread while the reporter types.
        self._suggester = Runner(self, threads=1, name="places-suggest")
        self._suggest_serial = 0
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._show_results)
        # A drag in the list moves rows; read the new order once the drop is over.
        self._order_timer = QTimer(self, singleShot=True, interval=0)
        self._order_timer.timeout.connect(self._order_from_list)
        self._build()
        self.setEnabled(False)

    # ----- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.notice = NoticeBanner(self, "placesNotice")

        self.tag_list = ChipList(self, self.undo_stack, "provinceList")
        self.tag_list.empty_text = self.tr("No province or city tagged yet.")
        self.tag_list.removeRequested.connect(self.remove_selected_province)
        self.tag_list.itemSelectionChanged.connect(self._update_buttons)
        self.matches = QListWidget(self)
        self.matches.setObjectName("provinceMatches")
        self.matches.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.matches.itemActivated.connect(self.pick_match)
        self.matches.itemClicked.connect(self.pick_match)
        self.matches.hide()
        self.picker = SearchField(self, self.undo_stack, self.matches, "provincePicker")
        self.picker.setPlaceholderText(self.tr("Add a province: thanh hoa, TP HCM…"))
        self.picker.textChanged.connect(self._update_matches)
        self.picker.returnPressed.connect(lambda: self.pick_match(self.matches.currentItem()))
        self.remove_tag_button = tool_button(
            self,
            "removeTag",
            self.tr("Remove"),
            self.tr("Remove the selected tag (Delete)"),
            self.remove_selected_province,
        )
        self.suggest_label = QLabel(self.tr("Named in the story:"), self)
        self.suggest_box = QWidget(self)
        self.suggest_box.setObjectName("provinceSuggestions")
        self.suggest_flow = FlowLayout(self.suggest_box)
        # Dashed chips: offered, not yet tagged (the tags above are solid).
        self.suggest_box.setStyleSheet(
            "QPushButton { border: 1px dashed palette(mid); border-radius: 9px; padding: 2px 8px; }"
            "QPushButton:hover { border-style: solid; background: palette(midlight); }"
        )

        self.related_list = PlaceList(self, self.undo_stack, "relatedList")
        self.related_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.related_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        # Long titles end in "…" (the tooltip has the id and status) rather than scroll sideways.
        self.related_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.related_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.related_list.empty_text = self.tr("No related story yet: find one below.")
        self.related_list.removeRequested.connect(self.remove_selected_related)
        self.related_list.moveRequested.connect(self.move_selected_related)
        self.related_list.itemSelectionChanged.connect(self._update_buttons)
        self.related_list.model().rowsMoved.connect(lambda *_args: self._order_timer.start())
        self.up_button = tool_button(
            self,
            "relatedUp",
            self.tr("Up"),
            self.tr("Move up (Alt+Up)"),
            lambda: self.move_selected_related(-1),
        )
        self.down_button = tool_button(
            self,
            "relatedDown",
            self.tr("Down"),
            self.tr("Move down (Alt+Down)"),
            lambda: self.move_selected_related(1),
        )
        self.unlink_button = tool_button(
            self,
            "relatedRemove",
            self.tr("Remove"),
            self.tr("Remove the selected link (Delete)"),
            self.remove_selected_related,
        )
        self.results = QListWidget(self)
        self.results.setObjectName("relatedResults")
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.itemActivated.connect(lambda item: self.add_related(item))
        self.results.itemSelectionChanged.connect(self._update_buttons)
        self.search = SearchField(self, self.undo_stack, self.results, "relatedSearch")
        self.search.setPlaceholderText(self.tr("Find a story to link…"))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(lambda: self.add_related(self._chosen_result()))
        self.results_label = QLabel(self)
        self.results_label.setObjectName("relatedResultsLabel")
        self.results_label.setWordWrap(True)  # a long hint must not widen the dock
        self.link_button = tool_button(
            self,
            "relatedAdd",
            self.tr("Link"),
            self.tr("Link the chosen story (Enter)"),
            lambda: self.add_related(self._chosen_result()),
        )

        picker_row = QHBoxLayout()
        picker_row.addWidget(self.picker, 1)
        picker_row.addWidget(self.remove_tag_button)
        link_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.unlink_button):
            link_row.addWidget(button)
        link_row.addStretch(1)
        results_row = QHBoxLayout()
        results_row.addWidget(self.results_label, 1)
        results_row.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.notice)
        layout.addWidget(heading(self, self.tr("Provinces and cities")))
        layout.addWidget(self.tag_list)
        layout.addLayout(picker_row)
        layout.addWidget(self.matches)
        layout.addWidget(self.suggest_label)
        layout.addWidget(self.suggest_box)
        layout.addSpacing(8)
        layout.addWidget(heading(self, self.tr("Related stories")))
        layout.addWidget(self.related_list, 2)
        layout.addLayout(link_row)
        layout.addWidget(self.search)
        layout.addLayout(results_row)
        layout.addWidget(self.results, 3)
        self._show_suggestions()

    def apply_icons(self) -> None:
        """Button icons; qtawesome is imported after the window shows, as for the main window."""
        from lnv_editor.gui.common.icons import icon

        for button, name in (
            (self.remove_tag_button, "untag"),
            (self.up_button, "up"),
            (self.down_button, "down"),
            (self.unlink_button, "unlink"),
            (self.link_button, "link"),
        ):
            button.setIcon(icon(f"places.{name}"))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.link_button.icon().isNull():
            QTimer.singleShot(0, self.apply_icons)
        if self._related_suggestions_stale and not self.search.text().strip():
            self._show_results()  # suggestions cost a query: only when someone looks

    # ----- public API ----------------------------------------------------------------------
    def set_repository(self, repo) -> None:
        """Work on *repo* (None: no store)."""
        self.set_article(None)
        self.repo = repo

    def set_article(self, article_id: int | None) -> None:
        """Show the tags and links of *article_id* (None: none). The history starts afresh
        with each article, as the body's does."""
        if article_id != self.article_id:
            self.undo_stack.clear()
            self.notice.hide()
            self.picker.setText("")
            self.search.setText("")
            self.article_id = article_id
        self._search_timer.stop()
        self._related_suggestions_stale = True
        self.setEnabled(article_id is not None and self.repo is not None)
        self.refresh()
        self.update_suggestions()
        if self.isVisible():
            self._show_results()

    def set_text_source(self, source: Callable[[], tuple[str, str, str]] | None) -> None:
        """Where suggestions read the title, lead and body being written (None: the store)."""
        self._text_source = source

    def schedule_suggestions(self) -> None:
        """The text changed: suggest again once typing pauses."""
        if self.article_id is not None:
            self._suggest_timer.start()

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def refresh(self) -> None:
        """Reload the tags and links from the store (after a change, or a deletion elsewhere)."""
        self._fill_tags()
        self._fill_related()
        self._show_suggestions()
        self._update_buttons()

    def tag_codes(self) -> list[str]:
        return [self.tag_list.item(row).data(ID_ROLE) for row in range(self.tag_list.count())]

    def related_ids(self) -> list[int]:
        ids = (
            self.related_list.item(row).data(ID_ROLE) for row in range(self.related_list.count())
        )
        return [i for i in ids if i is not None]  # None: a story not in this store yet

    def suggestion_buttons(self) -> list[QPushButton]:
        return [self.suggest_flow.itemAt(i).widget() for i in range(self.suggest_flow.count())]

    # ----- provinces -----------------------------------------------------------------------
    def province_label(self, code: str, name_used: str = "") -> str:
        """ "Bắc Ninh", or "Bắc Giang → Bắc Ninh" when the story used the former name."""
        province = province_by_code(code)
        current = province.short_name if province else code
        if name_used and is_former_name(code, name_used):
            return self.tr("{former} → {current}").format(former=name_used, current=current)
        return current

    def _fill_tags(self) -> None:
        self.tag_list.clear()
        for tag in self._read(lambda: self.repo.tags.provinces(self.article_id)):
            item = QListWidgetItem(self.province_label(tag.code, tag.name_used))
            item.setData(ID_ROLE, tag.code)
            item.setData(NAME_ROLE, tag.name_used)
            item.setToolTip(tag.name)
            self.tag_list.addItem(item)

    def _update_matches(self, text: str) -> None:
        self.matches.clear()
        tagged = set(self.tag_codes())
        for match in find_provinces(text, limit=8) if text.strip() else []:
            item = QListWidgetItem(self._match_label(match))
            item.setData(ID_ROLE, match.province.code)
            item.setData(NAME_ROLE, match.matched_name)
            item.setToolTip(match.province.name)
            if match.province.code in tagged:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(
                    self.tr("{name} is already tagged.").format(name=match.province.short_name)
                )
            self.matches.addItem(item)
        enabled = [
            i
            for i in range(self.matches.count())
            if self.matches.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
        ]
        if enabled:
            self.matches.setCurrentRow(enabled[0])
        self.matches.setVisible(bool(text.strip()))

    def _match_label(self, match: ProvinceMatch) -> str:
        province, name = match.province, match.matched_name
        if match.is_former or name in (province.short_name, province.name):
            return self.province_label(province.code, name)
        return self.tr("{alias} ({current})").format(alias=name, current=province.short_name)

    def pick_match(self, item: QListWidgetItem | None) -> None:
        """Tag the province of a picker match; the picker empties for the next one."""
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self.add_province(item.data(ID_ROLE), item.data(NAME_ROLE), focus=False)
        self.picker.setText("")  # setText, not clear(): Ctrl+Z now undoes the tag, not this
        # The next name typed goes into the picker (a click on a match took the focus).
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_province(self, code: str, name_used: str, *, focus: bool = True) -> None:
        """Tag *code*; the new chip is selected, and focused unless *focus* is False."""
        if self.article_id is None or code in self.tag_codes():
            return
        label = self.province_label(code, name_used)
        self._push(cmd.AddProvinceCommand(self, self.article_id, code, name_used, label))
        self._select(self.tag_list, code, focus=focus)

    def remove_selected_province(self) -> None:
        item = self.tag_list.currentItem()
        if item is None or self.article_id is None:
            return
        self._push(
            cmd.RemoveProvinceCommand(self, self.article_id, item.data(ID_ROLE), item.text())
        )
        self.tag_list.setFocus(Qt.FocusReason.OtherFocusReason)  # so Ctrl+Z brings it back

    def update_suggestions(self) -> None:
        """Find the provinces the title, lead and body name; offer those not tagged yet."""
        self._suggest_timer.stop()
        self._suggest_serial += 1
        texts = self._suggestion_texts()
        self._mentions = suggest_provinces(*texts) if texts else []
        self._show_suggestions()

    def suggest_soon(self) -> None:
        """As ``update_suggestions``, the text searched on a worker thread (typing paused)."""
        self._suggest_serial += 1
        serial, article_id, texts = self._suggest_serial, self.article_id, self._suggestion_texts()
        if not texts:
            self.update_suggestions()
            return

        def found(mentions) -> None:
            if serial == self._suggest_serial and article_id == self.article_id:
                if mentions == self._mentions:
                    return  # typing paused, the same places: the chips stay, nothing redrawn
                self._mentions = mentions
                self._show_suggestions()

        self._suggester.submit(suggest_provinces, *texts, on_done=found)

    def _suggestion_texts(self) -> tuple[str, ...]:
        if self.article_id is None or self.repo is None:
            return ()
        if self._text_source is not None:
            return self._text_source()
        article = self._read(lambda: self.repo.get(self.article_id), None)
        return (article.title, article.lead, article.body) if article else ()

    def _show_suggestions(self) -> None:
        while self.suggest_flow.count():
            self.suggest_flow.takeAt(0).widget().deleteLater()
        tagged = set(self.tag_codes())
        for mention in [m for m in self._mentions if m.province.code not in tagged][
            :MAX_SUGGESTIONS
        ]:
            used = (mention.former_names or mention.names_used or [mention.province.short_name])[0]
            button = QPushButton(
                self.tr("+ {name}").format(name=self.province_label(mention.province.code, used)),
                self.suggest_box,
            )
            button.setObjectName("provinceSuggestion")
            button.setProperty("code", mention.province.code)
            button.setToolTip(
                self.tr("Named %n time(s) in the story", "", mention.count)
                + ": "
                + ", ".join(mention.names_used)
            )
            button.clicked.connect(
                lambda _checked=False, c=mention.province.code, u=used: self._take_suggestion(c, u)
            )
            self.suggest_flow.addWidget(button)
        self.suggest_label.setVisible(self.suggest_flow.count() > 0)
        self.suggest_box.setVisible(self.suggest_flow.count() > 0)

    def _take_suggestion(self, code: str, name_used: str) -> None:
        self.add_province(code, name_used)
        self.tag_list.setFocus(Qt.FocusReason.OtherFocusReason)  # the button is gone; Ctrl+Z undoes

    # ----- commands report here ------------------------------------------------------------
    def places_changed(self, article_id: int) -> None:
        if article_id == self.article_id:
            self.refresh()
            self._update_matches(self.picker.text())

    def command_failed(self, error: BaseException) -> None:
        self._show_notice(self.tr("The change could not be saved: {reason}"), error)

    def _show_notice(self, template: str, error: BaseException) -> None:
        from lnv_editor.gui.common.errors import describe_error

        self.notice.show_message(template.format(reason=describe_error(error)))

    def _push(self, command: cmd.PlaceCommand) -> None:
        self.notice.hide()
        self.undo_stack.push(command)

    # ----- helpers -------------------------------------------------------------------------
    def _read(self, query, default=()):
        """A store read for the lists; on failure (store closing, locked) show why, not crash."""
        if self.article_id is None or self.repo is None:
            return default
        try:
            return query()
        except Exception as exc:  # noqa: BLE001 - shown in the panel
            self._show_notice(self.tr("Could not read the store: {reason}"), exc)
            return default

    def _select(self, widget: QListWidget, key, focus: bool = True) -> None:
        for row in range(widget.count()):
            if widget.item(row).data(ID_ROLE) == key:
                widget.setCurrentRow(row)
                if focus:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _update_buttons(self) -> None:
        related = self.related_list.currentRow()
        linked = len(self.related_ids())  # the waiting stories come after, and stay there
        self.remove_tag_button.setEnabled(self.tag_list.currentItem() is not None)
        self.unlink_button.setEnabled(related >= 0)
        self.up_button.setEnabled(0 < related < linked)
        self.down_button.setEnabled(0 <= related < linked - 1)
        self.link_button.setEnabled(self._chosen_result() is not None)
