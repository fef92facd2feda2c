"""lnv-editor export, verify and import, run as a script would run them."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

from bundle_helpers import BASE_URL
from cli_helpers import run_cli

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    # The portal's address as the settings would give it (export refuses without one).
    env = {"LNV_PORTAL_URL": BASE_URL} | kwargs.pop("env_extra", {})
    return run_cli(*args, env_extra=env, **kwargs)


def test_export_verify_import_from_the_command_line(repo, newsroom, tmp_path):
    good = newsroom.article("Bài tốt", photos=1)
    store = str(repo.path)
    out = run(
        "export",
        str(good),
        "--store",
        store,
        "--format",
        "zip",
        "--out",
        str(tmp_path / "z"),
        "--json",
    )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["articles"][0]["id"] == good and report["articles"][0]["path"].endswith(
        f"-{good}.zip"
    )
    bundle = tmp_path / "z" / report["articles"][0]["path"]
    verified = run("verify", str(bundle), "--json")
    assert verified.returncode == 0 and json.loads(verified.stdout)["ok"] is True
    other = tmp_path / "other.sqlite"
    imported = run("import", str(bundle), "--store", str(other), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["articles"][0]["created"] is True
    # a tampered bundle: exit 2, one message that names the file and says what to do
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data + b" " if info.filename == "index.html" else data)
    bad = run("verify", str(tampered))
    assert bad.returncode == 2
    assert "index.html" in bad.stderr and "does not match its checksum" in bad.stderr


def test_unpublishable_export_exits_2_with_each_reason(repo, newsroom, tmp_path):
    bad = newsroom.article("Bài thiếu sapo", photos=1, lead="", approve=False)
    out = run("export", str(bad), "--store", str(repo.path), "--out", str(tmp_path / "o"), "--json")
    assert out.returncode == 2
    data = json.loads(out.stdout)
    assert data["articles"][0]["id"] == bad and any(
        "lead" in r for r in data["articles"][0]["reasons"]
    )
    assert "fix these articles" in out.stderr and not (tmp_path / "o").exists()
    nothing = run("export", "--store", str(repo.path), "--out", str(tmp_path / "o"))
    assert nothing.returncode == 2 and "--all" in nothing.stderr


def test_export_current_overrides_the_approved_text(repo, newsroom, tmp_path):
    article_id = newsroom.article("Làng lụa Vạn Phúc", photos=0)
    store = str(repo.path)
    first = run("export", str(article_id), "--store", store, "--out", str(tmp_path / "a"))
    assert first.returncode == 0, first.stderr
    article = repo.get(article_id)
    repo.save(
        article_id, {"title": "Sửa sau khi duyệt"}, base_version=article.version, reason="save"
    )
    titles = {}
    for name, extra in (("approved", ()), ("current", ("--current",))):
        done = run(
            "export", str(article_id), "--store", store, "--out", str(tmp_path / name), *extra
        )
        assert done.returncode == 0, done.stderr
        folder = next(p for p in (tmp_path / name).iterdir() if p.is_dir())
        doc = json.loads((folder / "article.json").read_text(encoding="utf-8"))
        titles[name] = doc["headlines"][0]["value"]
    assert titles == {"approved": "Làng lụa Vạn Phúc", "current": "Sửa sau khi duyệt"}
