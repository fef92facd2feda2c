"""How long File → Xuất bản… takes to list what cannot be published, for 1,000 articles.

The check runs on a worker thread (the dialog stays responsive); this prints how long the
user waits before the Publish button is enabled. Run: python benchmarks/bench_export_check.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from lnv_editor.gui.bundles.export_dialog import check_articles
from lnv_editor.store.repository import Repository

COUNT = 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        repo = Repository.open(Path(tmp) / "store.sqlite")
        ids = [
            repo.create(
                title=f"Bài {n} về làng nghề",
                lead="Sapo một câu.",
                body="Đoạn một.\n\nĐoạn hai.",
                byline="Lê Nam",
                section="Làng nghề",
            ).id
            for n in range(COUNT)
        ]
        start = time.perf_counter()
        checked = check_articles(repo, ids, False)
        elapsed = time.perf_counter() - start
        repo.close()
    print(
        f"checked {COUNT} articles in {elapsed:.2f} s "
        f"({len(checked.refused)} refused, {len(checked.publishable)} publishable)"
    )


if __name__ == "__main__":
    main()
