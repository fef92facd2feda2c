"""lnv-editor status, check and comments, run as a script would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BODY = " ".join(["Nghệ nhân làng gốm Bát Tràng giữ nghề truyền thống qua nhiều thế hệ."] * 16)


def run(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), LNV_LANGUAGE=lang)
    return subprocess.run(
        [sys.executable, "-m", "lnv_editor", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        encoding="utf-8",
    )


@pytest.fixture
def article(tmp_path):
    store = str(tmp_path / "cli.sqlite")
    body = tmp_path / "body.md"
    body.write_text(BODY, encoding="utf-8")
    out = run(
        "new",
        "--store",
        store,
        "--title",
        "Gốm Bát Tràng",
        "--lead",
        "Làng gốm đỏ lửa",
        "--body-file",
        str(body),
    )
    assert out.returncode == 0, out.stderr
    return store, out.stdout.strip()


def status(store, aid, *args):
    return run("status", aid, *args, "--store", store)


def test_check_json_exits_1_on_errors_then_0(article):
    store, aid = article
    out = run("check", aid, "--json", "--store", store, lang="vi")
    assert out.returncode == 1
    data = json.loads(out.stdout)
    assert [(f["code"], f["field"]) for f in data["errors"]] == [("no_province", "provinces")]
    (warning,) = data["warnings"]
    assert warning["code"] == "lead_no_stop" and warning["position"] == len("Làng gốm đỏ lửa")
    assert data["errors"][0]["message"] == "Gắn ít nhất một tỉnh, thành."
    assert run("tag", aid, "--province", "ha noi", "--store", store).returncode == 0
    out = run("check", aid, "--json", "--store", store)
    assert out.returncode == 0 and json.loads(out.stdout)["errors"] == []


def test_every_step_from_the_command_line(article):
    store, aid = article
    refused = status(store, aid, "submit")
    assert refused.returncode == 2 and "not ready to submit" in refused.stderr
    run("tag", aid, "--province", "ha noi", "--store", store)
    assert status(store, aid, "approve", "--role", "editor").returncode == 2  # not submitted
    assert status(store, aid, "submit", "--as", "Lê Nam").returncode == 0
    out = status(store, aid, "approve", "--role", "reporter")
    assert out.returncode == 2 and "Only an editor" in out.stderr
    out = status(store, aid, "return", "--role", "editor")
    assert out.returncode == 2 and "reason is required" in out.stderr
    out = status(
        store,
        aid,
        "return",
        "--role",
        "editor",
        "--as",
        "Trần Biên",
        "--reason",
        "Sapo thiếu số liệu",
        "--json",
    )
    assert out.returncode == 0 and json.loads(out.stdout)["to_status"] == "returned"
    assert status(store, aid, "reopen").returncode == 2  # returned: submit again instead
    assert status(store, aid, "submit", "--as", "Lê Nam").returncode == 0
    assert status(store, aid, "approve", "--role", "editor", "--as", "Trần Biên").returncode == 0
    assert status(store, aid, "submit").returncode == 2
    assert status(store, aid, "reopen").returncode == 0
    data = json.loads(status(store, aid, "--json").stdout)
    assert data["status"] == "draft"
    assert [(t["action"], t["person"], t["reason"]) for t in data["timeline"]] == [
        ("submit", "Lê Nam", ""),
        ("return", "Trần Biên", "Sapo thiếu số liệu"),
        ("submit", "Lê Nam", ""),
        ("approve", "Trần Biên", ""),
        ("reopen", "", ""),
    ]


def test_comments_from_the_command_line(article):
    store, aid = article
    out = run(
        "comments",
        aid,
        "add",
        "--field",
        "lead",
        "--quote",
        "đỏ lửa",
        "--text",
        "Thêm số liệu",
        "--as",
        "Biên",
        "--role",
        "editor",
        "--store",
        store,
        "--json",
    )
    assert out.returncode == 0, out.stderr
    added = json.loads(out.stdout)
    assert (added["start"], added["end"], added["quote"]) == (9, 15, "đỏ lửa")
    cid = str(added["id"])
    assert (
        run("comments", aid, "reply", "--to", cid, "--text", "Đã thêm", "--store", store).returncode
        == 0
    )
    assert run("comments", aid, "resolve", "--to", cid, "--store", store).returncode == 0
    listed = json.loads(run("comments", aid, "--json", "--store", store).stdout)
    assert [(c["text"], c["resolved"], c["parent_id"]) for c in listed] == [
        ("Thêm số liệu", True, None),
        ("Đã thêm", False, int(cid)),
    ]
    missing = run("comments", aid, "add", "--quote", "không có", "--text", "x", "--store", store)
    assert missing.returncode == 2 and "not in the body" in missing.stderr
    empty = run("comments", aid, "add", "--quote", "Nghệ", "--text", " ", "--store", store)
    assert empty.returncode == 2 and "empty" in empty.stderr
