"""File → Xuất bản… and File → Nhập… in a main window: the dialogs, the background run, the
summary. The library refreshes from the store's change record, like after any other write."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from lnv_editor.gui.common import file_dialogs
from lnv_editor.gui.common.errors import describe_error

if TYPE_CHECKING:  # the export layer (Jinja2, Pillow, jsonschema) loads when first used
    from lnv_editor.gui.bundles.export_dialog import ExportChoice
    from lnv_editor.gui.bundles.jobs import BundleJob
    from lnv_editor.gui.bundles.summary import SummaryDialog

CONFIG_KEY = "export_target"
CLOSE_WAIT_S = 60  # a cancelled export stops after the article being written


class BundleActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.workers = 2  # the export's process pool; tests use 1 to stop at an exact article
        self.job: BundleJob | None = None
        self.summary: SummaryDialog | None = None
        a = window.actions
        a["export"].triggered.connect(lambda: self.export())
        a["import"].triggered.connect(lambda: self.import_file())
        a["import_folder"].triggered.connect(lambda: self.import_folder())
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        # Before the window closes its store: a running export stops (its finished bundles stay
        # whole) and an import either finishes its one transaction or writes nothing.
        if event.type() == QEvent.Type.Close and self.job is not None:
            self.job.cancel.set()
            with contextlib.suppress(Exception):
                self.job.future.result(timeout=CLOSE_WAIT_S)
        return False

    def _ready(self) -> bool:
        w = self.window
        if w.repo is None:
            w.statusBar().showMessage(self.tr("Open a store first."), 5000)
            return False
        if self.job is not None:
            w.statusBar().showMessage(self.tr("An export or import is still running."), 5000)
            return False
        # What is exported is what is on screen: the pending autosave goes to the store first.
        if w.autosaver is not None and w.autosaver.article_id is not None:
            w.autosaver.flush("autosave", wait=True)
        return True

    # ----- export ----------------------------------------------------------------------------
    def export(self) -> None:
        if not self._ready():
            return
        w = self.window
        open_id = w.editor.article.id if w.editor.article is not None else None
        rows = w.library.view.selectionModel().selectedRows() if w.model is not None else []
        selected = [w.model.ids[i.row()] for i in rows]
        from lnv_editor.gui.bundles.export_dialog import ExportDialog

        choice, accepted = ExportDialog.getData(
            w,
            w.repo,
            open_id=open_id,
            selected_ids=selected,
            last_target=w.config.get(CONFIG_KEY),
        )
        if choice.open_request is not None:
            self.open_article(choice.open_request)
            return
        if not accepted or choice.out is None or not choice.checked.publishable:
            return
        w.config.set(CONFIG_KEY, str(choice.out))
        w.config.save()
        settings = {k: w.config.get(k) for k in ("portal_url", "publisher_name", "publisher_logo")}
        self._start(
            self.tr("Publishing %n article(s)…", "", len(choice.checked.publishable)),
            _export_for_portal,
            settings,
            w.repo,
            list(choice.checked.publishable),
            choice.target,
            choice.out,
            workers=self.workers,
            current=choice.current,
            on_done=lambda report: self._exported(choice, report),
            on_error=lambda error: self._export_failed(choice, error),
        )

    def _exported(self, choice: ExportChoice, report) -> None:
        written = [e for e in report.exported if e.outcome == "written"]
        unchanged = [e for e in report.exported if e.outcome == "unchanged"]
        older = [e for e in report.exported if e.outcome == "older"]
        parts = [
            self.tr("Published %n article(s) to {where}.", "", len(written)).format(
                where=choice.out
            )
        ]
        if unchanged:
            parts.append(
                self.tr(
                    "%n already had this version there and were left as they were.",
                    "",
                    len(unchanged),
                )
            )
        rows = self._refused_rows(choice.checked.refused)
        for e in older:
            rows.append(
                (
                    e.article_id,
                    e.title,
                    [
                        self.tr(
                            "the publish store already has a newer version; version {version} was not "
                            "written."
                        ).format(version=e.version)
                    ],
                )
            )
        if rows:
            parts.append(self.tr("%n article(s) were left out:", "", len(rows)))
        self._summarise(self.tr("Publishing finished"), " ".join(parts), choice, rows)

    def _export_failed(self, choice: ExportChoice, error: BaseException) -> None:
        from lnv_editor.export import errors
        from lnv_editor.export.run import ExportRefused

        rows = self._refused_rows(choice.checked.refused)
        if isinstance(error, ExportRefused):  # an article changed after the dialog's check
            rows = self._refused_rows(error.problems)
            message = self.tr(
                "Nothing was published: these articles changed and cannot be "
                "published now. Fix them and publish again."
            )
        elif getattr(error, "template", None) == errors.cancelled().template:
            message = self.tr(
                "Publishing was cancelled after %n article(s). Every bundle in {where} is "
                "whole: none was left half-written.",
                "",
                self.job.done_count if self.job else 0,
            ).format(where=choice.out)
        else:
            message = self.tr("Publishing stopped: {reason}").format(reason=describe_error(error))
        self._summarise(self.tr("Publishing stopped"), message, choice, rows)

    def _refused_rows(self, refused: dict) -> list[tuple[int, str, list[str]]]:
        from lnv_editor.gui.bundles.export_dialog import reason_text

        return [
            (article_id, title or self.tr("(untitled)"), [reason_text(r) for r in reasons])
            for article_id, (title, reasons) in refused.items()
        ]

    def _summarise(self, title: str, message: str, choice: ExportChoice, rows: list) -> None:
        folder = choice.out.parent if choice.target == "sqlite" else choice.out
        self._show_summary(title, message, folder if folder.is_dir() else None, rows)

    # ----- import ----------------------------------------------------------------------------
    def import_file(self) -> None:
        if not self._ready():
            return
        path, _filter = file_dialogs.get_open_file_name(
            self.window,
            self.tr("Import a bundle or a publish store"),
            "",
            self.tr("Bundles and publish stores (*.zip *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.import_path(Path(path))

    def import_folder(self) -> None:
        if not self._ready():
            return
        path = file_dialogs.get_existing_directory(
            self.window, self.tr("Import a bundle folder, or a folder of bundles"), ""
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        from lnv_editor.gui.bundles.importing import import_path

        self._start(
            self.tr("Importing {name}…").format(name=path.name),
            import_path,
            self.window.repo,
            path,
            on_done=self._imported,
            on_error=self._import_failed,
        )

    def _import_failed(self, error: BaseException) -> None:
        from lnv_editor.gui.bundles.importing import ImportRefused

        rows = []
        if isinstance(error, ImportRefused):
            rows = [(None, name, [describe_error(e)]) for name, e in error.bundles]
            error = error.error
        if rows:
            message = self.tr(
                "Nothing was imported and the store is unchanged: %n bundle(s) failed "
                "their checks. Ask the sender to export them again.",
                "",
                len(rows),
            )
        else:
            message = self.tr("Nothing was imported and the store is unchanged. {reason}").format(
                reason=describe_error(error)
            )
        self._show_summary(
            self.tr("Nothing was imported"),
            message,
            rows=rows,
            rows_title=self.tr("Bundle and why"),
        )

    def _imported(self, report) -> None:
        added = sum(o.created for o in report.outcomes)
        revised = len(report.outcomes) - added
        message = self.tr(
            "Imported %n article(s): {added} new, {revised} as a new revision of an "
            "article already here (the text it replaced stays in its history).",
            "",
            len(report.outcomes),
        ).format(added=added, revised=revised)
        rows = [
            (
                o.article_id,
                self.window.repo.get(o.article_id).title,
                [
                    self.tr(
                        "related story {uri} is not in this store yet: the link is kept, "
                        "marked as missing, and made when that story is imported."
                    ).format(uri=uri)
                    for uri in o.missing_related
                ],
            )
            for o in report.outcomes
            if o.missing_related
        ]
        self._show_summary(self.tr("Import finished"), message, rows=rows)

    # ----- shared ----------------------------------------------------------------------------
    def _start(self, label: str, fn, *args, on_done, on_error, **kwargs) -> None:
        from lnv_editor.gui.bundles.jobs import BundleJob

        self.job = BundleJob(
            self.window, label, fn, *args, on_done=on_done, on_error=on_error, **kwargs
        )
        self.job.finished.connect(self._job_finished)

    def _job_finished(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()

    def _show_summary(
        self,
        title: str,
        message: str,
        folder: Path | None = None,
        rows: list = (),
        rows_title: str = "",
    ) -> None:
        from lnv_editor.gui.bundles.summary import SummaryDialog

        self.summary = SummaryDialog(
            title,
            message,
            folder=folder,
            rows=list(rows),
            rows_title=rows_title,
            parent=self.window,
        )
        self.summary.articleRequested.connect(self.open_article)
        self.summary.open()  # window-modal, and the GUI keeps running

    def open_article(self, article_id: int) -> None:
        w = self.window
        if w.repo is None:
            return
        if w.model is not None:
            w.library.select(article_id, emit=False)
        w.open_article(article_id)


def _export_for_portal(settings: dict, *args, **kwargs):
    """The export for the portal of the settings (in the worker: a missing or bad address
    ends as the export's error, which says how to set it)."""
    from lnv_editor.export.portal import make_portal
    from lnv_editor.export.run import export_articles

    portal = make_portal(
        settings["portal_url"],
        publisher=settings["publisher_name"],
        logo=settings["publisher_logo"],
    )
    return export_articles(*args, portal=portal, **kwargs)
