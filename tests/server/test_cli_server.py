"""`lnv-editor server ...` as an administrator runs it: a fresh interpreter, a real server."""

from __future__ import annotations

import json
import uuid
from urllib.parse import quote

import psycopg
import pytest
from cli_helpers import run_cli
from server_helpers import article_doc, push_article

pytestmark = pytest.mark.required


def test_init_add_users_list_status_and_disable(pg_server, pg_url):
    out = run_cli("server", "init", pg_url)
    assert out.returncode == 0, out.stderr
    assert "version s0006" in out.stdout and "lnv-test-super" not in out.stdout
    again = run_cli("server", "init", "--json", env_extra={"LNV_SERVER": pg_url})
    assert again.returncode == 0 and json.loads(again.stdout)["schema"] == "s0006"

    name = f"lan_{uuid.uuid4().hex[:6]}"
    password = "mật khẩu có dấu cách"
    out = run_cli(
        "server",
        "add-user",
        name,
        "--role",
        "reporter",
        "--display-name",
        "Nguyễn Lan",
        "--password-stdin",
        "--server",
        pg_url,
        stdin=password + "\n" + "second line is not read\n",
    )
    assert out.returncode == 0, out.stderr
    assert f"Created the login {name} (Reporter)" in out.stdout
    assert password not in out.stdout + out.stderr
    # The password (spaces and accents included, no line break) logs in.
    url = pg_server.url(pg_url.rsplit("/", 1)[1], name, quote(password, safe=""))
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT lnv.my_role()").fetchone()[0] == "reporter"
        laptop = str(uuid.uuid4())
        conn.execute("SELECT lnv.hello(%s, 'Máy của Lan')", (laptop,))
        push_article(conn, article_doc(), 0, laptop=laptop)

    listed = run_cli("server", "list-users", "--json", "--server", pg_url)
    assert [(u["login"], u["role"], u["display_name"]) for u in json.loads(listed.stdout)] == [
        (name, "reporter", "Nguyễn Lan")
    ]
    status = run_cli("server", "status", "--server", pg_url)
    assert status.returncode == 0, status.stderr
    assert "Schema: s0006 (up to date)" in status.stdout
    assert "Reporter 1" in status.stdout and "Draft 1" in status.stdout
    assert "Máy của Lan" in status.stdout and name in status.stdout
    data = json.loads(run_cli("server", "status", "--json", "--server", pg_url).stdout)
    assert data["articles"] == {"draft": 1} and data["users"]["reporter"] == 1
    assert data["laptops"][0]["id"] == laptop

    out = run_cli("server", "disable-user", name, "--server", pg_url)
    assert out.returncode == 0 and "can no longer sign in" in out.stdout
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(url)
    out = run_cli("server", "list-users", "--server", pg_url)
    assert "[disabled]" in out.stdout

    # And back: the same login, role and password sign in again.
    out = run_cli("--lang", "vi", "server", "enable-user", name, "--server", pg_url)
    assert out.returncode == 0, out.stderr
    assert f"Tài khoản {name} đăng nhập lại được" in out.stdout
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT lnv.my_role()").fetchone()[0] == "reporter"
    out = run_cli("server", "list-users", "--server", pg_url)
    assert name in out.stdout and "[disabled]" not in out.stdout
    out = run_cli("server", "enable-user", "nobody_here", "--server", pg_url)
    assert out.returncode == 2 and "no account nobody_here" in out.stderr


def test_clear_errors_with_exit_code_2(pg_server, pg_url):
    run_cli("server", "init", pg_url)
    cases = [
        (("server", "status"), "Which server?"),
        (("server", "status", "--server", "https://example.org/x"), "not a newsroom server"),
        (
            ("server", "status", "--server", pg_url.replace(f":{pg_server.port}/", ":1/")),
            "Cannot reach the server",
        ),
        (
            ("server", "status", "--server", pg_url.replace(":lnv-test-super@", ":wrong@")),
            "wrong user name or password",
        ),
        (("server", "status", "--server", pg_server.url()), "no newsroom schema yet"),
        (("server", "disable-user", "nobody_here", "--server", pg_url), "no account nobody_here"),
        (
            ("server", "add-user", "Lan Nguyễn", "--role", "editor", "--server", pg_url),
            "cannot be a login name",
        ),
    ]
    for args, message in cases:
        out = run_cli(*args, stdin="", env_extra={"LNV_SERVER": ""})
        assert out.returncode == 2, (args, out.stdout, out.stderr)
        assert message in out.stderr, (args, out.stderr)
        assert "lnv-test-super" not in out.stderr and "wrong@" not in out.stderr
    name = f"hung_{uuid.uuid4().hex[:6]}"
    out = run_cli("server", "add-user", name, "--role", "editor", "--server", pg_url, stdin="")
    assert out.returncode == 2 and "No password on standard input" in out.stderr
    out = run_cli(
        "server", "add-user", name, "--role", "editor", "--server", pg_url, stdin="short\n"
    )
    assert out.returncode == 2 and "too short" in out.stderr
    out = run_cli(
        "server", "add-user", name, "--role", "boss", "--server", pg_url, stdin="long enough\n"
    )
    assert out.returncode == 2  # argparse refuses the role
    listed = run_cli("server", "list-users", "--json", "--server", pg_url)
    assert json.loads(listed.stdout) == []  # nothing half-made


def test_vietnamese_messages(pg_server, pg_url):
    out = run_cli(
        "--lang", "vi", "server", "status", "--server", pg_url.replace(":lnv-test-super@", ":x@")
    )
    assert out.returncode == 2 and "sai tên đăng nhập hoặc mật khẩu" in out.stderr
