"""Generated stores for the search tests: articles of random syllables, with statuses."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence


def insert_random_articles(
    repo,
    syllables: Sequence[str],
    count: int,
    *,
    seed: int,
    words: tuple[int, int, int] = (6, 15, 60),
    body_end: Callable[[int], str] = lambda n: "",
) -> None:
    """*count* articles whose title, lead and body are *words* random syllables each (the
    body followed by ``body_end(n)``), every fourth a draft, the rest published."""
    rng = random.Random(seed)

    def text(length: int) -> str:
        return " ".join(rng.choice(syllables) for _ in range(length)).capitalize()

    title, lead, body = words
    repo.bulk_insert(
        {
            "title": text(title),
            "lead": text(lead),
            "body": text(body) + body_end(n),
            "status": "published" if n % 4 else "draft",
            "uri": f"urn:gen:{n}",
        }
        for n in range(count)
    )


def library_lists(repo, query: str, status: str | None, province: str | None) -> dict:
    """The library's matches for *query* in each order: order -> (ids, mode)."""
    lists = {}
    for order in ("updated", "title", "relevance"):
        found = repo.list_matches(query=query, status=status, province=province, order=order)
        lists[order] = (found.ids, found.mode)
    return lists


def tag_and_trash(repo) -> None:
    """Every article tagged with one of two provinces, in turn; the fourth and fifth newest
    in the trash (still indexed: counted by FTS5, never shown)."""
    ids = repo.list_ids()
    for n, article_id in enumerate(ids):
        repo.tags.set_provinces(article_id, [(("01", "38")[n % 2], "")])
    repo.trash.trash(ids[3:5])


def everything(repo, queries: Sequence[str]) -> dict:
    """What a user can see of each query: the search box's hits (ids, scores, snippets and
    marks) at two limits and the library's lists in every order, with and without a status
    and province filter, and how the words matched."""
    out = {}
    for q in queries:
        for status, province in ((None, None), ("published", "38")):
            for limit in (20, 3):
                hits = repo.search.search(q, status=status, province=province, limit=limit)
                out[q, status, province, limit] = (
                    [(h.id, h.score, h.snippet, h.highlights) for h in hits],
                    hits.mode,
                )
            for order, found in library_lists(repo, q, status, province).items():
                out[q, status, province, order] = found
    return out


KEPT_COUNTS = {"article_words": "article_fts", "article_pair_words": "article_pairs"}


def kept_counts(db) -> dict[str, list[tuple]]:
    """The kept document counts (``article_words``, ``article_pair_words``) of an sqlite3
    connection's store, each checked against FTS5's own vocabulary of its index; the triple
    index's tokens (``article_triples``) and the pair prefixes' overlaps
    (``article_pair_overlaps``), checked against the pair index's tokens."""
    out = {}
    for kept, index in KEPT_COUNTS.items():
        db.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{index}_rows USING fts5vocab(main, {index}, row)"
        )
        vocab = db.execute(f"SELECT term, doc FROM temp.v_{index}_rows ORDER BY term").fetchall()
        db.execute(f"DROP TABLE temp.v_{index}_rows")
        out[kept] = db.execute(f"SELECT term, docs FROM {kept} ORDER BY term").fetchall()
        assert out[kept] == vocab, kept  # the kept counts are FTS5's own
    out["article_triples"] = triples = _instances(db, "article_triples")
    pairs = _instances(db, "article_pairs")
    expected = _triples_of(pairs)
    assert triples == expected, (set(triples) ^ set(expected), len(triples), len(expected))
    out["article_pair_overlaps"] = kept = db.execute(
        "SELECT term, extra FROM article_pair_overlaps ORDER BY term"
    ).fetchall()
    expected_overlaps = _overlaps(pairs)
    assert kept == expected_overlaps, set(kept) ^ set(expected_overlaps)
    return out


def _instances(db, index: str) -> list[tuple]:
    """(article, column, position, token) of every token of an FTS5 index, in order."""
    db.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{index}_at USING fts5vocab(main, {index}, instance)"
    )
    found = db.execute(f"SELECT doc, col, offset, term FROM temp.v_{index}_at").fetchall()
    db.execute(f"DROP TABLE temp.v_{index}_at")
    return sorted(found)


def _overlaps(pairs: list[tuple]) -> list[tuple[str, int]]:
    """(prefix, extra) for every pair prefix ("a_" and one letter or more of "b" of a pair
    "a_b") that some article holds two or more pairs of: the number of such pairs past the
    first, summed over the articles, from the pair index's tokens: what
    ``article_pair_overlaps`` must hold (test_search_bulk checks the counts they give)."""
    held: dict[tuple[str, int], set[str]] = {}
    for doc, _, _, term in pairs:
        first, _, second = term.partition("_")
        for k in range(1, len(second) + 1) if first else ():
            held.setdefault((f"{first}_{second[:k]}", doc), set()).add(term)
    extra: dict[str, int] = {}
    for (prefix, _), terms in held.items():
        if len(terms) > 1:
            extra[prefix] = extra.get(prefix, 0) + len(terms) - 1
    return sorted(extra.items())


def _triples_of(pairs: list[tuple]) -> list[tuple]:
    """The triple index's tokens, from the pair index's: each two pairs in a row of a column
    ("a_b", "b_c") make "a_b_c"; beside a placeholder ("_"), a placeholder."""
    at = {(doc, col, offset): term for doc, col, offset, term in pairs}
    out = []
    for (doc, col, offset), term in at.items():
        following = at.get((doc, col, offset + 1))
        if following is None:
            continue
        gap = "_" in (term, following)
        out.append((doc, col, offset, "_" if gap else term + following[following.index("_") :]))
    return sorted(out)
