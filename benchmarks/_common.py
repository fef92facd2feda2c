"""Shared helpers for the benchmarks: synthetic Vietnamese stores and timing figures."""

from __future__ import annotations

import itertools
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _vocabulary() -> tuple[list[str], list[int]]:
    """Syllables of the demo articles with their frequencies: real Vietnamese news wording,
    so common words ("làng", "nghề", "Hà Nội") are as common as in real stories."""
    from collections import Counter

    from lnv_editor.core.demo import DEMO_ARTICLES

    counts = Counter(
        word.strip(".,;:!?()“”\"'*#>-")
        for article in DEMO_ARTICLES
        for field in ("title", "lead", "body")
        for word in article[field].split()
    )
    counts.pop("", None)
    words = list(counts)
    return words, [counts[w] for w in words]


WORDS, WEIGHTS = _vocabulary()
CUM_WEIGHTS = list(itertools.accumulate(WEIGHTS))


def sentence(rng: random.Random, words: int) -> str:
    # Frequency-weighted syllables, with every other pick starting a run of 2-3 consecutive
    # demo syllables, so real word pairs ("Hà Nội", "khuyến công") occur as phrase search needs.
    picks = rng.choices(range(len(WORDS)), cum_weights=CUM_WEIGHTS, k=words)
    out: list[str] = []
    for n, index in enumerate(picks):
        out.extend(WORDS[index : index + 3] if n % 2 else (WORDS[index],))
        if len(out) >= words:
            break
    return " ".join(out[:words]).capitalize()


def article_body(rng: random.Random, words: int, photo_ids: list[int]) -> str:
    """Paragraphs of 40-90 words, a subheading every ~8 paragraphs, the photos spread out."""
    paragraphs: list[str] = []
    written = 0
    while written < words:
        n = min(words - written, rng.randint(40, 90))
        paragraphs.append(sentence(rng, n) + ".")
        written += n
        if len(paragraphs) % 8 == 0:
            paragraphs.append("## " + sentence(rng, 5))
        if len(paragraphs) % 12 == 3:
            paragraphs.append("> “" + sentence(rng, 15) + "”, ông Lê Văn Tám nói.")
    step = max(1, len(paragraphs) // (len(photo_ids) + 1))
    for n, photo_id in enumerate(photo_ids, start=1):
        paragraphs.insert(n * step + n - 1, f"![](photo:{photo_id})")
    return "\n\n".join(paragraphs) + "\n"


def synthetic_store(path: Path, n: int, body_words: int = 400) -> Path:
    """A store with *n* articles, made with today's schema; reused if already there."""
    from lnv_editor.store.repository import Repository

    if path.exists():
        conn = sqlite3.connect(path)
        try:
            if conn.execute("SELECT count(*) FROM article").fetchone()[0] == n:
                return path
        finally:
            conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    Repository.open(path).close()  # creates the schema
    rng = random.Random(7)
    conn = sqlite3.connect(path)
    rows = []
    for i in range(1, n + 1):
        title = sentence(rng, 10)
        lead = sentence(rng, 35)
        body = "\n\n".join(sentence(rng, 50) for _ in range(body_words // 50))
        when = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:00.000000"
        rows.append(
            (
                f"urn:bench:{i}",
                f"bai-{i}",
                title,
                lead,
                body,
                "Lê Nam",
                "Làng nghề",
                "published" if i % 4 else "draft",
                when,
                when,
                1,
            )
        )
    conn.executemany(
        "INSERT INTO article (uri, slug, title, lead, body, byline, section, status, created, updated,"
        " version) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.commit()
    conn.close()
    from lnv_editor.store.search_index import rebuild_index

    repo = Repository.open(path)
    t = time.perf_counter()
    with repo.engine.execution_options(write=True).begin() as sa_conn:
        rebuild_index(sa_conn)
    print(f"(built the search index of {n} articles in {time.perf_counter() - t:.1f} s)")
    repo.close()
    return path


def percentile(samples_ms: list[float], fraction: float) -> float:
    samples = sorted(samples_ms)
    return samples[min(len(samples) - 1, int(round(fraction * (len(samples) - 1))))]


def figures(label: str, samples_ms: list[float]) -> str:
    samples = sorted(samples_ms)
    p95 = percentile(samples, 0.95)
    return (
        f"{label}: median {statistics.median(samples):.1f} ms, p95 {p95:.1f} ms, "
        f"max {samples[-1]:.1f} ms (n={len(samples)})"
    )


def run_until(done, timeout: float = 30.0, poll_ms: int = 1) -> None:
    """Run the Qt event loop until *done()* is true (polled every *poll_ms*); TimeoutError
    after *timeout* seconds. Qt is imported here: the store benchmarks never load it."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer(interval=poll_ms)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start()
    guard = QTimer(singleShot=True, interval=int(timeout * 1000))
    guard.timeout.connect(loop.quit)
    guard.start()
    loop.exec()
    poll.stop()
    if not done():
        raise TimeoutError("the app did not settle in time")
