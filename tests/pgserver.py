"""A real PostgreSQL server for the tests, from the distribution's package.

``PgServer.start()`` runs ``initdb`` and ``pg_ctl`` in a temporary folder and listens on a free
loopback port, with fsync off (the tests throw the cluster away). initdb refuses to run as root,
so when the tests run as root the cluster belongs to the ``postgres`` user and every server
command runs through ``runuser``. Host connections need a password (SCRAM), as a newsroom
server's would; the superuser ``lnv_super`` has the password ``SUPER_PASSWORD``.

Roles are cluster-wide: a test that creates logins gives them names of its own, or uses a fresh
database and drops what it made. ``fresh_database()`` gives each test an empty database.

The fixtures live in tests/conftest.py: ``pg_server`` (one cluster per test session) and
``pg_url`` (a fresh database on it, its superuser address).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

SUPER_USER = "lnv_super"
SUPER_PASSWORD = "lnv-test-super"


def find_bindir() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(candidates[-1]).parent if candidates else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    bindir: Path
    base: Path
    port: int
    as_postgres: bool
    _databases: list[str] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def log(self) -> Path:
        return self.base / "server.log"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=120)

    @classmethod
    def start(cls) -> PgServer:
        bindir = find_bindir()
        if bindir is None:
            raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
        as_postgres = os.geteuid() == 0
        base = Path(tempfile.mkdtemp(prefix="lnv-pg-"))
        os.chmod(base, 0o755)
        server = cls(bindir=bindir, base=base, port=free_port(), as_postgres=as_postgres)
        pwfile = base / "pw"
        pwfile.write_text(SUPER_PASSWORD + "\n")
        if as_postgres:
            shutil.chown(base, "postgres")
            shutil.chown(pwfile, "postgres")
        server._run(
            "initdb",
            "-D",
            str(server.data),
            "-U",
            SUPER_USER,
            "--pwfile",
            str(pwfile),
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        pwfile.unlink()
        server.start_server()
        return server

    def start_server(self) -> None:
        options = (
            f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")

    def stop_server(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def restart(self) -> None:
        """Stop the server (closing every connection) and start it again on the same port."""
        self.stop_server()
        self.start_server()

    def url(self, database: str = "postgres", user: str = SUPER_USER, password: str = "") -> str:
        password = password or (SUPER_PASSWORD if user == SUPER_USER else "")
        auth = f"{user}:{password}@" if password else f"{user}@"
        return f"postgresql://{auth}127.0.0.1:{self.port}/{database}"

    def fresh_database(self) -> str:
        """An empty database of its own; returns its superuser address."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
        self._databases.append(name)
        return self.url(name)

    def close(self) -> None:
        self.stop_server("immediate")
        shutil.rmtree(self.base, ignore_errors=True)
