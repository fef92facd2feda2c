"""What the writer reads when the newsroom server cannot be used: wrong password, unreachable,
not an LNV server. Decided from the PostgreSQL error behind the sync layer's
``ServerUnavailable`` (its ``__cause__``), else that error's own message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lnv_editor.gui.common.errors import describe_error

# SQLSTATEs: a login refused, a database or schema that is not there.
LOGIN_REFUSED = {"28P01", "28000"}
NOT_LNV = {"3D000", "3F000", "42P01", "42883"}


def _chain(error: BaseException):
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or error.__context__


def kind_of(error: BaseException) -> str:
    """ "password", "unreachable", "not_lnv" or "other"."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - a dependency
        psycopg = None
    for link in _chain(error):
        state = getattr(link, "sqlstate", None)
        text = str(link).lower()
        if state in LOGIN_REFUSED or "password authentication failed" in text:
            return "password"
        if "not permitted to log in" in text or ('role "' in text and "does not exist" in text):
            return "password"  # no such account, or a disabled one
        if "no password supplied" in text or "password is required" in text:
            return "password"
        if state in NOT_LNV or ("database" in text and "does not exist" in text):
            return "not_lnv"
        if "does not exist" in text and ('schema "lnv"' in text or "lnv." in text):
            return "not_lnv"
        if psycopg is not None and isinstance(link, psycopg.OperationalError):
            return "unreachable"
        if isinstance(link, OSError | TimeoutError):
            return "unreachable"
    return "other"


def describe_connect_error(error: BaseException, address) -> str:
    """One sentence saying what went wrong and what to do: the sync layer's own when it
    says it (an LnvError of its making), else one from the PostgreSQL error."""
    from lnv_editor.core.errors import LnvError

    if isinstance(error, LnvError) and not isinstance(error.__cause__, Exception):
        return describe_error(error)
    where = f"{address.host}:{address.port}" if address is not None else ""
    kind = kind_of(error)
    if kind == "password":
        return QCoreApplication.translate(
            "SyncErrors",
            "The server refused the user name or password for {user}. Check them, or ask "
            "the newsroom's administrator to set your password again.",
        ).format(user=address.user if address is not None else "")
    if kind == "unreachable":
        return QCoreApplication.translate(
            "SyncErrors",
            "Cannot reach the server {where}. Check the address and the network; you can "
            "keep writing offline and LNV Editor will send your work once it is back.",
        ).format(where=where)
    if kind == "not_lnv":
        return QCoreApplication.translate(
            "SyncErrors",
            "{where} is not an LNV newsroom server yet (database {database}). Its "
            "administrator runs: lnv-editor server init postgresql://…/{database}",
        ).format(where=where, database=address.database if address is not None else "")
    return describe_error(error)
