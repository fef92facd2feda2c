"""Schema revisions this app knows, without importing Alembic (it costs start-up time).

A test checks that these match the migration scripts exactly.
"""

from __future__ import annotations

# Oldest first. Each entry is an Alembic revision id under store/migrations/versions.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
    "0014",
    "0015",
    "0016",
    "0017",
    "0018",
    "0019",
)
HEAD = KNOWN_REVISIONS[-1]
