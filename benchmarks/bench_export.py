"""Benchmark: exporting bundles.

    python benchmarks/bench_export.py [--photos 10] [--articles 1000] [--keep DIR]

1. One article with 10 photos of 24 MP (synthetic camera JPEGs, as in bench_photos.py),
   exported to a folder with its renditions not yet made ("cold"), then again into a new
   folder with them cached ("cached").
2. A batch of 1,000 text articles (about 600 words each, two province tags) exported to
   folders and, from a second copy of the store, to a publish store (sqlite).

Each measurement runs in its own child process, started from this small one, so the peak
memory printed (``ru_maxrss`` of the exporting process and of its largest pool worker) is that
measurement's alone. Targets from the bundle issue: one article <= 3 s cold and <= 0.3 s
cached; 1,000 articles <= 60 s to folders and <= 30 s to sqlite.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TARGETS = {"one-cold": 3.0, "one-cached": 0.3, "batch-folder": 60.0, "batch-sqlite": 30.0}


def make_photo_store(directory: Path, photos: int) -> Path:
    """A store with one publishable article holding *photos* 24 MP photos."""
    from bench_photos import generate

    from lnv_editor.core.provinces import resolve_province
    from lnv_editor.media import import_photo
    from lnv_editor.render.markdown_body import photo_markdown
    from lnv_editor.store.repository import Repository

    incoming = directory / "incoming"
    incoming.mkdir()
    paths = generate(incoming, photos, (6000, 4000))
    repo = Repository.open(directory / "photos.sqlite")
    article = repo.create(
        title="Gốm Bát Tràng qua mười khuôn hình",
        lead="Một ngày ở lò gốm.",
        byline="Lê Nam",
        section="Làng nghề",
        body="Mở đầu.",
    )
    infos = [import_photo(repo.media(), p) for p in paths]
    added = repo.photos.add(
        article.id,
        infos,
        caption="Nghệ nhân bên lò",
        credit="Ảnh: Lê Nam",
        alt="Người thợ cầm bình gốm men lam",
    )
    body = "Mở đầu.\n\n" + "\n\n".join(
        f"Đoạn {n}.\n\n{photo_markdown(p.id)}" for n, p in enumerate(added)
    )
    repo.save(article.id, {"body": body}, base_version=repo.get(article.id).version, reason="save")
    repo.tags.set_provinces(article.id, [(resolve_province("Hà Nội").province.code, "Hà Nội")])
    repo.review.transition(article.id, "submit")  # only approved stories are exported
    repo.review.transition(article.id, "approve", role="editor")
    repo.close()
    shutil.rmtree(incoming)
    return directory / "photos.sqlite"


def make_batch_store(path: Path, articles: int) -> Path:
    from _common import sentence

    from lnv_editor.core.provinces import current_provinces
    from lnv_editor.store.repository import Repository

    rng = random.Random(11)
    provinces = [p.code for p in current_provinces()]
    repo = Repository.open(path)
    rows = [
        {
            "title": sentence(rng, 10),
            "lead": sentence(rng, 35),
            "body": "\n\n".join(sentence(rng, 60) for _ in range(10)),
            "byline": "Lê Nam",
            "section": "Làng nghề",
            "status": "ready",
        }
        for _ in range(articles)
    ]
    repo.bulk_insert(rows)
    for article_id in repo.list_ids():
        repo.tags.set_provinces(article_id, [(c, "") for c in rng.sample(provinces, 2)])
    repo.close()
    return path


def measure(phase: str, store: Path, out: Path) -> dict:
    from lnv_editor.export.portal import Portal
    from lnv_editor.export.run import export_articles
    from lnv_editor.store.repository import Repository

    repo = Repository.open(store, create=False)
    ids = repo.list_ids(newest_first=False)
    target = "sqlite" if phase == "batch-sqlite" else "folder"
    start = time.perf_counter()
    report = export_articles(repo, ids, target, out, workers=2, portal=Portal("https://lnv.vn"))
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "articles": len(report.exported),
        "self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _child(phase: str, store: Path, out: Path) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--measure", phase, str(store), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=10)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--measure", nargs=3, help=argparse.SUPPRESS)  # a child's part
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)  # a child's part
    args = parser.parse_args(argv)
    if args.prepare:
        make_photo_store(args.prepare, args.photos)
        batch = make_batch_store(args.prepare / "batch.sqlite", args.articles)
        shutil.copy(batch, args.prepare / "batch2.sqlite")
        return 0
    if args.measure:
        phase, store, out = args.measure
        print(json.dumps(measure(phase, Path(store), Path(out))))
        return 0
    with tempfile.TemporaryDirectory(prefix="lnv-bench-export-") as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        # In a child: Linux counts the memory of the process that starts a child in the
        # child's ru_maxrss, so the photo generator's must stay out of the measuring ones.
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--prepare",
                str(work),
                "--photos",
                str(args.photos),
                "--articles",
                str(args.articles),
            ],
            check=True,
        )
        photos, batch, batch2 = (
            work / "photos.sqlite",
            work / "batch.sqlite",
            work / "batch2.sqlite",
        )
        print(
            f"prepared {args.photos} photos of 24 MP and {args.articles} articles "
            f"in {time.perf_counter() - t:.1f} s (not part of the figures)"
        )
        results = {
            "one-cold": _child("one-cold", photos, work / "one-cold"),
            "one-cached": _child("one-cached", photos, work / "one-cached"),
            "batch-folder": _child("batch-folder", batch, work / "batch-folder"),
            "batch-sqlite": _child("batch-sqlite", batch2, work / "portal.sqlite"),
        }
    ok = True
    for phase, r in results.items():
        within = r["seconds"] <= TARGETS[phase]
        ok &= within
        print(
            f"{phase:<13} {r['articles']:>5} article(s)  {r['seconds']:7.2f} s  (target <= "
            f"{TARGETS[phase]:g} s)  peak RSS: exporter {r['self_mb']:.0f} MB, largest worker "
            f"{r['worker_mb']:.0f} MB  {'ok' if within else 'SLOW'}"
        )
    print("OK: within targets" if ok else "NOT within targets")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
