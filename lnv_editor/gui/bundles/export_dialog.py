"""File → Xuất bản…: what to export, in which format, where; and, before anything is written,
which articles cannot be published and why (the export layer's reasons, translated)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lnv_editor.export.run import Target
from lnv_editor.gui.common import file_dialogs
from lnv_editor.gui.common.workers import Runner

ID_ROLE = Qt.ItemDataRole.UserRole


class Scope(StrEnum):
    OPEN = "open"
    SELECTED = "selected"
    READY = "ready"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class Checked:
    """The export layer's verdict on a set of articles, for the text that would go out."""

    publishable: tuple[int, ...] = ()
    refused: dict[int, tuple[str, list]] = field(default_factory=dict)  # id: (title, reasons)
    edited: dict[int, tuple[str, int]] = field(default_factory=dict)  # id: (title, approved v.)


@dataclass(frozen=True, slots=True)
class ExportChoice:
    scope: Scope
    target: Target
    out: Path | None
    current: bool
    checked: Checked
    open_request: int | None = None  # an article the user double-clicked to go and fix


def check_articles(repo, ids: list[int], current: bool) -> Checked:
    """Run on a worker: the export layer's checks for every article (thousands take a while)."""
    from lnv_editor.export.collect import edited_since_approval, publish_problems

    publishable, refused, edited = [], {}, {}
    for article_id in ids:
        reasons = publish_problems(repo, article_id, current=current)
        if reasons:
            refused[article_id] = (repo.get(article_id).title, reasons)
            continue
        publishable.append(article_id)
        approved = None if current else edited_since_approval(repo, article_id)
        if approved is not None:
            edited[article_id] = (repo.get(article_id).title, approved.article_version)
    return Checked(tuple(publishable), refused, edited)


def reason_text(reason) -> str:
    """A refusal reason in the interface language, its status named as the library names it
    ("Chờ duyệt", not "review")."""
    from PySide6.QtCore import QCoreApplication

    from lnv_editor.core.article import STATUS_LABELS, Status
    from lnv_editor.i18n import translate_template

    params = dict(reason.params)
    for key in ("status", "ready"):
        if params.get(key) in {s.value for s in Status}:
            label = STATUS_LABELS[Status(params[key])]
            params[key] = QCoreApplication.translate("Article", label)
    text = translate_template(reason.template, params, reason.context)
    return text[:1].upper() + text[1:]  # the layer's reasons follow a title; here they stand alone


def add_reason(parent: QTreeWidgetItem, article_id: int, text: str) -> QTreeWidgetItem:
    """A reason under its article, across both columns so it has the width to be read."""
    child = QTreeWidgetItem(parent, [text])
    child.setData(0, ID_ROLE, article_id)
    child.setToolTip(0, text)
    child.setFirstColumnSpanned(True)
    return child


class ExportDialog(QDialog):
    articleRequested = Signal(int)

    def __init__(
        self,
        repo,
        *,
        open_id: int | None,
        selected_ids: list[int],
        last_target: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Publish articles"))
        self.repo, self.open_id, self.selected_ids = repo, open_id, list(selected_ids)
        self._checked: Checked | None = None
        self._generation = 0
        self._open_request: int | None = None
        self._runner = Runner(self, name="lnv-export-check")

        self.scope = QComboBox(self)
        self.scope.setObjectName("exportScope")
        if open_id is not None:
            title = repo.get(open_id).title or self.tr("(untitled)")
            self.scope.addItem(
                self.tr("The open article: “{title}”").format(title=title), Scope.OPEN
            )
        if self.selected_ids:
            self.scope.addItem(
                self.tr("The articles selected in the library ({count})").format(
                    count=len(self.selected_ids)
                ),
                Scope.SELECTED,
            )
        self.scope.addItem(self.tr("Every ready article"), Scope.READY)
        self.scope.addItem(self.tr("Every article"), Scope.ALL)
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        self.format.addItem(self.tr("Folders (one folder per article)"), Target.FOLDER)
        self.format.addItem(self.tr("Zip files (one file per article)"), Target.ZIP)
        self.format.addItem(
            self.tr("SQLite publish store (one file for the website)"), Target.SQLITE
        )
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        self.browse = QPushButton(self.tr("&Choose…"), self)
        self.browse.setObjectName("exportBrowse")
        self.current = QCheckBox(
            self.tr("Export the &current text, edits made after approval included"), self
        )
        self.current.setObjectName("exportCurrent")
        self.current.setToolTip(
            self.tr(
                "Normally the text an editor approved is published. Tick this to publish "
                "the text as it is now."
            )
        )
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.problems = QTreeWidget(self)
        self.problems.setObjectName("exportProblems")
        self.problems.setHeaderLabels([self.tr("Article"), self.tr("Why")])
        self.problems.setRootIsDecorated(True)
        self.problems.setWordWrap(True)
        self.problems.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.problems.header().setStretchLastSection(True)
        self.problems.setColumnWidth(0, 420)
        self.problems.setToolTip(self.tr("Double-click an article to open it and fix it"))
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(
            self.tr("&Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("exportOk")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))

        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.scope)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Save to:"), where)
        form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(
            self.path
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.current)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)  # takes the room while the list is hidden, none while it shows
        layout.addWidget(self.buttons)
        for widget, name in (
            (self.scope, self.tr("What to publish")),
            (self.format, self.tr("Format")),
            (self.path, self.tr("Where to save")),
            (self.problems, self.tr("Articles that need attention")),
        ):
            widget.setAccessibleName(name)

        if last_target:
            self.path.setText(last_target)
            if Path(last_target).suffix.lower() in (".sqlite", ".db"):
                self.format.setCurrentIndex(self.format.findData(Target.SQLITE))
        self.scope.currentIndexChanged.connect(lambda _i: self._recheck())
        self.current.toggled.connect(lambda _on: self._recheck())
        self.path.textChanged.connect(lambda _t: self._update_ok())
        self.format.currentIndexChanged.connect(lambda _i: self._update_ok())
        self.browse.clicked.connect(self.choose_target)
        self.problems.itemDoubleClicked.connect(self._open_item)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(780, 500)
        self._recheck()

    # ----- choices ---------------------------------------------------------------------------
    def ids_in_scope(self) -> list[int]:
        scope = Scope(self.scope.currentData())
        if scope == Scope.OPEN:
            return [self.open_id]
        if scope == Scope.SELECTED:
            return list(self.selected_ids)
        return sorted(self.repo.list_ids(status="ready" if scope == Scope.READY else None))

    def choose_target(self) -> None:
        target = Target(self.format.currentData())
        start = self.path.text().strip()
        if target == Target.SQLITE:
            path, _filter = file_dialogs.get_save_file_name(
                self,
                self.tr("Publish store file"),
                start or "portal.sqlite",
                self.tr("SQLite publish stores (*.sqlite *.db)"),
            )
        else:
            path = file_dialogs.get_existing_directory(
                self, self.tr("Folder for the bundles"), start
            )
        if path:
            self.path.setText(path)

    def data(self) -> ExportChoice:
        text = self.path.text().strip()
        return ExportChoice(
            scope=Scope(self.scope.currentData()),
            target=Target(self.format.currentData()),
            out=Path(text) if text else None,
            current=self.current.isChecked(),
            checked=self._checked or Checked(),
            open_request=self._open_request,
        )

    @classmethod
    def getData(cls, parent, repo, **kwargs) -> tuple[ExportChoice, bool]:  # noqa: N802 - house idiom
        dialog = cls(repo, parent=parent, **kwargs)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.data()
        dialog.deleteLater()
        return result, accepted

    # ----- the checks ------------------------------------------------------------------------
    def _recheck(self) -> None:
        self._generation += 1
        generation = self._generation
        self._checked = None
        self.problems.clear()
        self.status.setText(self.tr("Checking the articles…"))
        self._update_ok()
        ids = self.ids_in_scope()
        self._runner.submit(
            check_articles,
            self.repo,
            ids,
            self.current.isChecked(),
            on_done=lambda checked: self._show_checked(generation, checked),
            on_error=lambda error: self._check_failed(generation, error),
        )

    def is_checked(self) -> bool:
        return self._checked is not None

    def _show_checked(self, generation: int, checked: Checked) -> None:
        if generation != self._generation:
            return  # the user changed the choice meanwhile
        self._checked = checked
        self.problems.clear()
        for article_id, (title, reasons) in checked.refused.items():
            item = self._article_item(article_id, title, self.tr("Cannot be published"))
            for reason in reasons:
                add_reason(item, article_id, reason_text(reason))
            item.setExpanded(True)
        for article_id, (title, version) in checked.edited.items():
            item = self._article_item(article_id, title, self.tr("Edited after approval"))
            text = self.tr(
                "The approved text (version {version}) will be published, not the later edits."
            )
            add_reason(item, article_id, text.format(version=version))
            item.setExpanded(True)
        count, refused = len(checked.publishable), len(checked.refused)
        if not count and not refused:
            text = self.tr("There is nothing to publish here.")
        elif refused:
            text = " ".join(
                (
                    self.tr("%n article(s) will be published.", "", count),
                    self.tr(
                        "%n cannot be published yet and will be left out; double-click one "
                        "to open it.",
                        "",
                        refused,
                    ),
                )
            )
        else:
            text = self.tr("%n article(s) will be published.", "", count)
        self.status.setText(text)
        self.problems.setVisible(self.problems.topLevelItemCount() > 0)
        self._update_ok()

    def _article_item(self, article_id: int, title: str, note: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.problems, [title or self.tr("(untitled)"), note])
        item.setData(0, ID_ROLE, article_id)
        item.setToolTip(0, item.text(0))
        return item

    def _check_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            from lnv_editor.gui.common.errors import describe_error

            self.status.setText(describe_error(error))

    def _update_ok(self) -> None:
        ready = bool(self._checked and self._checked.publishable and self.path.text().strip())
        self.ok.setEnabled(ready)

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        self._open_request = item.data(0, ID_ROLE)
        self.articleRequested.emit(self._open_request)
        self.reject()

    def done(self, result: int) -> None:
        self._generation += 1  # late check results are dropped
        self._runner.shutdown(wait=False)
        super().done(result)
