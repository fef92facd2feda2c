"""lnv-editor check reports spelling findings beside the readiness ones, as a script runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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


def test_check_lists_spelling_with_field_position_code_message_and_fix(tmp_path):
    store = str(tmp_path / "cli.sqlite")
    body = tmp_path / "body.md"
    body.write_text("Đoạn một đúng.\n\nBác sĩ chuẩn đoán , rồi sử lý.", encoding="utf-8")
    out = run(
        "new", "--store", store, "--title", "Nghành gốm Bát Tràng", "--lead",
        "Làng nghề Thanh Hóa và Thanh Hoá.", "--body-file", str(body),
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    aid = out.stdout.strip()
    out = run("check", aid, "--json", "--store", store, lang="vi")
    data = json.loads(out.stdout)
    assert out.returncode == 1  # readiness errors (no province) still decide the exit code
    got = [(f["field"], f["position"], f["code"], f["fix"]) for f in data["spelling"]]
    text = "Đoạn một đúng.\n\nBác sĩ chuẩn đoán , rồi sử lý."
    assert got == [
        ("title", 0, "spelling.ngh_back", "Ngành"),
        ("body", text.index("chuẩn"), "spelling.confusion", "chẩn đoán"),
        ("body", text.index(" ,"), "spelling.space_before_punct", ","),
        ("body", text.index("sử lý"), "spelling.confusion", "xử lý"),
    ]
    assert "ngh" in data["spelling"][0]["message"]
    assert data["spelling"][0]["message"] != "After ngh write only i, e, ê; here write ng."
    # the lead's two tone styles are no spelling mistake (readiness warns about mixing them)
    assert not [f for f in data["spelling"] if f["field"] == "lead"]
    plain = run("check", aid, "--store", store)
    assert "title:0" in plain.stdout and "Ngành" in plain.stdout
