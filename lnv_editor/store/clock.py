"""The store's clock: aware UTC. SQLModel stores UTC and hands back aware datetimes; the GUI
shows local time."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
