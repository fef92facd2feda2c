"""What the bundle tests share: the portal they export for, and the checks that the
website's own tools make (ninjs with format checking, links that resolve)."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from jsonschema import Draft202012Validator

from lnv_editor.export.portal import Portal
from lnv_editor.paths import asset

BASE_URL = "https://lnv.vn"
PORTAL = Portal(BASE_URL)


def ninjs_errors(doc: dict) -> list[str]:
    """*doc* checked against the shipped ninjs 3.1 schema as IPTC's validator checks it:
    with jsonschema's FormatChecker, whose ``uri`` and ``date-time`` checkers are installed."""
    checker = Draft202012Validator.FORMAT_CHECKER
    assert {"uri", "date-time"} <= set(checker.checkers), "the format checkers are not installed"
    schema = json.loads(asset("ninjs", "ninjs-schema_3.1.json").read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=checker)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(doc)]


class _Addresses(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []  # (tag, attribute, value)

    def handle_starttag(self, tag, attrs) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.found.append((tag, name, value))
            if name == "srcset" and value:
                for part in value.split(","):
                    self.found.append((tag, name, part.strip().split(" ")[0]))


def addresses(html: str) -> list[tuple[str, str, str]]:
    parser = _Addresses()
    parser.feed(html)
    parser.close()
    return parser.found


def broken_links(page: Path) -> list[str]:
    """Every relative href/src of *page* that does not name a file (fragments aside)."""
    broken = []
    for _tag, _attr, value in addresses(page.read_text(encoding="utf-8")):
        if "://" in value or value.startswith(("#", "mailto:")):
            continue
        target = (page.parent / value.split("#")[0]).resolve()
        if not target.is_file():
            broken.append(value)
    return broken
