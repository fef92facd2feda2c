"""An article store with publishable stories (photos, provinces, related links) for the
export tests; photos are drawn on the fly, nothing binary is checked in."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image

from lnv_editor.media import import_photo
from lnv_editor.render.markdown_body import photo_markdown
from lnv_editor.store.repository import Repository


def draw_photo(path: Path, seed: int, size=(900, 600)) -> Path:
    """A JPEG with real detail (so renditions differ per seed) and camera metadata."""
    rng = random.Random(seed)
    im = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    for _ in range(40):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        im.paste(
            (rng.randrange(256), rng.randrange(256), rng.randrange(256)),
            (x, y, min(size[0], x + 120), min(size[1], y + 90)),
        )
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (21.0, 1.0, 42.6)
    im.save(path, "JPEG", quality=90, exif=exif, comment=b"21.0285 N 105.8542 E")
    return path


class Newsroom:
    """Builds articles in one store."""

    def __init__(self, repo: Repository, tmp: Path) -> None:
        self.repo, self.tmp, self._seed = repo, tmp, 0
        tmp.mkdir(parents=True, exist_ok=True)

    def photo_infos(self, count: int):
        infos = []
        for _ in range(count):
            self._seed += 1
            infos.append(
                import_photo(
                    self.repo.media(), draw_photo(self.tmp / f"p{self._seed}.jpg", self._seed)
                )
            )
        return infos

    def article(
        self,
        title="Nghề gốm Bát Tràng giữ lửa",
        *,
        photos=2,
        provinces=("Hà Nội", "Bắc Giang"),
        related=(),
        lead="Làng gốm nghìn năm tuổi bên sông Hồng vẫn đỏ lửa mỗi ngày.",
        byline="Lê Nam",
        section="Làng nghề",
        caption="Nghệ nhân bên lò gốm",
        credit="Ảnh: Lê Nam",
        alt="Người thợ cầm chiếc bình men lam",
        body_intro="Đoạn *một*.",
        approve=True,
    ) -> int:
        from lnv_editor.core.provinces import resolve_province

        a = self.repo.create(
            title=title, lead=lead, byline=byline, section=section, body=body_intro
        )
        added = self.repo.photos.add(
            a.id, self.photo_infos(photos), caption=caption, credit=credit, alt=alt
        )
        body = (
            body_intro
            + "\n\n"
            + "\n\n".join(photo_markdown(p.id) for p in added)
            + "\n\n## Tiêu đề phụ\n\nĐoạn hai."
        )
        self.repo.save(
            a.id, {"body": body}, base_version=self.repo.get(a.id).version, reason="save"
        )
        if provinces:
            matches = [resolve_province(n) for n in provinces]
            self.repo.tags.set_provinces(a.id, [(m.province.code, m.matched_name) for m in matches])
        if related:
            self.repo.tags.set_related(a.id, list(related))
        if approve:
            self.approve(a.id)
        return a.id

    def approve(self, article_id: int) -> None:
        """Through the workflow, as the desk does: submitted, then approved by an editor (a
        published article is reopened first: its edits are published only once approved)."""
        if self.repo.get(article_id).status == "published":
            self.repo.review.transition(article_id, "reopen")
        if self.repo.get(article_id).status in ("draft", "returned"):
            self.repo.review.transition(article_id, "submit")
        self.repo.review.transition(article_id, "approve", role="editor")


@pytest.fixture
def repo(tmp_path):
    r = Repository.open(tmp_path / "store.sqlite")
    yield r
    r.close()


@pytest.fixture
def newsroom(repo, tmp_path) -> Newsroom:
    return Newsroom(repo, tmp_path / "incoming")


@pytest.fixture
def fresh_repo(tmp_path):
    r = Repository.open(tmp_path / "other" / "store.sqlite")
    yield r
    r.close()


def store_state(repo: Repository) -> tuple:
    """Everything an import could change: every row of every table, and the photo files."""
    import sqlite3

    conn = sqlite3.connect(repo.path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'article_fts%' "
                "AND name NOT LIKE 'article_pairs%' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        rows = tuple((t, tuple(conn.execute(f'SELECT * FROM "{t}" ORDER BY 1'))) for t in tables)
    finally:
        conn.close()
    media = repo.media().root
    files = (
        tuple(sorted(str(p.relative_to(media)) for p in media.rglob("*") if p.is_file()))
        if media.exists()
        else ()
    )
    return rows, files


@pytest.fixture
def state():
    return store_state


def folder_files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def read_tree():
    return folder_files
