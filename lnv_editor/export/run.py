"""Exporting a batch of articles: checks, publishing, bundles built on both cores, writing.

The GUI calls ``export_articles`` from a worker thread: *progress(done, total)* after each
article, *cancel* (an ``Event`` or a function returning True) checked between articles. A
cancelled export keeps the bundles finished so far (each complete), records them, and raises
``BundleError`` (``errors.cancelled``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, BundleError
from lnv_editor.core.processes import Cancel, is_cancelled, run_in_processes
from lnv_editor.export import errors, safejson
from lnv_editor.export.build import build_bundle
from lnv_editor.export.collect import Reason, collect, exported_text, publish_problems
from lnv_editor.export.model import FORMAT, FORMAT_VERSION, Bundle, folder_name
from lnv_editor.export.portal import BatchStory, BundleLinks, Portal
from lnv_editor.export.writers import (
    remove_stale_temporaries,
    write_bytes_atomic,
    write_folder,
    write_zip,
)
from lnv_editor.store.bundles import BundleWrites, ExportMark

Progress = Callable[[int, int], None]
BATCH_INDEX = "index.json"
SQLITE_BATCH = 100  # bundles per publish-store transaction


class Target(StrEnum):
    FOLDER = "folder"
    ZIP = "zip"
    SQLITE = "sqlite"


class ExportRefused(BundleError):
    """Some articles are not publishable; ``problems`` has every reason, per article."""

    def __init__(self, problems: dict[int, tuple[str, list[Reason]]]) -> None:
        self.problems = problems
        details = " ".join(
            f"[{aid} {title}] " + " ".join(r.english() for r in reasons)
            for aid, (title, reasons) in problems.items()
        )
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nothing was exported: {count} article(s) cannot be published yet. "
                "Fix these and export again: {details}",
            ),
            count=len(problems),
            details=details,
        )


@dataclass(frozen=True, slots=True)
class Exported:
    article_id: int
    uri: str
    version: int
    title: str
    path: str  # relative to the output folder ("" for sqlite)
    manifest_sha256: str
    outcome: str = "written"  # sqlite: written | unchanged | older


@dataclass(slots=True)
class ExportReport:
    target: Target
    out: Path
    exported: list[Exported] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "target": self.target.value,
            "out": str(self.out),
            "articles": [
                {
                    "id": e.article_id,
                    "uri": e.uri,
                    "version": e.version,
                    "title": e.title,
                    "path": e.path,
                    "manifest_sha256": e.manifest_sha256,
                    "outcome": e.outcome,
                }
                for e in sorted(self.exported, key=lambda e: e.article_id)
            ],
        }


def select_ids(
    repo, ids: Sequence[int] = (), *, all_articles: bool = False, status: str | None = None
) -> list[int]:
    """The articles a command line names: ids as given, or all, or those with *status*."""
    if ids:
        for article_id in ids:
            repo.get(article_id)  # a wrong id is an error before anything is done
        return list(dict.fromkeys(ids))
    if all_articles or status:
        return sorted(repo.list_ids(status=status))
    raise errors.nothing_to_export()


# ----- work done in pool processes (module level so it pickles) -------------------------------
_repos: dict[str, object] = {}
# The batch's links, given to each pool process once (``_start_worker``) rather than pickled
# with every task: a batch of 1,000 stories would otherwise send 1,000 cards per article.
_worker_links: list[BundleLinks | None] = [None]


def _start_worker(links: BundleLinks) -> None:
    _worker_links[0] = links


def _repo_for(store: str):
    from lnv_editor.store.repository import Repository

    if store not in _repos:
        _repos[store] = Repository.open(Path(store), create=False)
    return _repos[store]


def export_one(
    store,
    article_id: int,
    target: str,
    out: str,
    current: bool = False,
    links: BundleLinks | None = None,
) -> Exported | Bundle:
    """Build one bundle and, for a folder or zip target, write it; the sqlite target gets the
    bundle back (one writer, the caller, owns the publish store). *store* is the store file
    (in a pool process, which opens it once) or the caller's repository (in process)."""
    repo = _repo_for(store) if isinstance(store, str) else store
    links = links if links is not None else _worker_links[0]
    bundle = build_bundle(collect(repo, article_id, current=current), links)
    a = bundle.article
    if target == Target.SQLITE:
        return bundle
    if target == Target.FOLDER:
        rel = a.folder_name
        write_folder(bundle, Path(out) / rel)
    else:
        rel = a.folder_name + ".zip"
        write_zip(bundle, Path(out) / rel)
    return Exported(a.id, a.uri, a.version, a.title, rel, bundle.manifest_sha256)


# ----- the batch ----------------------------------------------------------------------------


def export_articles(
    repo,
    article_ids: Sequence[int],
    target: Target | str,
    out: Path | str,
    *,
    progress: Progress | None = None,
    cancel: Cancel = None,
    workers: int = 2,
    current: bool = False,
    portal: Portal | None = None,
) -> ExportReport:
    """Export *article_ids* from *repo* to *out* (a folder for folder/zip, a file for sqlite).

    Refuses the whole batch (``ExportRefused``, nothing written) if any article is not
    publishable; otherwise marks them published, writes one bundle each, records the
    exported versions, and for folder/zip writes the batch's ``index.json``. A published
    article edited since its approval is exported as approved (``collect.exported_text``)
    unless *current* asks for the text as it is now.

    *portal* is the portal the bundles are made for (its address makes the standard
    formats' addresses absolute); ``Portal()`` without an address is the desk's explicit
    choice of bundles that are not valid ninjs; None refuses (``errors.no_portal_address``),
    except into a publish store that records its portal's address.
    """
    target, out = Target(target), Path(out)
    portal = _portal_for(target, out, portal)
    problems = {}
    for article_id in article_ids:
        reasons = publish_problems(repo, article_id, current=current)
        if reasons:
            problems[article_id] = (repo.get(article_id).title, reasons)
    if problems:
        raise ExportRefused(problems)
    # The target is opened before anything is published: a target that cannot be written
    # must leave every article as it was.
    report = ExportReport(target, out)
    if target == Target.SQLITE and out.is_dir():
        raise errors.cannot_write(
            str(out), "it is a folder; give a file name such as portal.sqlite"
        )
    if target != Target.SQLITE:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.cannot_write(str(out), exc.strerror or str(exc)) from exc
        remove_stale_temporaries(out)
    sink = _Sink(target, out, report, portal)
    try:
        writes = BundleWrites(repo)
        writes.publish(article_ids)
        _make_renditions(repo, article_ids, workers, cancel)
    except BaseException:
        sink.close(completed=False)
        raise
    completed = False
    try:
        # The publish store's pages link at the portal and list nothing: no batch to carry.
        stories = _batch(repo, article_ids, current) if target != Target.SQLITE else ()
        links = BundleLinks(portal, stories, target != Target.SQLITE)
        _run(repo, list(article_ids), target, out, sink, progress, cancel, workers, current, links)
        completed = True
    except OSError as exc:
        raise errors.cannot_write(str(out), exc.strerror or str(exc)) from exc
    finally:
        # A cancelled sqlite export writes the bundles finished so far, like folder and zip.
        sink.close(completed=completed or is_cancelled(cancel))
        writes.record_exports(
            [
                ExportMark(e.article_id, e.version, target.value, e.manifest_sha256)
                for e in report.exported
            ]
        )
        if target != Target.SQLITE and report.exported:
            _write_index(report)
    return report


class _Sink:
    """Where finished bundles go: the report, and for sqlite the publish store."""

    def __init__(self, target: Target, out: Path, report: ExportReport, portal: Portal) -> None:
        self.report, self.store = report, None
        self.pending: list[Bundle] = []
        if target == Target.SQLITE:
            from lnv_editor.export.publish_store import PublishStore

            self.store = PublishStore(out)
            if portal.has_address and self.store.base_url() != portal.base:
                self.store.set_base_url(portal.base)

    def take(self, result: Exported | Bundle) -> None:
        if isinstance(result, Bundle):
            self.pending.append(result)
            if len(self.pending) >= SQLITE_BATCH:
                self.flush()
        else:
            self.report.exported.append(result)

    def flush(self) -> None:
        """Write the waiting bundles to the publish store in one transaction."""
        if not self.pending:
            return
        bundles, self.pending = self.pending, []
        for bundle, outcome in zip(bundles, self.store.upsert_many(bundles), strict=True):
            a = bundle.article
            self.report.exported.append(
                Exported(
                    a.id,
                    a.uri,
                    a.version,
                    a.title,
                    "",
                    bundle.manifest_sha256,
                    outcome.outcome.value,
                )
            )

    def close(self, *, completed: bool) -> None:
        if self.store is not None:
            try:
                if completed:
                    self.flush()
            finally:
                self.store.close()


def _make_renditions(repo, article_ids: Sequence[int], workers: int, cancel: Cancel) -> None:
    """Make the renditions the bundles need that are not cached yet (the media layer's
    ``render``), *workers* photos at a time: for a story with many large photos this is most
    of the work. Threads, not processes: Pillow releases the GIL while it decodes, resizes and
    encodes, so two threads keep both cores busy without a process pool's start-up second."""
    from concurrent.futures import ThreadPoolExecutor

    from lnv_editor.media.renditions import RENDITION_WIDTHS, render

    media = repo.media()
    shas = list(dict.fromkeys(p.sha256 for a in article_ids for p in repo.photos.list(a)))
    todo = [
        s for s in shas if not all(media.rendition_file(s, w).is_file() for w in RENDITION_WIDTHS)
    ]

    def one(sha: str) -> None:
        if not is_cancelled(cancel):
            render(media, sha)

    if todo:
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            for _ in pool.map(one, todo):
                pass


def _run(
    repo,
    ids: list[int],
    target: Target,
    out: Path,
    sink: _Sink,
    progress: Progress | None,
    cancel: Cancel,
    workers: int,
    current: bool = False,
    links: BundleLinks | None = None,
) -> None:
    total = len(ids)
    if workers <= 1 or total <= 1:
        for done, article_id in enumerate(ids, start=1):
            if is_cancelled(cancel):
                raise errors.cancelled()
            sink.take(export_one(repo, article_id, target.value, str(out), current, links))
            if progress is not None:
                progress(done, total)
        return
    # Spawned processes (core/processes.py), each opening the store itself; a few bundles
    # queued per worker, so a cancel stops soon and finished bundles do not pile up.
    jobs = [(str(repo.path), article_id, target.value, str(out), current) for article_id in ids]
    finished = run_in_processes(
        export_one,
        jobs,
        workers=workers,
        take=lambda _index, future: sink.take(future.result()),
        progress=progress,
        cancel=cancel,
        initializer=_start_worker,
        initargs=(links or BundleLinks(),),
    )
    if not finished:
        raise errors.cancelled()


def _portal_for(target: Target, out: Path, portal: Portal | None) -> Portal:
    """The portal of this export: the one given, else the one a publish store records.
    Refuses a missing address, and an address other than the publish store's (its pages
    would then link to two portals)."""
    stored = None
    if target == Target.SQLITE and out.is_file():
        from lnv_editor.export.publish_store import PublishStore

        with PublishStore(out) as store:
            stored = store.base_url()
    if portal is None:
        if stored is None:
            raise errors.no_portal_address()
        return Portal(stored)
    if stored is not None and portal.has_address and portal.base != stored:
        raise errors.other_portal_address(str(out), stored, portal.base)
    return portal


def _batch(repo, article_ids: Sequence[int], current: bool) -> tuple[BatchStory, ...]:
    """The stories of this export, with the text their own bundles carry."""
    stories = []
    for article_id in article_ids:
        article = repo.get(article_id)
        text = exported_text(repo, article_id, current=current)
        stories.append(
            BatchStory(
                uri=article.extra["uri"],
                folder=folder_name(article.slug, article.id),
                title=text["title"],
                lead=text["lead"],
                section=text["section"],
                updated=text["updated"],
            )
        )
    return tuple(stories)


def _write_index(report: ExportReport) -> None:
    data = report.as_json()
    data.pop("out")
    data |= {"format": FORMAT, "format_version": FORMAT_VERSION}
    write_bytes_atomic(safejson.dumps(data), report.out / BATCH_INDEX)
