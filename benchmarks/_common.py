"""Shared helpers for the benchmarks: synthetic Vietnamese stores and timing figures."""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SYLLABLES = (
    "làng nghề gốm sứ Bát Tràng mây tre đan lụa Vạn Phúc đồ gỗ Đồng Kỵ khuyến công hỗ trợ "
    "doanh nghiệp sản phẩm OCOP nông thôn mới tỉnh thành phố Hà Nội Bắc Ninh Thanh Hóa Huế "
    "nghệ nhân thợ trẻ xuất khẩu thị trường máy móc thiết bị tiết kiệm năng lượng đào tạo"
).split()


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(SYLLABLES) for _ in range(words)).capitalize()


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
        rows.append((f"urn:bench:{i}", f"bai-{i}", title, lead, body, "Lê Nam", "Làng nghề",
                     "published" if i % 4 else "draft", when, when, 1, title.lower()))
    conn.executemany(
        "INSERT INTO article (uri, slug, title, lead, body, byline, section, status, created, updated,"
        " version, search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.commit()
    conn.close()
    return path


def figures(label: str, samples_ms: list[float]) -> str:
    samples = sorted(samples_ms)
    p95 = samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))]
    return (f"{label}: median {statistics.median(samples):.1f} ms, p95 {p95:.1f} ms, "
            f"max {samples[-1]:.1f} ms (n={len(samples)})")
