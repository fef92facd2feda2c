"""`lnv-editor search` on the demo store: the phrase first, and the output says how it matched."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from cli_helpers import run_cli

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return run_cli(*args, **kwargs)


def test_search_finds_the_phrase_and_says_when_it_falls_back(tmp_path):
    store = str(tmp_path / "demo.sqlite")
    assert run("demo", "--store", store).returncode == 0
    titles = {
        a["id"]: a["title"] for a in json.loads(run("list", "--store", store, "--json").stdout)
    }
    assert len(titles) == 16
    hits = json.loads(run("search", "dong ky", "--store", store, "--json").stdout)
    # one article is about Đồng Kỵ; "tỷ đồng" and "kỳ họp" elsewhere no longer count
    assert [titles[h["id"]] for h in hits] == [t for t in titles.values() if "Đồng Kỵ" in t]
    assert {h["mode"] for h in hits} == {"phrase"}
    hanoi = json.loads(run("search", "thanh hoa", "--store", store, "--json").stdout)
    assert 1 <= len(hanoi) <= 2 and {h["mode"] for h in hanoi} == {"phrase"}
    assert all("Thanh" in h["snippet"] for h in hanoi)

    apart = json.loads(run("search", "gom ky", "--store", store, "--json").stdout)
    assert apart and {h["mode"] for h in apart} == {"all-words"}
    plain = run("search", "gom ky", "--store", store)
    assert plain.stdout.splitlines()[0].startswith("No article contains the exact phrase «gom ky»")
    assert "exact phrase" not in run("search", "dong ky", "--store", store).stdout
