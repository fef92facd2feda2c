"""Typography of the plain-text fields (title, lead, captions, byline) as the portal sets them.

The body gets the same quotes from Python-Markdown's smarty extension (which leaves code
alone); these helpers do it for fields that are not Markdown.
"""

from __future__ import annotations

import re

LEAD_PREFIX = "LNV - "
# What an author may have typed already: "LNV - ", "LNV- ", "LNV – ", "lnv -" ...
_TYPED_PREFIX = re.compile(r"^\s*LNV\s*[-–—]\s*", re.IGNORECASE)
_TYPED_THEO = re.compile(r"^\s*theo\s+", re.IGNORECASE)
_OPENS_AFTER = set(" \t\n([{“‘-–—/") | {""}


def smart_quotes(text: str) -> str:
    """Straight quotes to Vietnamese typographic ones: "…" -> “…”, '…' -> ‘…’.

    A quote opens at the start or after a space or opening bracket, and closes elsewhere;
    an apostrophe inside a word (Bình Định's) becomes ’, as typographers set it.
    """
    if '"' not in text and "'" not in text:
        return text
    out: list[str] = []
    previous = ""
    for ch in text:
        if ch == '"':
            out.append("“" if previous in _OPENS_AFTER else "”")
        elif ch == "'":
            out.append("‘" if previous in _OPENS_AFTER else "’")
        else:
            out.append(ch)
        previous = ch
    return "".join(out)


def lead_text(lead: str) -> str:
    """The lead as the page shows it: ``LNV - `` first, once, whatever the author typed.

    An empty lead stays empty (the page then shows no lead paragraph)."""
    rest = _TYPED_PREFIX.sub("", lead.strip(), count=1).strip()
    return f"{LEAD_PREFIX}{smart_quotes(rest)}" if rest else ""


def byline_text(byline: str) -> str:
    """``Theo <author>``; an author who typed "Theo …" is not given a second one."""
    name = _TYPED_THEO.sub("", byline.strip(), count=1).strip()
    return f"Theo {name}" if name else ""
