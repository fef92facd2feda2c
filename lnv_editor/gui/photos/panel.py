"""The photo panel: the open article's photos, their texts, and adding them.

Everything a reporter does to photos is a command on ``undo_stack`` (see photo_commands)
that calls the store and then ``photos_changed``; the list is reloaded from the store rather
than trusted to mirror it. Caption, credit and alt text save a moment after typing stops and
when the reporter leaves the field, so nothing typed is lost if the window closes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lnv_editor.core.checks import photo_problems
from lnv_editor.gui.common import file_dialogs
from lnv_editor.gui.common.banner import NoticeBanner
from lnv_editor.gui.common.flow import FlowLayout
from lnv_editor.gui.photos import commands as cmd
from lnv_editor.gui.photos.form import PhotoForm
from lnv_editor.gui.photos.importer import (
    ICON_SIZE,
    IMAGE_SUFFIXES,
    FileDropFilter,
    ImportJob,
    ThumbnailLoader,
    drop_cursor,
)
from lnv_editor.gui.photos.photo_list import ID_ROLE, PhotoList


@dataclass(frozen=True)
class _Target:
    """Where an import in progress goes, decided when it started."""

    repo: object
    article_id: int
    generation: int
    insert_at: QTextCursor | None


class PhotoPanel(QWidget):
    """Photos of the open article."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("photoPanel")
        self.repo = None
        self.article_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self.body_edit: QPlainTextEdit | None = None
        self._records: dict = {}
        self._pushing = False
        self._generation = 0  # bumped on article change: drop positions in old text expire
        self._jobs: list[ImportJob] = []
        self._last_dir = ""
        # The first screen's photos (store/quick.py), shown before the store is ready; actions
        # taken on them then wait for it (``when_ready``, set by the window).
        self._quick: list | None = None
        self._quick_pick: int | None = None  # a photo clicked then: selected once ready
        self.when_ready = lambda run: None
        self.thumbnails = ThumbnailLoader(ICON_SIZE * 2, self)  # twice: sharp on HiDPI screens
        self.thumbnails.ready.connect(lambda sha, _result: self._update_items(sha))
        self._order_timer = QTimer(self, singleShot=True, interval=0)
        self._order_timer.timeout.connect(self._order_from_list)
        self._build()
        self._drops = FileDropFilter(self._wants_drop, self._take_drop, self)
        self.setAcceptDrops(True)
        self.installEventFilter(self._drops)
        self.list.viewport().installEventFilter(self._drops)
        self._update_state()

    # ----- building ------------------------------------------------------------------------
    def _build(self) -> None:
        specs = {  # name: (text, tip, slot)
            "add": (
                self.tr("Add photos…"),
                self.tr(
                    "Add photos from files (JPEG, PNG, WebP, HEIC); or drop them here or on the text"
                ),
                self.choose_files,
            ),
            "insert": (
                self.tr("Insert into body"),
                self.tr("Place the selected photos in the body at the text cursor"),
                lambda: self.insert_into_body(self.selected_ids()),
            ),
            "cover": (
                self.tr("Set as cover"),
                self.tr("Make the selected photo the article's cover"),
                self.set_cover_selected,
            ),
            "remove": (
                self.tr("Remove"),
                self.tr("Remove the selected photos from the article (Ctrl+Z brings them back)"),
                self.remove_selected,
            ),
            "up": (self.tr("Move up"), "", lambda: self.move_selected(-1)),
            "down": (self.tr("Move down"), "", lambda: self.move_selected(+1)),
        }
        self.actions: dict[str, QAction] = {}
        for name, (text, tip, slot) in specs.items():
            action = QAction(text, self)
            action.setObjectName(f"photo_{name}")
            action.setToolTip(tip or text)
            action.triggered.connect(slot)
            self.actions[name] = action

        self.list = PhotoList(self)
        self.list.setObjectName("photoList")
        self.list.empty_text = self.tr(
            "No photos yet.\nDrop photos here or on the text, or click “Add photos…”."
        )
        for name, keys in (
            ("remove", QKeySequence.StandardKey.Delete),
            ("up", "Alt+Up"),
            ("down", "Alt+Down"),
        ):
            self.actions[name].setShortcut(QKeySequence(keys))
            # Only on the list: Delete in a caption field deletes a letter, not a photo.
            self.actions[name].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.addActions([self.actions[n] for n in ("insert", "cover", "up", "down", "remove")])
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemClicked.connect(self._pick_quick)
        # After the drag has finished: the list's own drop code is still running now.
        self.list.model().rowsMoved.connect(lambda *_: self._order_timer.start())

        buttons = FlowLayout()  # onto a second line when the dock is narrow
        buttons.setSpacing(0)
        for name in ("add", "insert", "cover", "remove"):
            button = QToolButton(self)
            button.setDefaultAction(self.actions[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setAutoRaise(True)
            buttons.addWidget(button)

        self.notice = NoticeBanner(self, "photoNotice")

        self.problems_label = QLabel(self, objectName="photoProblems", wordWrap=True)
        self.problems_label.setStyleSheet("color: #8a5a00;")
        self.problems_label.hide()  # until there is a photo to warn about (_update_items)
        self.form = PhotoForm(self)
        self.form.edited.connect(self._text_edited)
        self.form.finished.connect(self._text_finished)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.form)

    def apply_icons(self) -> None:
        """Button icons; qtawesome is imported after the window shows, as for the main window."""
        from lnv_editor.gui.common.icons import apply_icons

        apply_icons(self.actions, prefix="photo.")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.actions["add"].icon().isNull():
            QTimer.singleShot(0, self.apply_icons)

    # ----- public API ----------------------------------------------------------------------
    def show_quick(self, article_id: int, records: list, media) -> None:
        """The first screen: *records* (``store.quick.QuickPhoto``) of *article_id*, with the
        thumbnails already made in *media* (a ``PhotoStore``), as the store will show them.
        Nothing can be changed until the store is ready: a photo clicked is selected then,
        photos added or dropped are imported then."""
        self._quick = records
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.thumbnails.set_store(media)
        self.thumbnails.load_now([record.sha256 for record in records])
        self.set_article(article_id)

    def _pick_quick(self, item: QListWidgetItem) -> None:
        if self._quick is not None:
            self._quick_pick = item.data(ID_ROLE)

    def set_repository(self, repo) -> None:
        """Show photos from *repo* (None: no store). Imports into the previous store stop."""
        self.set_article(None)
        if self._quick is not None:  # the first screen's list, from now on the store's
            self._quick = None
            self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for job in self._jobs:
            job.cancel()
        self.repo = repo
        has_media = repo is not None and repo.path is not None
        self.thumbnails.set_store(repo.media() if has_media else None)

    def set_article(self, article_id: int | None) -> None:
        """Show the photos of *article_id* (None: none). The photo undo history starts afresh,
        as the body's does."""
        pick, self._quick_pick = self._quick_pick, None
        if article_id == self.article_id:
            self.refresh([pick] if pick is not None else None)
            return
        self.save_fields()
        self.undo_stack.clear()
        self.notice.hide()
        self.article_id = article_id
        self._generation += 1
        self.refresh()

    def set_body_editor(self, body_edit: QPlainTextEdit) -> None:
        """The body editor "Insert into body" writes to; photos dropped on it are imported."""
        self.body_edit = body_edit
        body_edit.installEventFilter(self._drops)
        body_edit.viewport().installEventFilter(self._drops)
        self._update_state()

    def is_importing(self) -> bool:
        return bool(self._jobs)

    def can_import(self) -> bool:
        if self._quick is not None:
            return self.article_id is not None  # imported once the store is ready
        return self.repo is not None and self.repo.path is not None and self.article_id is not None

    def import_files(
        self, paths: list[str], *, insert_at: QTextCursor | None = None
    ) -> ImportJob | None:
        """Import *paths* in the background and add them to the open article.

        Files that fail are listed in one notice; the others are added. With *insert_at*
        the photos are also placed in the body there (where they were dropped).
        """
        if not paths or not self.can_import():
            return None
        if self._quick is not None:
            self.when_ready(lambda: self.import_files(paths, insert_at=insert_at))
            return None
        target = _Target(self.repo, self.article_id, self._generation, insert_at)
        job = ImportJob(self.repo.media(), paths, self, context=target)
        self._jobs.append(job)
        job.finished.connect(lambda results, error, j=job: self._import_finished(j, results, error))
        job.start(progress_parent=self.window())
        return job

    def undo(self) -> None:
        self.save_fields()  # a caption still being typed is part of what Ctrl+Z takes back
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def selected_ids(self) -> list[int]:
        """The selected photos' ids, in list order."""
        return [item.data(ID_ROLE) for item in self._items() if item.isSelected()]

    def photo_ids(self) -> list[int]:
        """The article's photo ids as listed (position order)."""
        return [item.data(ID_ROLE) for item in self._items()]

    def item_for(self, photo_id: int) -> QListWidgetItem | None:
        return next((item for item in self._items() if item.data(ID_ROLE) == photo_id), None)

    # ----- user actions --------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = file_dialogs.get_open_file_names(
            self,
            self.tr("Add photos"),
            self._last_dir,
            self.tr(
                "Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif "
                "*.JPG *.JPEG *.PNG *.WEBP *.HEIC *.HEIF);;All files (*)"
            ),
        )
        if paths:
            self._last_dir = str(Path(paths[0]).parent)
            self.import_files(paths)

    def remove_selected(self) -> None:
        if self.selected_ids():
            ids = self.selected_ids()
            text = self.tr("Remove %n photo(s)", "", len(ids))
            self._push(cmd.RemovePhotosCommand(self, self.article_id, ids, text))

    def set_cover_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and not self._records[ids[0]].cover:
            self._push(cmd.SetCoverCommand(self, self.article_id, ids[0]))

    def move_selected(self, step: int) -> None:
        """Keyboard reordering (Alt+Up, Alt+Down): the same command as a drag."""
        ids, selected = self.photo_ids(), self.selected_ids()
        if len(selected) == 1 and 0 <= ids.index(selected[0]) + step < len(ids):
            index = ids.index(selected[0])
            ids.insert(index + step, ids.pop(index))
            self._push_order(ids, moved=selected)

    def insert_into_body(self, photo_ids: Sequence[int], cursor: QTextCursor | None = None) -> None:
        """Place each photo as a paragraph of its own at *cursor* (default: the text cursor)."""
        body = self.body_edit
        if body is None or not photo_ids or not body.isEnabled():
            return
        from lnv_editor.render.markdown_body import photo_markdown  # loads Markdown

        body.insert_paragraphs([photo_markdown(i) for i in photo_ids], cursor)

    # ----- commands report here --------------------------------------------------------------
    def photos_changed(self, article_id: int, select: Sequence[int] | None = None) -> None:
        if article_id == self.article_id:
            self.refresh(select)

    def command_failed(self, error: BaseException) -> None:
        from lnv_editor.gui.common.errors import describe_error

        self.show_notice(
            self.tr("The photo change could not be saved: {reason}").format(
                reason=describe_error(error)
            )
        )

    def show_notice(self, text: str) -> None:
        self.notice.show_message(text)

    def _push(self, command: cmd.PhotoCommand, save_first: bool = True) -> None:
        if save_first:
            self.save_fields()  # first, so that text typed a moment ago is its own step
        self._pushing = True
        try:
            self.undo_stack.push(command)
        finally:
            self._pushing = False

    # ----- the list ----------------------------------------------------------------------------
    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def refresh(self, select: Sequence[int] | None = None) -> None:
        """Reload the photos from the store; keep the selection, or select *select*."""
        records = []
        if self._quick is not None and self.article_id is not None:
            records = self._quick
        elif self.repo is not None and self.article_id is not None:
            records = self.repo.photos.list(self.article_id)
        self._records = {record.id: record for record in records}
        if not select or self.form.has_focus():  # never switch photos under someone typing
            select = self.selected_ids()
        wanted = [photo_id for photo_id in select if photo_id in self._records]
        self.list.blockSignals(True)
        try:
            if self.photo_ids() != list(self._records):
                self.list.clear()
                for record in records:
                    item = QListWidgetItem(self.list)
                    item.setData(ID_ROLE, record.id)
                    item.setSizeHint(QSize(-1, ICON_SIZE.height() + 8))
            for item in self._items():
                item.setSelected(item.data(ID_ROLE) in wanted)
            if wanted:
                first = self.item_for(wanted[0])
                self.list.setCurrentItem(first, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.list.scrollToItem(first)
        finally:
            self.list.blockSignals(False)
        self._update_items()
        self._selection_changed()

    def _update_items(self, sha256: str | None = None) -> None:
        missing = {problem.photo_id for problem in photo_problems(self._records.values())}
        self.list.show_records(self._records, self.thumbnails, missing, only_sha256=sha256)
        self.problems_label.setVisible(bool(missing))
        self.problems_label.setText(
            "⚠ "
            + self.tr(
                "%n photo(s) need alt text or a caption before the article can be marked Ready.",
                "",
                len(missing),
            )
        )

    def _order_from_list(self) -> None:
        """After a drag has moved rows in the list: store the new order as one command."""
        listed = self.photo_ids()
        stored = list(self._records)  # in position order, as listed by the store
        if listed != stored and sorted(listed) == sorted(stored):
            self._push_order(listed, moved=self.selected_ids())

    def _push_order(self, visible: list[int], moved: Sequence[int]) -> None:
        full = [r.id for r in self.repo.photos.list(self.article_id, include_removed=True)]
        shown, order = set(visible), iter(visible)
        # Removed photos keep their slots, so undoing a removal puts each back where it was.
        new_full = [next(order) if photo_id in shown else photo_id for photo_id in full]
        self._push(cmd.ReorderPhotosCommand(self, self.article_id, full, new_full, moved))

    # ----- the form -------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        record = self._records.get(ids[0]) if len(ids) == 1 else None
        hint = (
            self.tr("Select a photo to edit its caption, credit and alt text.")
            if self._records
            else ""
        )
        self.form.show_photo(record, hint)
        self._update_state()

    def save_fields(self) -> None:
        """Store what the form holds now, without waiting for the debounce."""
        if not self._pushing:
            self.form.save()

    def _text_edited(self, photo_id: int, name: str, old: str, new: str) -> None:
        if self.article_id is not None and photo_id in self._records:
            self._push(
                cmd.EditPhotoTextCommand(self, self.article_id, photo_id, name, old, new),
                save_first=False,
            )

    def _text_finished(self) -> None:
        # Coming back to this field later starts a new undo step.
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(top, cmd.EditPhotoTextCommand):
            top.open = False

    def _update_state(self) -> None:
        ids, selected = self.photo_ids(), self.selected_ids()
        one = len(selected) == 1
        self.setEnabled(self.article_id is not None)
        self.actions["add"].setEnabled(self.can_import())
        self.actions["remove"].setEnabled(bool(selected))
        self.actions["cover"].setEnabled(one and not self._records[selected[0]].cover)
        self.actions["insert"].setEnabled(bool(selected) and self.body_edit is not None)
        self.actions["up"].setEnabled(one and ids.index(selected[0]) > 0)
        self.actions["down"].setEnabled(one and ids.index(selected[0]) < len(ids) - 1)

    # ----- imports and drops -------------------------------------------------------------------
    def _import_finished(self, job: ImportJob, results: list, error: BaseException | None) -> None:
        self._jobs.remove(job)
        job.deleteLater()
        target: _Target = job.context
        if target.repo is not self.repo:
            return  # that store was closed meanwhile; the copied originals simply stay unused
        message = job.summary(results, error)
        if message:  # first: the list shrinks to make room, then scrolls to the new photos
            self.show_notice(message)
        from lnv_editor.media import PhotoInfo

        infos = [r for r in results if isinstance(r, PhotoInfo)]
        if infos:
            text = self.tr("Add %n photo(s)", "", len(infos))
            add = cmd.AddPhotosCommand(self, target.article_id, infos, text)
            if target.article_id == self.article_id:
                self._push(add)
            else:
                add.redo()  # the reporter has moved to another article: not its undo step
            if add.ids and target.insert_at is not None and target.generation == self._generation:
                self.insert_into_body(add.ids, target.insert_at)

    def _is_body(self, widget: QObject) -> bool:
        return self.body_edit is not None and widget in (self.body_edit, self.body_edit.viewport())

    def _wants_drop(self, widget: QObject, paths: list[str]) -> bool:
        # On the text only photos are taken; other files stay the text editor's business.
        return self.can_import() and (
            not self._is_body(widget) or any(p.lower().endswith(IMAGE_SUFFIXES) for p in paths)
        )

    def _take_drop(self, widget: QObject, event, paths: list[str]) -> None:
        cursor = drop_cursor(self.body_edit, widget, event) if self._is_body(widget) else None
        self.import_files(paths, insert_at=cursor)
