"""The demo store: original articles from core.demo_content, added once each."""

from __future__ import annotations

from datetime import timedelta

from lnv_editor.core.demo_content import DEMO_ARTICLES
from lnv_editor.store.repository import Repository, utcnow


def demo_uri(key: str) -> str:
    return f"urn:lnv:demo:{key}"


def seed_demo(repo: Repository) -> tuple[int, int]:
    """Add the demo articles the store lacks; returns (added, demo articles in total).

    Idempotent: each demo article has a fixed uri, so running it again adds nothing, and
    a demo article the user edited is left as it is.
    """
    now = utcnow()
    missing = []
    for index, item in enumerate(DEMO_ARTICLES):
        uri = demo_uri(item["key"])
        if repo.find_by_uri(uri) is None:
            fields = {k: v for k, v in item.items() if k != "key"}
            # Spread over recent days so the library looks like a working newsroom's.
            missing.append(fields | {"uri": uri, "updated": now - timedelta(hours=7 * index + 1)})
    added = repo.bulk_insert(missing) if missing else 0
    return added, len(DEMO_ARTICLES)
