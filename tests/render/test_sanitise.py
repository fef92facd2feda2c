"""Hostile input in every author field never becomes script, a remote load or a handler."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest

from lnv_editor.render.page import PagePhoto, PreviewAddresses, render_page
from tests.render.conftest import card, make_page

SAFE = "Gốm an toàn"
HOSTILE = {
    "script": f"<script>alert(1)</script>{SAFE}",
    "script_upper": f"<SCRIPT SRC=https://evil.example/x.js></SCRIPT>{SAFE}",
    "md_javascript": f"[{SAFE}](javascript:alert(1))",
    "md_javascript_entity": f"[{SAFE}](jav&#x61;script:alert(1))",
    "md_javascript_tab": f"[{SAFE}](java\tscript:alert(1))",
    "md_data": f"[{SAFE}](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "md_file": f"[{SAFE}](file:///etc/passwd)",
    "md_vbscript": f"[{SAFE}](vbscript:msgbox(1))",
    "md_image_javascript": f"![{SAFE}](javascript:alert(1))",
    "md_image_remote": f"![{SAFE}](https://evil.example/track.gif)",
    "a_javascript": f'<a href="javascript:alert(1)">{SAFE}</a>',
    "a_entity": f'<a href="&#106;&#97;vascript:alert(1)">{SAFE}</a>',
    "a_hex_entity": f'<a href="jav&#x61;script:alert(1)">{SAFE}</a>',
    "a_tab": f'<a href="java\tscript:alert(1)">{SAFE}</a>',
    "a_newline": f'<a href="java&#10;script:alert(1)">{SAFE}</a>',
    "a_vbscript": f'<a href="vbscript:msgbox(1)">{SAFE}</a>',
    "a_data": f'<a href="data:text/html,<script>alert(1)</script>">{SAFE}</a>',
    "a_onclick": f'<a href="https://lnv.example.vn" onclick="alert(1)">{SAFE}</a>',
    "img_onerror": f"<img src=x onerror=alert(1)>{SAFE}",
    "img_file": f'<img src="file:///etc/passwd">{SAFE}',
    "svg_onload": f"<svg onload=alert(1)><circle r=1 /></svg>{SAFE}",
    "iframe": f'<iframe src="https://evil.example" srcdoc="<script>alert(1)</script>"></iframe>{SAFE}',
    "object": f'<object data="https://evil.example/x.swf"></object>{SAFE}',
    "style_tag": f"<style>body{{background:url(https://evil.example/)}}</style>{SAFE}",
    "style_attr": f'<p style="background:url(javascript:alert(1))">{SAFE}</p>',
    "form": f'<form action="https://evil.example"><input name=a><button formaction="javascript:alert(1)">x</button></form>{SAFE}',
    "meta_refresh": f'<meta http-equiv="refresh" content="0;url=javascript:alert(1)">{SAFE}',
    "base": f'<base href="https://evil.example/">{SAFE}',
    "link": f'<link rel="stylesheet" href="https://evil.example/x.css">{SAFE}',
    "forged_placeholder": f'<figure data-lnv-photo="0000:3"></figure><img data-lnv-photo="x:3">{SAFE}',
    "attribute_breakout": f'"><script>alert(1)</script><p title="{SAFE}',
    "comment_breakout": f"--><script>alert(1)</script>{SAFE}",
}

FORBIDDEN_TAGS = {
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
    "form", "button", "base", "link", "textarea", "select",
}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "background", "cite"}
ALLOWED_SCHEMES = {"http", "https", "mailto", "lnv-photo", "lnv-article"}


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.text.extend(value for name, value in attrs if name in ("alt", "title") and value)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _scheme(url: str) -> str | None:
    """The scheme a browser would see (WHATWG URL parsing): tabs and newlines anywhere are
    dropped, C0 controls and spaces around are stripped; no valid scheme means relative."""
    cleaned = "".join(ch for ch in url if ch not in "\t\n\r")
    cleaned = cleaned.strip("".join(chr(c) for c in range(0x21))).lower()
    match = re.match(r"([a-z][a-z0-9+.-]*):", cleaned)
    return match.group(1) if match else None


def _page_with(field: str, value: str) -> str:
    page = make_page(body="Đoạn đầu.\n\n![](photo:3)\n\nĐoạn cuối.")
    photo = page.photos[0]
    if field == "body":
        page = dataclasses.replace(page, body=f"Đoạn đầu.\n\n{value}\n\n![](photo:3)")
    elif field in ("caption", "credit", "alt"):
        hostile = dataclasses.replace(photo, **{field: value})
        page = dataclasses.replace(page, photos=(hostile, *page.photos[1:]))
    elif field == "related_title":
        story = dataclasses.replace(card(1), title=value, lead=value)
        page = dataclasses.replace(page, related=(story,), newer=(story,), latest=(story,),
                                   most_read=(story,), others=(story,))  # fmt: skip
    elif field == "province":
        page = dataclasses.replace(page, provinces=(value,))
    else:
        page = dataclasses.replace(page, **{field: value})
    return render_page(page, addresses=PreviewAddresses()).html


FIELDS = (
    "title",
    "lead",
    "body",
    "byline",
    "caption",
    "credit",
    "alt",
    "related_title",
    "province",
)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_input_is_inert(field, case):
    html = _page_with(field, HOSTILE[case])
    parsed = _Collect()
    parsed.feed(html)
    counts: dict[str, int] = {}
    for tag, attrs in parsed.tags:
        counts[tag] = counts.get(tag, 0) + 1
        assert tag not in FORBIDDEN_TAGS, (tag, attrs)
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            assert name not in ("style", "srcdoc", "formaction"), (tag, name)
            if name == "data-lnv-photo":
                pytest.fail(f"a photo placeholder was left in the page: {tag} {attrs}")
            if name in URL_ATTRIBUTES and value:
                assert _scheme(value) in ALLOWED_SCHEMES | {None}, (tag, name, value)
            if name == "srcset" and value:
                for candidate in value.split(","):
                    assert _scheme(candidate.split()[0]) in ALLOWED_SCHEMES | {None}
    # Only the page's own: one stylesheet, four meta tags, and the two sidebar tab radios
    # when the page has a sidebar (an empty one is left out).
    assert counts.get("style") == 1
    assert counts.get("meta") == 4
    assert counts.get("input") == (2 if "<aside" in html else None)
    text = "".join(parsed.text)
    assert SAFE in text, "the harmless text (or alt text) must survive"


def test_body_links_keep_only_safe_schemes():
    html = _page_with("body", "[mail](mailto:a@b.vn) [web](https://lnv.example.vn) [x](ftp://a)")
    assert 'href="mailto:a@b.vn"' in html and 'href="https://lnv.example.vn"' in html
    assert "ftp:" not in html


def test_content_security_policy_forbids_script_and_remote_loads():
    html = render_page(make_page(), addresses=PreviewAddresses()).html
    csp = html.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0]
    csp = csp.replace("&#39;", "'")
    assert "default-src 'none'" in csp
    assert "script-src 'none'" in csp
    assert "img-src lnv-photo:" in csp and "https:" not in csp and "*" not in csp
    assert "'unsafe-inline'" not in csp and "style-src 'sha256-" in csp
    assert "http://" not in html.split("<body>")[0]  # nothing remote in the head


def test_photo_addresses_are_set_after_sanitising():
    # The preview's lnv-photo: scheme would not pass the author-content sanitiser.
    html = render_page(make_page(body="![](photo:3)"), addresses=PreviewAddresses()).html
    assert 'src="lnv-photo:3/800"' in html
    html = _page_with("body", "[x](lnv-photo:3/800) ![y](lnv-photo:3/800)")
    assert html.count("lnv-photo:3/800") == 2  # only the renderer's own figure (src + srcset)


def test_removed_photo_is_not_resolved():
    page = make_page(body="![](photo:5)", photos=(PagePhoto(6, "c" * 64, 10, 10),))
    rendered = render_page(page, addresses=PreviewAddresses())
    assert rendered.missing_photo_ids == [5] and "lnv-photo:5" not in rendered.html
