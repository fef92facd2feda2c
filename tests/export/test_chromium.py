"""The exported page in a real browser (headless Chromium): an XSS corpus in every field runs
no script, logs no console message and makes no network request.

A control page (no CSP, a script and a remote image) proves each detector works: the same
browser run on it must show the script's effect, its console line and its request.
"""

from __future__ import annotations

import http.server
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from bundle_helpers import PORTAL

from lnv_editor.export.run import export_articles

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.required,
    pytest.mark.skipif(CHROMIUM is None, reason="apt-get install chromium (.ci/run installs it)"),
]


class _Server(http.server.ThreadingHTTPServer):
    def __init__(self) -> None:
        self.hits: list[str] = []

        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server API
                server.hits.append(self.path)
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)


@pytest.fixture
def server():
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def corpus(base: str) -> list[str]:
    pwn = "document.title='PWNED';document.body.appendChild(document.createElement('pwned'))"
    return [
        f"<script>{pwn}</script>",
        f"</script><script>{pwn}</script>",
        f'<img src=x onerror="{pwn}">',
        f'"><svg onload="{pwn}">',
        f'\'><iframe src="javascript:{pwn}"></iframe>',
        f'<img src="{base}/img">',
        f'<link rel="stylesheet" href="{base}/css">',
        f"<style>@import url({base}/import);</style>",
        f'<a href="javascript:{pwn}">x</a>',
        f'<object data="{base}/object"></object>',
        "{{7*7}} ${7*7} \u2028\u2029 <!-- -->",
    ]


def _run(page: Path, profile: Path) -> tuple[str, str]:
    out = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=3000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return out.stdout, out.stderr


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def test_detectors_work_on_a_control_page(server, tmp_path):
    base = f"http://127.0.0.1:{server.server_port}"
    control = tmp_path / "control.html"
    control.write_text(
        f"<html><body><script>console.error('seen');{corpus(base)[0][8:-9]}</script>"
        f'<img src="{base}/control"></body></html>',
        encoding="utf-8",
    )
    dom, stderr = _run(control, tmp_path / "profile")
    assert "<title>PWNED</title>" in dom and "<pwned>" in dom
    assert _console(stderr)
    assert server.hits == ["/control"]


def test_xss_corpus_in_every_field_is_inert(repo, newsroom, tmp_path, server):
    base = f"http://127.0.0.1:{server.server_port}"
    payloads = corpus(base)
    text = " ".join(payloads)
    related = newsroom.article("Tin liên quan " + text, photos=0, approve=False)
    body = "\n\n".join(
        [f"Đoạn {n}: {p}" for n, p in enumerate(payloads)]
        + [
            "[bấm vào](javascript:document.title='PWNED')",
            f"![ảnh ngoài]({base}/markdown-image)",
            f'<img src="{base}/raw-img">',
        ]
    )
    article_id = newsroom.article(
        "Tiêu đề " + text,
        lead="Sapo " + text,
        byline="Lê Nam " + payloads[2],
        photos=1,
        caption="Chú thích " + text,
        credit="Ảnh: " + payloads[1],
        alt="Mô tả " + text,
        body_intro=body,
        related=[related],
    )
    export_articles(repo, [article_id], "folder", tmp_path / "out", workers=1, portal=PORTAL)
    page = next((tmp_path / "out").glob("*/index.html"))
    source = page.read_text(encoding="utf-8")
    assert source.count("<script") == 1  # the JSON-LD block only
    assert 'type="application/ld+json"' in source and "</script><script>" not in source
    dom, stderr = _run(page, tmp_path / "profile")
    assert "<html" in dom and "Tiêu đề" in dom  # the page did load
    assert "<title>PWNED</title>" not in dom and "<title>Tiêu đề" in dom
    assert "<pwned" not in dom.lower()
    assert _console(stderr) == []
    assert server.hits == []
