"""The newsroom server's administration: ``lnv-editor server init|add-user|list-users|
disable-user|enable-user|status``. Passwords are read from standard input, never from the
command line (which other users of the machine can see in the process list)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from lnv_editor.cli.common import Exit, iso, print_json, translate
from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError

ROLE_CHOICES = ("reporter", "editor", "desk")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "server",
        help="administer the newsroom server (PostgreSQL): schema, accounts, status",
        description="Administer the newsroom server. The address is "
        "postgresql://user@host:port/database of an administrator (the database owner); "
        "give it with --server or LNV_SERVER. docs/server.md says how to run one.",
    )
    actions = p.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    a = actions.add_parser("init", help="create or upgrade the newsroom schema")
    a.add_argument("url", metavar="URL", nargs="?", help="the server address (or --server)")
    _common(a)
    a.set_defaults(run=run_init)

    a = actions.add_parser(
        "add-user",
        help="create a person's login; the password is read from standard input (one line)",
    )
    a.add_argument("name", metavar="NAME", help="login name, e.g. lan_nguyen")
    a.add_argument("--role", required=True, choices=ROLE_CHOICES)
    a.add_argument("--display-name", default="", help="the name colleagues see, e.g. Nguyễn Lan")
    a.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (the default; one line)",
    )
    _common(a)
    a.set_defaults(run=run_add_user)

    a = actions.add_parser("list-users", help="list the newsroom's accounts")
    _common(a)
    a.set_defaults(run=run_list_users)

    a = actions.add_parser(
        "disable-user", help="stop a login from signing in (its work stays); ends its sessions"
    )
    a.add_argument("name", metavar="NAME")
    _common(a)
    a.set_defaults(run=run_disable_user)

    a = actions.add_parser(
        "enable-user", help="let a disabled login sign in again (the inverse of disable-user)"
    )
    a.add_argument("name", metavar="NAME")
    _common(a)
    a.set_defaults(run=run_enable_user)

    a = actions.add_parser(
        "status", help="schema version, accounts, articles, and the last sync of each laptop"
    )
    _common(a)
    a.set_defaults(run=run_status)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--server",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="the server address, postgresql://user@host:port/database (default: $LNV_SERVER)",
    )
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")


def server_url(args: argparse.Namespace) -> str:
    url = (
        getattr(args, "url", None)
        or getattr(args, "server", None)
        or os.environ.get("LNV_SERVER", "")
    )
    if not url:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Which server? Give its address with --server postgresql://user@host/database "
                "or in LNV_SERVER.",
            )
        )
    return url


def read_password(prompt: str) -> str:
    """One line from standard input (without its line break); hidden typing on a terminal."""
    if sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass(prompt)
    else:
        line = sys.stdin.readline() if sys.stdin is not None else ""
        password = line.removesuffix("\n").removesuffix("\r")
    if not password:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No password on standard input: type it, or pipe it in "
                "(e.g. printf '%s\\n' \"$PASSWORD\" | lnv-editor server add-user ...).",
            )
        )
    return password


def run_init(args: argparse.Namespace) -> Exit:
    from lnv_editor.server import schema
    from lnv_editor.server.connect import redact

    url = server_url(args)
    version = schema.init(url)
    if getattr(args, "json", False):
        print_json({"server": redact(url), "schema": version})
    else:
        print(
            translate("Cli", "The newsroom schema at {address} is at version {version}.").format(
                address=redact(url), version=version
            )
        )
    return Exit.OK


def run_add_user(args: argparse.Namespace) -> Exit:
    from lnv_editor.server import admin

    url = server_url(args)
    admin.check_login_name(args.name)
    password = read_password(translate("Cli", "Password for {name}: ").format(name=args.name))
    account = admin.add_user(url, args.name, args.role, password, args.display_name)
    if getattr(args, "json", False):
        print_json(_account_json(account))
    else:
        print(
            translate("Cli", "Created the login {name} ({role}).").format(
                name=account.login, role=_role_name(account.role)
            )
        )
    return Exit.OK


def run_list_users(args: argparse.Namespace) -> Exit:
    from lnv_editor.server import admin

    accounts = admin.list_users(server_url(args))
    if getattr(args, "json", False):
        print_json([_account_json(a) for a in accounts])
        return Exit.OK
    disabled = translate("Cli", "disabled")
    for a in accounts:
        state = f"  [{disabled}]" if a.disabled else ""
        print(f"{a.login:<24} {_role_name(a.role):<18} {a.display_name}{state}".rstrip())
    return Exit.OK


def run_enable_user(args: argparse.Namespace) -> Exit:
    from lnv_editor.server import admin

    account = admin.enable_user(server_url(args), args.name)
    if getattr(args, "json", False):
        print_json(_account_json(account))
    else:
        print(
            translate(
                "Cli", "The login {name} can sign in again, with its role and password."
            ).format(name=account.login)
        )
    return Exit.OK


def run_disable_user(args: argparse.Namespace) -> Exit:
    from lnv_editor.server import admin

    account = admin.disable_user(server_url(args), args.name)
    if getattr(args, "json", False):
        print_json(_account_json(account))
    else:
        print(
            translate(
                "Cli",
                "The login {name} can no longer sign in; its articles and comments stay.",
            ).format(name=account.login)
        )
    return Exit.OK


def run_status(args: argparse.Namespace) -> Exit:
    from lnv_editor.server import admin

    st = admin.status(server_url(args))
    if getattr(args, "json", False):
        print_json(
            {
                "server": st.address,
                "postgresql": st.server_version,
                "schema": st.schema_version,
                "latest_schema": st.latest_schema,
                "users": st.users,
                "disabled_users": st.disabled_users,
                "articles": st.articles,
                "trashed": st.trashed,
                "purged": st.purged,
                "laptops": [
                    {
                        "id": lap.id,
                        "name": lap.name,
                        "login": lap.login,
                        "last_sync": iso(lap.last_sync),
                    }
                    for lap in st.laptops
                ],
            }
        )
        return Exit.OK
    print(
        translate("Cli", "Server: {address} (PostgreSQL {version})").format(
            address=st.address, version=st.server_version
        )
    )
    if st.schema_version == st.latest_schema:
        print(translate("Cli", "Schema: {version} (up to date)").format(version=st.schema_version))
    else:
        print(
            translate(
                "Cli", "Schema: {version}; this LNV Editor brings {latest}: run server init."
            ).format(version=st.schema_version, latest=st.latest_schema)
        )
    users = ", ".join(f"{_role_name(r)} {n}" for r, n in st.users.items())
    print(
        translate("Cli", "Accounts: {users}; disabled {disabled}").format(
            users=users, disabled=st.disabled_users
        )
    )
    articles = ", ".join(f"{_status_name(s)} {n}" for s, n in st.articles.items()) or "0"
    print(
        translate(
            "Cli", "Articles: {articles}; in the trash {trashed}; deleted for good {purged}"
        ).format(articles=articles, trashed=st.trashed, purged=st.purged)
    )
    print(translate("Cli", "Laptops (last sync):"))
    for lap in st.laptops:
        print(f"  {iso(lap.last_sync)}  {lap.login:<24} {lap.name or lap.id}")
    if not st.laptops:
        print("  " + translate("Cli", "none yet"))
    return Exit.OK


def _account_json(a) -> dict:
    return {
        "login": a.login,
        "role": a.role,
        "display_name": a.display_name,
        "disabled": a.disabled,
        "created": iso(a.created),
    }


def _role_name(role: str) -> str:
    from lnv_editor.core.workflow import ROLE_LABELS, Role

    return translate("Workflow", ROLE_LABELS[Role(role)])


def _status_name(status: str) -> str:
    from lnv_editor.cli.common import status_name

    return status_name(status)
