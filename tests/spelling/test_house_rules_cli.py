"""lnv-editor house-rules show|set|history|restore, and check --json using the store's rules."""

from __future__ import annotations

import json
import sqlite3

from cli_helpers import run_cli


def run(*args: str, lang: str = "en"):
    return run_cli(*args, env_extra={"LNV_LANGUAGE": lang})


RULE = "H099\t\\bthăm quan\\b\tTòa soạn viết “tham quan”.\ttham quan\tinfo\n"


def _new(store: str) -> str:
    out = run("new", "--store", store, "--title", "Đoàn thăm quan làng gốm", "--lead", "Sapo.")
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def _house_codes(store: str, aid: str) -> list[str]:
    out = run("check", aid, "--json", "--store", store)
    return [f["code"] for f in json.loads(out.stdout)["house_style"]]


def test_set_show_history_restore_and_check_uses_the_new_rule(tmp_path):
    store = str(tmp_path / "s.sqlite")
    aid = _new(store)
    assert "house.H099" not in _house_codes(store, aid)
    out = run("house-rules", "show", "--store", store)
    assert out.returncode == 0 and out.stdout.startswith("# House style")
    rules = tmp_path / "rules.tsv"
    rules.write_text(out.stdout + RULE, encoding="utf-8")
    out = run("house-rules", "set", str(rules), "--as", "Trần Hoà", "--store", store)
    assert out.returncode == 0, out.stderr
    assert "version 2" in out.stdout
    assert "house.H099" in _house_codes(store, aid)
    out = run("house-rules", "history", "--json", "--store", store)
    history = json.loads(out.stdout)
    assert [(v["version"], v["saved_by"]) for v in history] == [(2, "Trần Hoà"), (1, "")]
    out = run("house-rules", "history", "--store", store, lang="vi")
    assert out.stdout.splitlines()[0].startswith("v2 ") and "Trần Hoà" in out.stdout
    out = run("house-rules", "show", "--version", "1", "--json", "--store", store)
    assert "H099" not in json.loads(out.stdout)["text"]
    out = run("house-rules", "restore", "1", "--store", store)
    assert out.returncode == 0 and "version 3" in out.stdout
    assert "house.H099" not in _house_codes(store, aid)


def test_a_bad_rule_file_is_refused_with_its_line_in_vietnamese_and_nothing_changes(tmp_path):
    store = str(tmp_path / "s.sqlite")
    _new(store)
    rules = tmp_path / "rules.tsv"
    rules.write_text("id\tpattern\tmessage\tfix\tseverity\nH1\t(abc\tm\t\twarning\n", "utf-8")
    conn = sqlite3.connect(store)
    before = conn.execute("SELECT * FROM house_rules").fetchall()
    conn.close()
    out = run("house-rules", "set", str(rules), "--store", store, lang="vi")
    assert out.returncode == 2
    assert "Dòng 2" in out.stderr and "H1" in out.stderr, out.stderr
    out = run("house-rules", "set", str(rules), "--json", "--store", store)
    assert out.returncode == 2 and "Line 2 (H1)" in json.loads(out.stdout)["error"]
    conn = sqlite3.connect(store)
    assert conn.execute("SELECT * FROM house_rules").fetchall() == before
    conn.close()
    out = run("house-rules", "set", str(tmp_path / "missing.tsv"), "--store", store)
    assert out.returncode == 2 and "missing.tsv" in out.stderr


def test_help_names_the_actions():
    out = run("house-rules", "--help")
    assert out.returncode == 0
    for word in ("show", "set", "history", "restore"):
        assert word in out.stdout
