"""The command line, run as a script would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: str | None = None, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), LNV_LANGUAGE="en") | (env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "lnv_editor", *args], input=stdin, capture_output=True, text=True,
        env=env, timeout=120, encoding="utf-8",
    )


@pytest.fixture
def store(tmp_path):
    return str(tmp_path / "cli.sqlite")


def test_version_and_help():
    out = run("--version")
    assert out.returncode == 0 and out.stdout.startswith("LNV Editor ")
    helped = run("--help")
    for command in ("demo", "list", "show", "new", "--store", "--json"):
        assert command in helped.stdout


def test_new_from_stdin_then_show_json(store):
    body = unicodedata.normalize("NFD", "Đoạn một về làng nghề.\n\n## Tiêu đề phụ\n")
    out = run("new", "--store", store, "--title", "Mây tre đan Phú Vinh", "--lead", "Sapo",
              "--byline", "Lê Nam", "--section", "Làng nghề", "--body-file", "-", stdin=body)
    assert out.returncode == 0, out.stderr
    article_id = int(out.stdout.strip())
    shown = run("show", str(article_id), "--store", store, "--json")
    data = json.loads(shown.stdout)
    for key in ("id", "slug", "title", "lead", "body", "byline", "section", "status", "updated", "version"):
        assert key in data
    assert data["title"] == "Mây tre đan Phú Vinh"
    assert data["slug"] == "may-tre-dan-phu-vinh"
    assert data["body"] == unicodedata.normalize("NFC", body)
    assert data["status"] == "draft" and data["version"] == 1
    assert data["updated"].endswith("Z")


def test_demo_is_idempotent_and_listed(store):
    first = json.loads(run("demo", "--store", store, "--json").stdout)
    assert first["added"] >= 12 and first["articles"] == first["added"]
    second = json.loads(run("demo", "--store", store, "--json").stdout)
    assert second["added"] == 0 and second["articles"] == first["articles"]
    listed = json.loads(run("list", "--store", store, "--json").stdout)
    assert len(listed) == first["articles"]
    updated = [item["updated"] for item in listed]
    assert updated == sorted(updated, reverse=True)
    text = run("list", "--store", store).stdout
    assert "Bát Tràng" in text


def test_store_env_var(tmp_path):
    path = tmp_path / "env.sqlite"
    out = run("new", "--title", "Qua biến môi trường", env_extra={"LNV_STORE": str(path)})
    assert out.returncode == 0, out.stderr
    assert path.exists()


def test_errors_are_clear_and_write_nothing(tmp_path, store):
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"\x00garbage" * 50)
    out = run("list", "--store", str(bogus))
    assert out.returncode == 2
    assert "not an LNV Editor store" in out.stderr
    assert bogus.read_bytes() == b"\x00garbage" * 50
    missing = run("show", "42", "--store", store, "--json")
    assert missing.returncode == 2 and "no article with id 42" in json.loads(missing.stdout)["error"]
    bad_body = tmp_path / "latin1.txt"
    bad_body.write_bytes("Hà Nội".encode("cp1258", errors="replace") + b"\xff\xfe")
    out = run("new", "--store", str(tmp_path / "never.sqlite"), "--title", "T", "--body-file", str(bad_body))
    assert out.returncode == 2 and "not UTF-8" in out.stderr
    assert not (tmp_path / "never.sqlite").exists()


def test_messages_in_vietnamese_by_default(tmp_path):
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("không phải kho", encoding="utf-8")
    out = run("list", "--store", str(bogus), env_extra={"LNV_LANGUAGE": "vi"})
    assert out.returncode == 2
    assert "không phải" in out.stderr and "kho" in out.stderr
