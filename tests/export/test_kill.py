"""A killed export (SIGKILL mid-way) leaves whole bundles or none at each target, never half
of one: a bundle from the previous export is there byte for byte or replaced by a whole new
one (a folder may stand aside, whole, for the instant between its two renames); the next
export clears its leftovers and finishes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from bundle_helpers import PORTAL

from lnv_editor.export.reader import read_any
from lnv_editor.export.run import export_articles
from lnv_editor.export.writers import TEMP_PREFIX

EXPORTER = """
import sys
from pathlib import Path
from lnv_editor.export.portal import Portal
from lnv_editor.export.run import export_articles
from lnv_editor.store.repository import Repository
PORTAL = Portal("https://lnv.vn")
repo = Repository.open(Path(sys.argv[1]), create=False)
def progress(done, total):
    print(done, flush=True)
export_articles(repo, repo.list_ids(newest_first=False), sys.argv[2], Path(sys.argv[3]),
                progress=progress, workers=1, portal=PORTAL)
print("finished", flush=True)
"""


def files_of(entry: Path) -> dict[str, bytes]:
    """Every file of a bundle folder or zip, by its path inside the bundle."""
    if entry.is_dir():
        return {
            p.relative_to(entry).as_posix(): p.read_bytes() for p in entry.rglob("*") if p.is_file()
        }
    with zipfile.ZipFile(entry) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def assert_previous_bundle_survives(out: Path, name: str, old: dict[str, bytes]) -> None:
    """The previous bundle *name* is at its target unchanged, or a whole new bundle replaced
    it; only a folder may be missing, and then only while the old one stands aside whole."""
    target = out / name
    if target.exists():
        now = files_of(target)
        if now != old:  # replaced: the new bundle, complete and verified
            bundle = read_any(target)[0]
            assert "Sửa sau lần xuất trước." in bundle.article.body, name
        return
    aside = [e for e in out.iterdir() if e.name.startswith(TEMP_PREFIX) and e.name.endswith(name)]
    assert target.suffix != ".zip" and aside, f"the previous bundle {name} is gone"
    assert any(files_of(e) == old for e in aside), f"the previous bundle {name} is not whole"


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("fmt", ["folder", "zip"])
def test_sigkill_mid_export_leaves_no_half_bundle(repo, newsroom, tmp_path, fmt):
    ids = [newsroom.article(f"Bài số {n}", photos=2) for n in range(6)]
    out = tmp_path / "out"
    # a previous export at the target: it must survive whole or be replaced whole
    export_articles(repo, ids[:3], fmt, out, workers=1, portal=PORTAL)
    previous = {
        e.name: files_of(e) for e in out.iterdir() if e.name != "index.json"
    }  # the three bundles, byte for byte
    assert len(previous) == 3
    for n in ids:
        article = repo.get(n)
        repo.save(
            n,
            {"body": article.body + "\n\nSửa sau lần xuất trước."},
            base_version=article.version,
            reason="save",
        )
        newsroom.approve(n)  # only approved edits are exported
    root = Path(__file__).parents[2]
    rng = random.Random(7)
    for _ in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", EXPORTER, str(repo.path), fmt, str(out)],
            cwd=root,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout.readline().strip() == "1"  # one bundle done, the next being written
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        for entry in out.iterdir():
            if entry.name.startswith(TEMP_PREFIX) or entry.name == "index.json":
                continue
            bundle = read_any(entry)[0]  # verifies every byte against its manifest
            assert bundle.article.title.startswith("Bài số")
        for name, old in previous.items():
            assert_previous_bundle_survives(out, name, old)
    report = export_articles(repo, ids, fmt, out, workers=1, portal=PORTAL)
    assert not [e for e in out.iterdir() if e.name.startswith(TEMP_PREFIX)]
    assert len(report.exported) == len(ids)
    assert len(read_any(out)) == len(ids)
    for bundle in read_any(out):
        assert "Sửa sau lần xuất trước." in bundle.article.body
