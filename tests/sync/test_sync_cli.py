"""``lnv-editor sync``: one sync from the command line, saying what went where."""

from __future__ import annotations

import json

import pytest
from cli_helpers import run_cli

pytestmark = pytest.mark.required


def test_help():
    out = run_cli("sync", "--help")
    assert out.returncode == 0
    assert "--server" in out.stdout and "LNV_SERVER" in out.stdout


def test_sync_once_says_what_was_sent_and_received(newsroom):
    lan = newsroom.laptop("reporter", "lan")
    minh = newsroom.laptop("editor", "minh")
    repo = lan.repo()
    repo.create(title="Làng gốm", body="Thân bài.")
    repo.create(title="Làng dệt", body="Thân bài.")
    repo.close()
    out = run_cli("sync", "--store", str(lan.path), "--server", lan.url)
    assert out.returncode == 0, out.stderr
    assert "2 sent, 0 received" in out.stdout
    assert "mật-khẩu" not in out.stdout + out.stderr  # the password is never printed
    # LNV_SERVER instead of --server; Vietnamese when asked
    out = run_cli(
        "--lang", "vi", "sync", "--store", str(minh.path), env_extra={"LNV_SERVER": minh.url}
    )
    assert out.returncode == 0, out.stderr
    assert "đã nhận 2" in out.stdout.lower()
    out = run_cli("sync", "--json", "--store", str(minh.path), "--server", minh.url)
    data = json.loads(out.stdout)
    assert (data["sent"], data["received"], data["refused"], data["pending"]) == (0, 0, [], 0)
    assert "mật-khẩu" not in data["server"]


def test_unreachable_server_or_wrong_password_exits_2_and_keeps_the_work(newsroom, tmp_path):
    lan = newsroom.laptop("reporter", "lan")
    repo = lan.repo()
    repo.create(title="Làng gốm", body="Thân bài.")
    repo.close()
    wrong = lan.url.replace("mật-khẩu-thử", "sai")
    out = run_cli("sync", "--store", str(lan.path), "--server", wrong)
    assert out.returncode == 2
    assert "refused the login" in out.stderr and "sai" not in out.stderr
    out = run_cli("sync", "--store", str(lan.path), "--server", "postgresql://x@127.0.0.1:1/db")
    assert out.returncode == 2 and "Cannot reach the server" in out.stderr
    assert newsroom.count("article") == 0
    out = run_cli("sync", "--store", str(lan.path), "--server", lan.url)
    assert out.returncode == 0 and newsroom.count("article") == 1
    out = run_cli("sync", "--store", str(lan.path))
    assert out.returncode == 2 and "LNV_SERVER" in out.stderr
