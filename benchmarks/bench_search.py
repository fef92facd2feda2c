"""Search on a synthetic Vietnamese archive: every query shape, wall time and thread CPU time,
checked against the targets (exit status 1 when one is missed).

    python benchmarks/bench_search.py              # 100,000 articles
    LNV_BENCH_1M=1 python benchmarks/bench_search.py   # and 1,000,000 (a ~14 GB store made by
                                                       # repeating the 100,000 one)

Stores are kept in ``$LNV_BENCH_DIR`` (default: the temp dir) and reused. Targets (issue 20):
top-20 p95 <= 30 ms on 100,000 articles and <= 60 ms on 1,000,000; on 100,000, the library
filtered by a search (all matches, any order) p95 <= 100 ms and suggestions p95 <= 50 ms.

SQLite runs on the calling thread, so its thread CPU time is the work itself; wall time adds
waiting for a core. When the load average is above the number of cores, other processes
inflate wall times several-fold: the gate then uses thread CPU time, and says so. Each shape
runs once before it is timed; that first pass's slowest call is printed, not gated: it reads
from disk what the file cache gave back, and measures the disk more than the query.
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import synthetic_store

ALL = [
    "ha noi",
    "Hà Nội",
    "bat trang",
    "gốm sứ",
    "khuyến công hỗ trợ",
    "thanh hoa",
    "dong ky",
    "OCOP",
    "nghệ nhân",
    "xuat khau thi truong",
    "làng nghề",
    "tiết kiệm năng",
]
# Several syllables found in a row; typed with diacritics, the top is re-checked for them.
PHRASES = [
    "ha noi",
    "Hà Nội",
    "bat trang",
    "gốm sứ",
    "thanh hoa",
    "dong ky",
    "Đồng Kỵ",
    "làng nghề",
]
# No article has these syllables in a row: a look for the phrase, then all the words.
APART = ["nghề gốm truyền thống", "tiết kiệm năng", "bat trang ha noi"]
# Search-as-you-type: each query of ALL as typed, letter by letter, stopped inside a word
# (its last word a prefix), e.g. "gốm s", "khuyến công hỗ t", "tiết kiệm nă".
TYPED = sorted(
    {q[:n] for q in ALL for n in range(1, len(q)) if q[n - 1] != " " and q[n] != " "},
    key=lambda q: (ALL.index(next(a for a in ALL if a.startswith(q))), len(q)),
)
TOP20 = {100_000: 30.0, 1_000_000: 60.0}
# The library's and the suggestions' targets are set for 100,000 articles (issue 20); on
# 1,000,000 they are printed, not gated.
LIBRARY, SUGGEST = {100_000: 100.0}, {100_000: 50.0}


def _p95(samples: list[float]) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]


class Gate:
    def __init__(self) -> None:
        self.load = os.getloadavg()[0]
        self.cores = os.cpu_count() or 1
        self.use_cpu = self.load > self.cores
        self.missed: list[str] = []

    def timed(self, label: str, calls, target: float | None, repeat: int = 5, before=None) -> None:
        """*before*, if given, runs untimed before each call (a write, a forgotten cache).
        Each call runs once before the timed repeats: that first pass reads from disk what
        the machine's file cache lost (this VM's cache keeps about 1-3 GB and gives back
        pages it has not used for a while), which measures the disk, not the query. Its
        slowest call is printed beside the gated figures, and not gated."""
        first_wall, first_cpu = 0.0, 0.0
        for call in calls:
            if before is not None:
                before()
            t, c = time.perf_counter(), time.thread_time()
            call()
            first_cpu = max(first_cpu, (time.thread_time() - c) * 1000)
            first_wall = max(first_wall, (time.perf_counter() - t) * 1000)
        wall, cpu = [], []
        for _ in range(repeat):
            for call in calls:
                if before is not None:
                    before()
                t, c = time.perf_counter(), time.thread_time()
                call()
                cpu.append((time.thread_time() - c) * 1000)
                wall.append((time.perf_counter() - t) * 1000)
        gated = _p95(cpu if self.use_cpu else wall)
        verdict = ""
        if target is not None:
            ok = gated <= target
            verdict = f"  target p95 <= {target:.0f} ms ({'cpu' if self.use_cpu else 'wall'}): "
            verdict += "ok" if ok else "MISSED"
            if not ok:
                self.missed.append(f"{label}: p95 {gated:.1f} ms > {target:.0f} ms")
        print(
            f"{label}\n    wall: median {statistics.median(wall):.1f} ms, p95 {_p95(wall):.1f} ms"
            f" | thread CPU: median {statistics.median(cpu):.1f} ms, p95 {_p95(cpu):.1f} ms"
            f" (n={len(wall)}){verdict}\n    first pass, slowest call: wall {first_wall:.1f} ms,"
            f" thread CPU {first_cpu:.1f} ms"
        )


def _tag_provinces(repo) -> None:
    # a realistic share of articles tagged, so province filters and suggestions have work
    if not repo.tags.provinces(1):
        with repo.engine.execution_options(write=True).begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO article_province (article_id, code, name_used, position) "
                "SELECT id, CASE id % 3 WHEN 0 THEN '01' WHEN 1 THEN '38' ELSE '24' END, '', 0 "
                "FROM article"
            )


BASE = 100_000
FTS_TABLES = ("article_fts", "article_pairs", "article_triples", "article_heads")
HASH_SIZE = 1 << 30  # bytes of pending terms per FTS5 table before a segment is written


def _repeated_store(folder: Path, n: int) -> Path:
    """A store of *n* articles (a multiple of BASE): the BASE store's articles repeated with
    new ids, slugs, dates and province tags, their folded text and syllable pairs copied
    rather than made again (SQLite's own inserts; Python only cuts the pairs of BASE once).
    The word and pair lists then have the length and mix of *n* generated articles; building
    1,000,000 that way takes minutes instead of hours."""
    from lnv_editor.store.repository import Repository
    from lnv_editor.store.search_heads import heads_row
    from lnv_editor.store.search_pairs import COLUMNS, pair_text
    from lnv_editor.store.search_triples import triple_text

    path = folder / f"lnv-bench-{n}.sqlite"
    if path.exists():
        with contextlib.closing(sqlite3.connect(path)) as conn:
            try:
                if conn.execute("SELECT max(id) FROM article").fetchone()[0] == n:
                    return path
            except sqlite3.DatabaseError:
                pass  # a build stopped half-way (no journal): made again
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    base = synthetic_store(folder / f"lnv-bench-{BASE}.sqlite", BASE)
    repo = Repository.open(base)
    _tag_provinces(repo)
    repo.close()
    started = time.perf_counter()
    with contextlib.closing(sqlite3.connect(base)) as src:
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with contextlib.closing(sqlite3.connect(path)) as dst:
            src.backup(dst)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        # A scratch copy until it is whole: no journal, no syncs, merges in memory.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -1000000")
        # Each FTS5 table keeps a copy's terms in memory and writes one segment per commit
        # (the default, 1 MB, writes hundreds and merges them again and again: most of the
        # time of the earlier builder). Put back when the store is whole.
        for table in FTS_TABLES:
            conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', {HASH_SIZE})")
        conn.execute(
            f"CREATE TEMP TABLE words AS SELECT id, c0, c1, c2, c3, c4 FROM article_fts_content"
            f" WHERE id <= {BASE}"
        )
        conn.execute("CREATE TEMP TABLE pairs (id INTEGER PRIMARY KEY, p0, p1, p2, p3, p4)")
        conn.executemany(
            "INSERT INTO pairs VALUES (?, ?, ?, ?, ?, ?)",
            ((r[0], *map(pair_text, r[1:])) for r in conn.execute("SELECT * FROM words")),
        )
        conn.execute("CREATE TEMP TABLE triples (id INTEGER PRIMARY KEY, p0, p1, p2, p3, p4)")
        conn.executemany(
            "INSERT INTO triples VALUES (?, ?, ?, ?, ?, ?)",
            ((r[0], *map(triple_text, r[1:])) for r in conn.execute("SELECT * FROM pairs")),
        )
        conn.execute("CREATE TEMP TABLE heads (id INTEGER PRIMARY KEY, t, l, r)")
        conn.executemany(
            "INSERT INTO heads VALUES (?, ?, ?, ?)",
            ((r[0], *heads_row(r[1:])) for r in conn.execute("SELECT * FROM words")),
        )
        for k in range(1, n // BASE):
            shift, new_id = k * BASE, f"(id + {k * BASE})"
            when = (
                f"printf('2025-%02d-%02d %02d:%02d:00.000000', 1 + {new_id} % 12,"
                f" 1 + {new_id} % 28, {new_id} % 24, {new_id} % 60)"
            )
            conn.execute(
                "INSERT INTO article (id, uri, slug, title, lead, body, byline, section, status,"
                " created, updated, version, title_key) SELECT "
                f"{new_id}, 'urn:bench:' || {new_id}, 'bai-' || {new_id}, title, lead, body,"
                f" byline, section, CASE WHEN {new_id} % 4 THEN 'published' ELSE 'draft' END,"
                f" {when}, {when}, 1, title_key FROM article WHERE id <= {BASE}"
            )
            conn.execute(
                f"INSERT INTO article_province (article_id, code, name_used, position) SELECT"
                f" id, CASE id % 3 WHEN 0 THEN '01' WHEN 1 THEN '38' ELSE '24' END, '', 0"
                f" FROM article WHERE id > {shift} AND id <= {shift + BASE}"
            )
            conn.execute(
                f"INSERT INTO article_fts (rowid, {COLUMNS}) SELECT id + {shift}, c0, c1, c2, c3,"
                " c4 FROM words"
            )
            conn.execute(
                f"INSERT INTO article_pairs (rowid, {COLUMNS}) SELECT id + {shift}, p0, p1, p2,"
                " p3, p4 FROM pairs"
            )
            conn.execute(
                f"INSERT INTO article_triples (rowid, {COLUMNS}) SELECT id + {shift}, p0, p1,"
                " p2, p3, p4 FROM triples"
            )
            conn.execute(
                f"INSERT INTO article_heads (rowid, title, lead, rest) SELECT id + {shift}, t, l, r"
                " FROM heads"
            )
            conn.commit()
            print(f"({shift + BASE:,} articles, {time.perf_counter() - started:.0f} s)", flush=True)
        for table in FTS_TABLES:
            conn.execute(f"DELETE FROM {table}_config WHERE k = 'hashsize'")
        # Each copy holds the words and pairs of the first BASE articles again: their counts
        # (and the pair prefixes' overlaps) times n.
        conn.execute(f"UPDATE article_words SET docs = docs * {n // BASE}")
        conn.execute(f"UPDATE article_pair_words SET docs = docs * {n // BASE}")
        conn.execute(f"UPDATE article_pair_overlaps SET extra = extra * {n // BASE}")
        conn.commit()
        conn.execute("PRAGMA journal_mode = WAL")
    print(f"(built {n:,} articles in {time.perf_counter() - started:.0f} s)", flush=True)
    return path


def run(n: int, gate: Gate) -> None:
    from lnv_editor.core.provinces import suggest_provinces
    from lnv_editor.store.repository import Repository

    folder = Path(os.environ.get("LNV_BENCH_DIR") or tempfile.gettempdir())
    if n > BASE:
        store = _repeated_store(folder, n)
    else:
        store = synthetic_store(folder / f"lnv-bench-{n}.sqlite", n)
    repo = Repository.open(store)
    _tag_provinces(repo)
    size = sum(p.stat().st_size for p in folder.glob(f"lnv-bench-{n}.sqlite*"))
    print(
        f"\n== {n:,} articles: store {size / 1e9:.2f} GB on disk, {size / n / 1024:.1f} KiB/article"
    )
    search = repo.search
    for q in ALL:  # warm the page cache
        search.search(q)
        repo.list_ids(query=q)
    for q in PHRASES:
        assert search.search(q).mode == "phrase", q
    for q in APART:
        assert search.search(q).mode == "all-words", q
    top = TOP20.get(n)
    gate.timed("search top-20, bm25 + snippets, all queries", [_s(search, q) for q in ALL], top)
    gate.timed("… phrase found", [_s(search, q) for q in PHRASES], top)
    gate.timed("… phrase not found, fallback to all words", [_s(search, q) for q in APART], top)
    gate.timed(
        "… typed on, letter by letter (the last word a prefix)",
        [_s(search, q) for q in TYPED],
        top,
        repeat=2,
    )
    gate.timed(
        "… with province + status filter",
        [_s(search, q, province="38", status="published") for q in ALL],
        top,
    )
    gate.timed(
        "library filtered by a search, newest first (all matches)",
        [lambda q=q: repo.list_ids(query=q) for q in ALL],
        LIBRARY.get(n),
        repeat=2,
    )

    writes = iter(range(10**9))
    victim = n // 2

    def write() -> None:
        # An ordinary write between two queries: trash one article, or bring it back.
        (repo.trash.restore if next(writes) % 2 else repo.trash.trash)([victim])

    gate.timed(
        "… the same, first query after a write (the kept walk mended)",
        [lambda q=q: repo.list_ids(query=q) for q in ALL],
        LIBRARY.get(n),
        repeat=2,
        before=write,
    )
    gate.timed(
        "… the same, first search of a session (the walk kept from the library's first list)",
        [lambda q=q: repo.list_ids(query=q) for q in ALL],
        LIBRARY.get(n),
        repeat=2,
        before=lambda: (search.forget_kept_orders(), repo.list_ids()),
    )
    gate.timed(
        "… the library's first list of a session, no search (the order walked)",
        [repo.list_ids],
        LIBRARY.get(n),
        repeat=10,
        before=search.forget_kept_orders,
    )
    if next(writes) % 2:
        repo.trash.restore([victim])
    gate.timed(
        "library filtered by a search, relevance order (all matches)",
        [lambda q=q: repo.list_ids(query=q, order="relevance") for q in ALL],
        LIBRARY.get(n),
        repeat=2,
    )
    gate.timed(
        "… typed on, letter by letter (the library's search box: relevance order)",
        [lambda q=q: repo.list_ids(query=q, order="relevance") for q in TYPED],
        LIBRARY.get(n),
        repeat=2,
    )
    rng = random.Random(11)
    articles = [repo.get(i) for i in rng.sample(range(1, n + 1), 30)]

    def suggest(article):
        suggest_provinces(article.title, article.lead, article.body)
        search.suggest_related(article.id)

    gate.timed(
        "suggestions for one article (provinces + related)",
        [lambda a=a: suggest(a) for a in articles],
        SUGGEST.get(n),
        repeat=1,
    )
    repo.close()


def _s(search, q: str, **kw):
    return lambda: search.search(q, limit=20, **kw)


def main() -> int:
    gate = Gate()
    print(
        f"load average {gate.load:.1f} on {gate.cores} cores: gating on "
        + (
            "thread CPU time (wall times are inflated by other processes)"
            if gate.use_cpu
            else "wall time"
        )
    )
    run(100_000, gate)
    if os.environ.get("LNV_BENCH_1M"):
        run(1_000_000, gate)
    else:
        print("\n(1,000,000 articles: set LNV_BENCH_1M=1; building that store takes long)")
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")
    if gate.missed:
        print("MISSED TARGETS:\n  " + "\n  ".join(gate.missed), file=sys.stderr)
        return 1
    print("all targets met")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
