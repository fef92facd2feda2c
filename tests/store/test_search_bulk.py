"""The bulk search indexing a sync uses (``index_rows``) builds exactly the index a full
rebuild and the one-by-one path build: the same tokens at the same places in all three
tables (``article_fts``, ``article_pairs``, ``article_heads``), whatever the text."""

from __future__ import annotations

import random

import pytest
from search_helpers import insert_random_articles, kept_counts
from sqlalchemy import insert, update

from lnv_editor.core.vietnamese import fold
from lnv_editor.store import search_words
from lnv_editor.store.models import Article, Photo
from lnv_editor.store.search_index import fold_text, index_row, index_rows, rebuild_index
from lnv_editor.store.search_words import prefix_range

A = Article.__table__
P = Photo.__table__
TABLES = ("article_fts", "article_pairs", "article_heads")
TEXTS = [
    "Gốm Bát Tràng “xuất khẩu” — làng nghề… 2024",
    "Đồng Kỵ\n\n## Nghề mộc\r\nthợ\tcả",
    "Ảnh: Lê Nam 😀 emoji ﬁ ligature",
    "NFD Hà Nội, a stray ́ mark, Straße ŉ İstanbul",
    "한국어 text and ‘quotes’ «guillemets»",
    "",
    "Mây tre đan Phú Vinh Chương Mỹ Hà Nội " * 20,
]


def _reference_fold_text(text: str) -> str:
    return " ".join(fold(line) for line in text.split("\n"))


def test_fold_text_table_path_equals_fold_for_every_plain_character():
    ranges = ((0, 0x250), (0x1E00, 0x1F00), (0x2000, 0x2070))
    chars = [chr(c) for start, end in ranges for c in range(start, end)]
    for ch in chars:
        for text in (ch, f"a{ch}b", f"Đ{ch}\n{ch} x", ch * 2):
            assert fold_text(text) == _reference_fold_text(text), repr(text)
    rng = random.Random(17)
    alphabet = chars + list("ạấầẩẫậắằẳẵặếềểễệịọốồổỗộớờởỡợụứừửữựỳỵỷỹ\u0301가😀 \n\n\t")
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert fold_text(text) == _reference_fold_text(text), repr(text)


def _snapshot(conn) -> dict[str, list[tuple]]:
    out = {}
    for table in TABLES:
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{table} USING fts5vocab(main, {table}, instance)"
        )
        out[table] = conn.exec_driver_sql(
            f"SELECT term, doc, col, offset FROM temp.v_{table} ORDER BY term, doc, col, offset"
        ).all()
    out.update(kept_counts(conn.connection.driver_connection))
    # What article_fts stores (rebuild folds a column at once, the others line by line: the
    # spaces between lines may differ, never the words).
    out["content"] = [
        tuple(" ".join(v.split()) if isinstance(v, str) else v for v in row)
        for row in conn.exec_driver_sql(
            "SELECT rowid, title, lead, body, byline, captions FROM article_fts ORDER BY rowid"
        ).all()
    ]
    return out


def test_bulk_index_equals_a_full_rebuild_and_the_one_by_one_path(repo):
    ids = [
        repo.create(title=TEXTS[i], lead=TEXTS[i - 1], body=TEXTS[i - 2] + "\n\n" + TEXTS[i]).id
        for i in range(len(TEXTS))
    ]
    with repo.writes.transaction() as tx:
        conn = tx.conn
        # Written behind the index's back, as a sync writes: changed, new, with captions.
        conn.execute(
            update(A).where(A.c.id.in_(ids[:3])).values(body="Nội dung mới “đổi” — hẳn\nhoi")
        )
        created = ids[0]
        row = conn.execute(A.select().where(A.c.id == created)).one()
        new_id = conn.execute(
            insert(A).values(
                uri="urn:uuid:bulk",
                slug="bulk",
                title="Bài mới đến từ máy chủ",
                lead="Sa Pa",
                body=TEXTS[3],
                byline="Trần Thị B",
                section="",
                status="draft",
                created=row.created,
                updated=row.created,
                version=1,
            )
        ).inserted_primary_key[0]
        for n, (article_id, caption) in enumerate(
            [(new_id, "Lò gốm “cổ”"), (ids[1], "Ảnh 😀"), (ids[1], "đã gỡ")]
        ):
            conn.execute(
                insert(P).values(
                    article_id=article_id,
                    sha256=f"{n:064x}",
                    width=1,
                    height=1,
                    format="jpeg",
                    original_name="",
                    caption=caption,
                    credit="Lê Nam",
                    alt="",
                    position=n,
                    cover=False,
                    removed=n == 2,
                    created=row.created,
                    uuid=f"00000000-0000-0000-0000-{n:012d}",
                )
            )
        index_rows(conn, [*ids, new_id])
        bulk = _snapshot(conn)
    assert any(term == "bai_moi" for term, *_ in bulk["article_pairs"])
    assert any(term == "nhoi" or term == "hoi" for term, *_ in bulk["article_fts"])

    with repo.writes.transaction() as tx:
        rebuild_index(tx.conn)
        rebuilt = _snapshot(tx.conn)
    assert rebuilt == bulk

    with repo.writes.transaction() as tx:
        for table in ("article_pairs", "article_triples", "article_heads"):
            tx.conn.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
        for table in (
            "article_fts",
            "article_words",
            "article_pair_words",
            "article_pair_overlaps",
        ):
            tx.conn.exec_driver_sql(f"DELETE FROM {table}")
        for article_id in [*ids, new_id]:
            index_row(tx.conn, article_id)
        one_by_one = _snapshot(tx.conn)
    assert one_by_one == bulk
    # And what the user sees: the search finds the new words, not the replaced ones.
    assert sorted(repo.list_ids(query="noi dung moi")) == sorted(ids[:3])
    assert repo.list_ids(query="lo gom co") == [new_id]
    assert repo.list_ids(query="da go") == []


@pytest.mark.parametrize("held", [1_000_000, 7], ids=["at once", "in parts"])
def test_a_prefix_count_is_its_pairs_less_the_overlaps_filled_or_kept(repo, monkeypatch, held):
    """A pair prefix's count ("ha_n": the articles holding any pair that begins so) is the
    sum of its pairs' counts less the articles counted more than once (an article with "ha
    noi", "ha nam" and "ha n"): exactly FTS5's count of the prefix, for every prefix that
    has overlaps. The fill gives the overlaps the writers kept, at once and, as a large
    archive's, in parts (search_words.FILL_HELD)."""
    insert_random_articles(
        repo,
        "ha noi nam n nghe nhan nhanh ng thi truong tran tr t x2 xa xay ø đồng".split(),
        60,
        seed=3,
    )
    for i in range(len(TEXTS)):
        repo.create(title=TEXTS[i], lead=TEXTS[i - 1], body=TEXTS[i - 2])
    with repo.engine.connect() as conn:
        kept = kept_counts(conn.connection.driver_connection)["article_pair_overlaps"]
        assert dict(kept)["ha_n"] > 1 and len(kept) > 30
        for prefix, _ in kept:
            pairs = conn.exec_driver_sql(
                "SELECT term, docs FROM article_pair_words WHERE term >= ? AND term < ?",
                prefix_range(prefix),
            ).all()
            fts5 = conn.exec_driver_sql(
                "SELECT count(*) FROM article_pairs WHERE article_pairs MATCH ?", (f'"{prefix}"*',)
            ).scalar_one()
            assert search_words.prefix_docs(conn, prefix, pairs) == fts5 < sum(n for _, n in pairs)
    monkeypatch.setattr(search_words, "FILL_HELD", held)
    whole = search_words.indexed_batches  # one article a batch: a part added per article
    monkeypatch.setattr(
        search_words, "indexed_batches", lambda conn: ([r] for rows in whole(conn) for r in rows)
    )
    with repo.writes.transaction() as tx:
        assert search_words.fill_pair_overlaps(tx.conn) == len(kept)
        again = kept_counts(tx.conn.connection.driver_connection)["article_pair_overlaps"]
    assert again == kept
