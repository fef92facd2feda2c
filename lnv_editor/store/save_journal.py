"""What an editor session last told its user was saved, kept outside the store.

After a crash the window reopens the draft and says it was recovered. That sentence must be
checked, not assumed: if the store lost saves (a WAL deleted under a running app once made
"Đã lưu" untrue), the store alone cannot tell. So every save the window reports also leaves
a small note here, in the app's data folder: the article, the version the store gave it and
a digest of the text. The next start compares the note with what the store holds.

One file per store and editor session, written atomically (temp file, fsync, rename) from
the autosave worker, removed when the session ends cleanly.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

CONTENT_KEYS = ("title", "lead", "body", "byline", "section", "status")


def content_digest(content: Mapping[str, object]) -> str:
    """The digest of an article's saved text, as the store holds it (NFC, cleaned)."""
    text = json.dumps(
        {key: str(content.get(key, "") or "") for key in CONTENT_KEYS},
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class SavedMark:
    """One article's last save as its session reported it."""

    article_id: int
    version: int
    digest: str
    saved_at: datetime  # aware UTC
    pid: int


def _store_key(store: Path) -> str:
    return hashlib.sha256(str(Path(store).resolve()).encode("utf-8")).hexdigest()[:16]


class SaveJournal:
    def __init__(self, store: Path, directory: Path, session_id: int) -> None:
        self.directory = Path(directory)
        self.file = self.directory / f"{_store_key(store)}-{os.getpid()}-{session_id}.json"
        self._marks: dict[int, dict] = {}
        self._lock = threading.Lock()

    def record(self, article_id: int, version: int, digest: str, saved_at: datetime) -> None:
        """Note a save the store has committed, before the window says "saved"."""
        with self._lock:
            self._marks[article_id] = {
                "version": version,
                "digest": digest,
                "saved_at": saved_at.isoformat(),
            }
            data = json.dumps({"pid": os.getpid(), "articles": self._marks}).encode("utf-8")
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
                fd, temp = tempfile.mkstemp(prefix=".saves-", dir=self.directory)
                try:
                    os.write(fd, data)
                    os.fsync(fd)
                finally:
                    os.close(fd)
                os.replace(temp, self.file)
            except OSError:
                pass  # a note we could not keep only makes the next recovery message vaguer

    def close(self) -> None:
        """The session ended cleanly: nothing to check next time."""
        try:
            self.file.unlink(missing_ok=True)
        except OSError:
            pass

    @staticmethod
    def left_by_dead(
        store: Path, directory: Path, alive: Callable[[int], bool]
    ) -> tuple[list[SavedMark], list[Path]]:
        """The marks of this store's sessions whose process is gone, and their files (to
        remove once the user has been told)."""
        marks: list[SavedMark] = []
        files: list[Path] = []
        for path in sorted(Path(directory).glob(f"{_store_key(store)}-*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                pid = int(data["pid"])
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if pid == os.getpid() or alive(pid):
                continue
            files.append(path)
            for article_id, mark in data.get("articles", {}).items():
                marks.append(
                    SavedMark(
                        int(article_id),
                        int(mark["version"]),
                        str(mark["digest"]),
                        datetime.fromisoformat(mark["saved_at"]),
                        pid,
                    )
                )
        return marks, files


@dataclass(frozen=True, slots=True)
class MarkCheck:
    """What the store holds against what a dead session reported saved."""

    mark: SavedMark
    store_version: int | None  # None: the article is gone from the store
    verdict: str  # "intact" | "newer" | "missing"


def check_mark(mark: SavedMark, current: Mapping[str, object] | None, version: int | None):
    """Compare one mark with the article as the store holds it now."""
    if current is None or version is None:
        return MarkCheck(mark, None, "missing")
    if version > mark.version:
        return MarkCheck(mark, version, "newer")  # saved again since, by someone else
    if version == mark.version and content_digest(current) == mark.digest:
        return MarkCheck(mark, version, "intact")
    return MarkCheck(mark, version, "missing")
