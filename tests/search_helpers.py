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
