"""The command line, run as a script would run it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from cli_helpers import run_cli

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return run_cli(*args, **kwargs)


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
    out = run(
        "new",
        "--store",
        store,
        "--title",
        "Mây tre đan Phú Vinh",
        "--lead",
        "Sapo",
        "--byline",
        "Lê Nam",
        "--section",
        "Làng nghề",
        "--body-file",
        "-",
        stdin=body,
    )
    assert out.returncode == 0, out.stderr
    article_id = int(out.stdout.strip())
    shown = run("show", str(article_id), "--store", store, "--json")
    data = json.loads(shown.stdout)
    for key in (
        "id",
        "slug",
        "title",
        "lead",
        "body",
        "byline",
        "section",
        "status",
        "updated",
        "version",
    ):
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
    assert run("new", "--store", store, "--title", "Một bài").returncode == 0
    missing = run("show", "42", "--store", store, "--json")
    assert (
        missing.returncode == 2 and "no article with id 42" in json.loads(missing.stdout)["error"]
    )
    bad_body = tmp_path / "latin1.txt"
    bad_body.write_bytes("Hà Nội".encode("cp1258", errors="replace") + b"\xff\xfe")
    out = run(
        "new",
        "--store",
        str(tmp_path / "never.sqlite"),
        "--title",
        "T",
        "--body-file",
        str(bad_body),
    )
    assert out.returncode == 2 and "not UTF-8" in out.stderr
    assert not (tmp_path / "never.sqlite").exists()


def test_messages_in_vietnamese_by_default(tmp_path):
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("không phải kho", encoding="utf-8")
    out = run("list", "--store", str(bogus), env_extra={"LNV_LANGUAGE": "vi"})
    assert out.returncode == 2
    assert "không phải" in out.stderr and "kho" in out.stderr


def _jpeg(path, color=(200, 120, 40)):
    from PIL import Image

    Image.new("RGB", (800, 600), color).save(path, quality=85)
    return path


def test_photo_add_tag_suggest_search(tmp_path, store):
    article_id = int(
        run(
            "new",
            "--store",
            store,
            "--title",
            "Gốm Bát Tràng vào vụ Tết",
            "--lead",
            "Làng gốm ở Gia Lâm, Hà Nội tất bật.",
            "--body-file",
            "-",
            stdin="Thợ gốm Bát Tràng (Hà Nội) và Bắc Giang (nay là Bắc Ninh).\n",
        ).stdout
    )
    good = _jpeg(tmp_path / "lò gốm.jpg")
    bad = tmp_path / "hỏng.jpg"
    bad.write_bytes(b"\xff\xd8 not really a jpeg" * 20)
    out = run(
        "photo",
        "add",
        str(article_id),
        str(good),
        str(bad),
        "--store",
        store,
        "--json",
        "--caption",
        "Lò gốm",
        "--credit",
        "Ảnh: Lê Nam",
        "--alt",
        "Lò nung gốm",
    )
    assert out.returncode == 2  # one file failed, and says which
    data = json.loads(out.stdout)
    assert len(data["added"]) == 1 and data["added"][0]["caption"] == "Lò gốm"
    assert data["failed"][0]["file"].endswith("hỏng.jpg")
    assert "hỏng.jpg" in out.stderr
    shown = json.loads(run("show", str(article_id), "--store", store, "--json").stdout)
    photo = shown["photos"][0]
    assert set(photo) >= {
        "id",
        "sha256",
        "width",
        "height",
        "caption",
        "credit",
        "alt",
        "position",
        "cover",
    }
    assert photo["cover"] and photo["width"] == 800

    tagged = run("tag", str(article_id), "--store", store, "--province", "Bắc Giang", "thanh hoa")
    assert tagged.returncode == 0, tagged.stderr
    assert "Bắc Giang" in tagged.stdout and "Bắc Ninh" in tagged.stdout
    shown = json.loads(run("show", str(article_id), "--store", store, "--json").stdout)
    assert [p["name"] for p in shown["provinces"]] == ["Bắc Ninh", "Thanh Hóa"]
    assert shown["provinces"][0]["name_used"] == "Bắc Giang"
    nowhere = run("tag", str(article_id), "--store", store, "--province", "Atlantis")
    assert nowhere.returncode == 2 and "Atlantis" in nowhere.stderr

    suggested = json.loads(run("suggest", str(article_id), "--store", store, "--json").stdout)
    names = {p["name"] for p in suggested["provinces"]}
    assert {"Thành phố Hà Nội", "Bắc Ninh"} <= names
    assert "related" in suggested

    hits = json.loads(run("search", "bat trang", "--store", store, "--json").stdout)
    assert [h["id"] for h in hits] == [article_id]
    assert "[" in hits[0]["snippet"]
    by_province = json.loads(
        run("search", "gom", "--province", "24", "--store", store, "--json").stdout
    )
    assert [h["id"] for h in by_province] == [article_id]
    assert (
        json.loads(run("search", 'NEAR("x" -y) OR col:*', "--store", store, "--json").stdout) == []
    )


def test_read_only_commands_refuse_a_missing_store_and_create_nothing(tmp_path):
    missing = tmp_path / "no" / "such" / "folder" / "store.sqlite"
    for args in (["list"], ["show", "1"], ["search", "gốm"], ["suggest", "1"]):
        out = run(*args, "--store", str(missing))
        assert out.returncode == 2, (args, out.stdout)
        assert "There is no store at" in out.stderr and "lnv-editor new" in out.stderr
        assert out.stdout == ""
    assert not (tmp_path / "no").exists()  # no folders, no empty store


def test_new_creates_a_store_and_says_where(tmp_path):
    target = tmp_path / "fresh" / "store.sqlite"
    out = run("new", "--store", str(target), "--title", "Bài đầu tiên")
    assert out.returncode == 0, out.stderr
    assert f"Created a new store at {target}" in out.stderr
    again = run("new", "--store", str(target), "--title", "Bài thứ hai")
    assert "Created a new store" not in again.stderr


def test_an_older_store_is_upgraded_and_says_so_once(tmp_path):
    """A store of an earlier version is upgraded by the first command that opens it (a
    large archive's search indexes take minutes): that command says so, in the interface
    language, and finds what the upgrade indexed; the next says nothing."""
    old = tmp_path / "kho-cu.sqlite"
    shutil.copy(Path(__file__).parent / "fixtures" / "store_0017.sqlite", old)
    out = run(
        "search", "khuyến công thanh h", "--store", str(old), env_extra={"LNV_LANGUAGE": "vi"}
    )
    assert out.returncode == 0, out.stderr
    assert f"Đang nâng cấp kho {old} cho phiên bản LNV Editor này" in out.stderr
    assert "Khuyến công Thanh Hoá hỗ trợ máy dệt" in out.stdout
    again = run("search", "khuyến công thanh h", "--store", str(old))
    assert again.returncode == 0 and "Upgrading" not in again.stderr
    assert "Khuyến công Thanh Hoá hỗ trợ máy dệt" in again.stdout


def test_vietnamese_messages_come_from_the_compiled_catalogue(tmp_path):
    out = run("list", "--store", str(tmp_path / "x.sqlite"), env_extra={"LNV_LANGUAGE": "vi"})
    assert out.returncode == 2
    assert "There is no store" not in out.stderr  # translated, not the English template
    assert str(tmp_path / "x.sqlite") in out.stderr


def test_the_command_line_never_imports_qt(store):
    code = (
        "import sys; from lnv_editor.cli import main; "
        f"rc = main(['demo', '--store', {store!r}, '--json']); "
        f"rc |= main(['list', '--store', {store!r}]); "
        "assert 'PySide6' not in sys.modules, 'PySide6 imported'; sys.exit(rc)"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), LNV_LANGUAGE="vi")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr


def test_delete_undelete_and_empty_the_trash(tmp_path, store):
    keep = int(run("new", "--store", store, "--title", "Gốm Bát Tràng").stdout)
    junk = [int(run("new", "--store", store, "--title", "").stdout) for _ in range(2)]
    out = run("delete", *map(str, junk), "--store", store)
    assert out.returncode == 0, out.stderr
    assert "undelete" in out.stdout
    assert [a["id"] for a in json.loads(run("list", "--store", store, "--json").stdout)] == [keep]
    trashed = json.loads(run("list", "--trash", "--store", store, "--json").stdout)
    assert sorted(a["id"] for a in trashed) == sorted(junk)
    assert json.loads(run("show", str(junk[0]), "--store", store, "--json").stdout)[
        "deleted_at"
    ].endswith("Z")
    assert (
        json.loads(run("search", "bat trang", "--store", store, "--json").stdout)[0]["id"] == keep
    )
    back = json.loads(run("undelete", str(junk[0]), str(keep), "--store", store, "--json").stdout)
    assert back == {"restored": [junk[0]], "not_in_trash": [keep]}
    assert sorted(
        a["id"] for a in json.loads(run("list", "--store", store, "--json").stdout)
    ) == sorted([keep, junk[0]])
    unknown = run("delete", "999", str(keep), "--store", store)
    assert unknown.returncode == 2 and "999" in unknown.stderr
    assert len(json.loads(run("list", "--store", store, "--json").stdout)) == 2  # nothing moved
    listed = json.loads(run("trash", "--store", store, "--json").stdout)
    assert [a["id"] for a in listed] == [junk[1]]
    emptied = json.loads(run("trash", "--empty", "--store", store, "--json").stdout)
    assert emptied["deleted"] == [junk[1]]
    gone = run("show", str(junk[1]), "--store", store)
    assert gone.returncode == 2
    assert json.loads(run("trash", "--store", store, "--json").stdout) == []
    missing = run("delete", "1", "--store", str(tmp_path / "none.sqlite"))
    assert missing.returncode == 2 and not (tmp_path / "none.sqlite").exists()


def test_statuses_are_named_in_the_interface_language_and_json_keeps_codes(tmp_path, store):
    run("demo", "--store", store)
    vi = run("list", "--store", store, env_extra={"LNV_LANGUAGE": "vi"}).stdout
    en = run("--lang", "en", "list", "--store", store).stdout
    assert "Xuất bản" in vi and "Nháp" in vi  # as the library names them
    assert "Published" in en and "Draft" in en
    for text in (vi, en):
        assert " published " not in text and " draft " not in text
    listed = json.loads(run("list", "--store", store, "--json").stdout)
    assert {item["status"] for item in listed} >= {"published", "draft"}
    draft = next(item["id"] for item in listed if item["status"] == "draft")
    shown = run("show", str(draft), "--store", store, env_extra={"LNV_LANGUAGE": "vi"}).stdout
    assert "Nháp" in shown and "draft" not in shown.split("\n\n")[0]
    refused = run(
        "export",
        str(draft),
        "--store",
        store,
        "--out",
        str(tmp_path / "out"),
        "--base-url",
        "https://lnv.vn",
        env_extra={"LNV_LANGUAGE": "vi"},
    )
    assert refused.returncode == 2
    assert "Nháp" in refused.stderr and "draft" not in refused.stderr


def test_edit_changes_an_article_in_one_save_with_the_usual_rules(tmp_path, store):
    created = json.loads(
        run("new", "--title", "Tiêu đề cũ", "--store", store, "--json", stdin="").stdout
    )
    article_id = str(created["id"])
    before = json.loads(run("show", article_id, "--store", store, "--json").stdout)
    edited = run(
        "edit",
        article_id,
        "--title",
        "Tiêu đề mới",
        "--lead",
        "Sapo mới.",
        "--body-file",
        "-",
        "--store",
        store,
        "--json",
        stdin="Thân bài mới.\n",
    )
    assert edited.returncode == 0, edited.stderr
    answer = json.loads(edited.stdout)
    assert answer["version"] == before["version"] + 1 and answer["conflict_revision"] is None
    after = json.loads(run("show", article_id, "--store", store, "--json").stdout)
    assert (after["title"], after["lead"], after["body"]) == (
        "Tiêu đề mới",
        "Sapo mới.",
        "Thân bài mới.\n",
    )
    assert after["byline"] == before["byline"]  # what was not given stays
    # Based on an older version: the newer text is kept as a conflict revision first.
    late = run(
        "edit",
        article_id,
        "--title",
        "Tiêu đề thứ ba",
        "--version",
        str(before["version"]),
        "--store",
        store,
    )
    assert late.returncode == 0, late.stderr
    assert "Tiêu đề mới" not in late.stderr and "revision" in late.stderr
    from lnv_editor.store.repository import Repository

    repo = Repository.open(Path(store), create=False)
    try:
        revisions = repo.revisions(int(article_id))
        assert any(r.reason == "conflict" and r.title == "Tiêu đề mới" for r in revisions)
    finally:
        repo.close()
    # Nothing to change, or a body file that cannot be read: an error, nothing written.
    nothing = run("edit", article_id, "--store", store)
    assert nothing.returncode == 2 and "--title" in nothing.stderr
    missing = run("edit", article_id, "--body-file", str(tmp_path / "no.md"), "--store", store)
    assert missing.returncode == 2 and "no.md" in missing.stderr
    shown = json.loads(run("show", article_id, "--store", store, "--json").stdout)
    assert shown["version"] == answer["version"] + 1


def test_photo_add_insert_places_the_photos_in_the_body(tmp_path, store):
    created = json.loads(
        run(
            "new",
            "--title",
            "Bài có ảnh",
            "--body-file",
            "-",
            "--store",
            store,
            "--json",
            stdin="Đoạn đầu.\n",
        ).stdout
    )
    article_id = str(created["id"])
    added = run(
        "photo",
        "add",
        article_id,
        str(_jpeg(tmp_path / "a.jpg")),
        str(_jpeg(tmp_path / "b.jpg", (10, 90, 200))),
        "--insert",
        "--store",
        store,
        "--json",
    )
    assert added.returncode == 0, added.stderr
    ids = json.loads(added.stdout)["inserted"]
    assert len(ids) == 2
    body = json.loads(run("show", article_id, "--store", store, "--json").stdout)["body"]
    assert body == f"Đoạn đầu.\n\n![](photo:{ids[0]})\n\n![](photo:{ids[1]})\n"
    # without --insert the body is left as it is
    run("photo", "add", article_id, str(_jpeg(tmp_path / "c.jpg", (0, 0, 0))), "--store", store)
    assert json.loads(run("show", article_id, "--store", store, "--json").stdout)["body"] == body
