"""Search snippets as rich text: the store gives plain text and match spans; this marks them."""

from __future__ import annotations

import html
from collections.abc import Iterable


def snippet_html(text: str, spans: Iterable[tuple[int, int]], tag: str = "b") -> str:
    """*text* escaped, with each (start, end) span in ``<tag>``; spans are in order and apart."""
    out, last = [], 0
    for start, end in spans:
        out += [
            html.escape(text[last:start]),
            f"<{tag}>",
            html.escape(text[start:end]),
            f"</{tag}>",
        ]
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)
