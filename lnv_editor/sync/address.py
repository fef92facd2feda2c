"""The newsroom server's address: ``postgresql://user:password@host:port/db``.

The password is never stored in the store nor shown: ``redacted`` drops it. It comes from
the address itself, from ``LNV_SERVER`` when that names the same server and user, or from
the system keyring when the ``keyring`` package and a backend exist."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from urllib.parse import quote, unquote, urlsplit

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError
from lnv_editor.server.connect import redact

KEYRING_SERVICE = "lnv-editor"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    database: str
    user: str
    password: str = ""

    @classmethod
    def parse(cls, text: str) -> ServerAddress:
        text = (text or "").strip()
        parts = urlsplit(text)
        if parts.scheme not in ("postgresql", "postgres") or not parts.hostname:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{address} is not a server address. Write it as "
                    "postgresql://user:password@host:port/database.",
                ),
                address=redact(text),
            )
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:
            port = 0
        database = unquote(parts.path.lstrip("/"))
        user = unquote(parts.username or "")
        if not port or not database or not user:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The server address {address} needs a user name, a port and a database: "
                    "postgresql://user:password@host:port/database.",
                ),
                address=redact(text),
            )
        return cls(parts.hostname, port, database, user, unquote(parts.password or ""))

    @property
    def redacted(self) -> str:
        """The address without the password: for display and for the store."""
        return f"postgresql://{quote(self.user, safe='')}@{self._where}"

    @property
    def _where(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}/{quote(self.database, safe='')}"

    def with_password(self, password: str) -> ServerAddress:
        return replace(self, password=password)

    def resolved(self) -> ServerAddress:
        """This address with its password: its own, else LNV_SERVER's (same server and
        user), else the keyring's; unchanged when none is known."""
        if self.password:
            return self
        env = os.environ.get("LNV_SERVER", "")
        if env:
            try:
                other = ServerAddress.parse(env)
            except InputError:
                other = None
            if other and other.password and other.redacted == self.redacted:
                return self.with_password(other.password)
        password = keyring_password(self)
        return self.with_password(password) if password else self

    def connect_args(self) -> dict[str, object]:
        args: dict[str, object] = {
            "host": self.host,
            "port": self.port,
            "dbname": self.database,
            "user": self.user,
            "connect_timeout": 5,
            "application_name": "lnv-editor",
        }
        if self.password:
            args["password"] = self.password
        return args


def keyring_password(address: ServerAddress) -> str:
    """The password the system keyring keeps for this address; "" without keyring."""
    try:
        import keyring  # optional

        return keyring.get_password(KEYRING_SERVICE, address.redacted) or ""
    except Exception:  # no package, no backend, a locked keyring: ask the user instead
        return ""


def store_in_keyring(address: ServerAddress) -> bool:
    """Keep the address's password in the system keyring; False when there is none."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, address.redacted, address.password)
        return True
    except Exception:
        return False
