"""Laptops (SQLite stores in a temporary folder) syncing with a newsroom on the session's
real PostgreSQL server (tests/pgserver.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

PASSWORD = "mật-khẩu-thử"


@dataclass
class Laptop:
    path: Path
    url: str
    login: str

    @property
    def address(self):
        from lnv_editor.sync.address import ServerAddress

        return ServerAddress.parse(self.url)

    def repo(self):
        from lnv_editor.store.repository import Repository

        return Repository.open(self.path)

    def sync(self, **kwargs):
        from lnv_editor.sync.engine import SyncEngine

        engine = SyncEngine(self.path, self.address, **kwargs)
        try:
            return engine.sync_once()
        finally:
            engine.close()


class Newsroom:
    def __init__(self, server, admin_url: str, tmp: Path) -> None:
        from lnv_editor.server import schema

        self.server = server
        self.url = admin_url
        self.database = admin_url.rsplit("/", 1)[1]
        self.tmp = tmp
        schema.init(admin_url)

    def person_url(self, role: str, name: str = "") -> tuple[str, str]:
        from lnv_editor.server import admin

        login = f"{name or role}_{uuid.uuid4().hex[:8]}"
        admin.add_user(self.url, login, role, PASSWORD)
        return login, self.server.url(self.database, login, PASSWORD)

    def laptop(self, role: str = "reporter", name: str = "") -> Laptop:
        login, url = self.person_url(role, name)
        return Laptop(self.tmp / f"{login}.sqlite", url, login)

    def admin(self):
        import psycopg

        return psycopg.connect(self.url, autocommit=True)

    def count(self, table: str) -> int:
        with self.admin() as conn:
            return conn.execute(f"SELECT count(*) FROM lnv.{table}").fetchone()[0]


@pytest.fixture
def newsroom(pg_server, pg_url, tmp_path):
    return Newsroom(pg_server, pg_url, tmp_path)
