"""Word count and reading time, as shown in the editor's status bar."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Vietnamese is written in syllables separated by spaces; readers take about 230 a minute
# for news prose. Counting whitespace-separated tokens with a letter or digit matches what
# Vietnamese word processors call "số từ".
READING_RATE_PER_MINUTE = 230

_MARKUP = re.compile(
    r"!\[[^\]]*\]\([^)]*\)"  # images
    r"|\]\([^)]*\)"  # link targets (keep link text)
    r"|^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+"  # block markers
    r"|[*_`~\[\]]",  # emphasis, code and bracket characters
    re.MULTILINE,
)
_WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class TextStats:
    words: int
    characters: int
    reading_minutes: int


def count_words(text: str) -> int:
    return sum(1 for token in text.split() if _WORD.search(token))


def markdown_plain(text: str) -> str:
    """Markdown without its markup, good enough for counting."""
    return _MARKUP.sub(" ", text)


def article_stats(title: str, lead: str, body: str) -> TextStats:
    plain = f"{title}\n{lead}\n{markdown_plain(body)}"
    words = count_words(plain)
    minutes = max(1, round(words / READING_RATE_PER_MINUTE)) if words else 0
    return TextStats(words=words, characters=len(plain.strip()), reading_minutes=minutes)
