"""A process that holds a store open and runs, one after another, every path that reads the
store's files outside a save: the refusal checks (``probe``), the first screen's quick reader,
a photo import, an export (pool processes included) and a second repository on the same file,
as a store switch there and back opens one. After each it waits for the parent (who runs the
command line meanwhile), saves, and says so; the parent then reads the store from a third
process and finally kills this one with SIGKILL. Used by tests/store/test_locks.py.

Protocol (one line each way): child "ready <article id>" / "saved <step> <version>";
parent "next <step>" on stdin; the child exits on end of input.
"""

from __future__ import annotations

import sys
from pathlib import Path

STEPS = ("probe", "first-screen", "photo", "export", "reopen")


def run_step(step: str, repo, store: Path, article_id: int, work: Path) -> None:
    if step == "probe":
        from lnv_editor.store.engine import check_local_filesystem, probe

        probe(store)
        check_local_filesystem(store)
    elif step == "first-screen":
        from lnv_editor.store.quick import open_quick

        reader = open_quick(store)
        assert reader is not None
        reader.library_rows(reader.list_ids())
        reader.first_article()
    elif step == "photo":
        from lnv_editor.media import import_many

        infos = import_many(repo.media(), [work / "anh.png"])
        repo.photos.add(article_id, infos, caption="Chum vại", alt="Chum vại phơi nắng")
    elif step == "export":
        from lnv_editor.core.provinces import resolve_province
        from lnv_editor.export.portal import Portal
        from lnv_editor.export.run import export_articles

        match = resolve_province("Bắc Ninh")
        repo.tags.set_provinces(article_id, [(match.province.code, match.matched_name)])
        repo.review.transition(article_id, "submit")
        repo.review.transition(article_id, "approve", role="editor")
        export_articles(
            repo, [article_id], "folder", work / "out", workers=2, portal=Portal("https://lnv.vn")
        )
    elif step == "reopen":
        from lnv_editor.store.repository import Repository

        other = Repository.open(store)
        other.count()
        other.close()


def main() -> None:
    from PIL import Image

    from lnv_editor.store.repository import Repository

    store, work = Path(sys.argv[1]), Path(sys.argv[2])
    Image.new("RGB", (64, 48), (180, 90, 40)).save(work / "anh.png")
    repo = Repository.open(store)
    article = repo.create(
        title="Làng gốm",
        lead="Lò gốm đỏ lửa quanh năm.",
        byline="Lê Nam",
        section="Làng nghề",
        body="Mở đầu.",
    )
    print(f"ready {article.id}", flush=True)
    for line in sys.stdin:
        _, step = line.split()
        run_step(step, repo, store, article.id, work)
        current = repo.get(article.id)
        result = repo.save(
            article.id,
            {"body": f"{current.body}\n\nĐoạn sau bước {step}."},
            base_version=current.version,
            reason="autosave",
        )
        print(f"saved {step} {result.version}", flush=True)


if __name__ == "__main__":
    main()
