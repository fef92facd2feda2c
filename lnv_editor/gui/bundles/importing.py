"""The import as the window runs it: the import layer's all-or-nothing import, and when it
refuses a batch folder, every bundle in it that fails its checks (the layer stops at the first),
so the sender can be told all of them at once."""

from __future__ import annotations

from pathlib import Path

from lnv_editor.core.errors import BundleError


class ImportRefused(Exception):
    """Nothing was imported. ``error``: the import layer's error; ``bundles``: (name, error)
    for each bundle of a batch folder that fails its checks."""

    def __init__(self, error: BundleError, bundles: list[tuple[str, BundleError]]) -> None:
        super().__init__(str(error))
        self.error, self.bundles = error, bundles


def import_path(repo, path: Path, *, progress=None, cancel=None):
    """``import_bundles``; a refusal becomes ``ImportRefused`` naming every bad bundle."""
    from lnv_editor.export import errors
    from lnv_editor.export.importer import import_bundles

    try:
        return import_bundles(repo, path, progress=progress, cancel=cancel)
    except BundleError as exc:
        if exc.template == errors.import_cancelled().template:
            raise
        raise ImportRefused(exc, refused_bundles(path)) from exc


def refused_bundles(path: Path) -> list[tuple[str, BundleError]]:
    """Each bundle of a batch folder that fails the reader's checks, by name (empty for a
    single bundle, a zip or a publish store: the layer's one error says it all)."""
    from lnv_editor.export.model import MANIFEST
    from lnv_editor.export.reader import read_any

    path = Path(path)
    if not path.is_dir() or (path / MANIFEST).exists():
        return []
    refused = []
    for entry in sorted(path.iterdir()):
        if entry.name == "index.json" or entry.name.startswith("."):
            continue
        try:
            read_any(entry)
        except BundleError as exc:
            refused.append((entry.name, exc))
    return refused
