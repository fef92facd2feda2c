"""Word count and reading time: the one counting rule.

The status bar ("Nội dung: 71 từ") and the readiness check ("Nội dung có 71 từ", core/readiness)
count the same thing: the words of the body, its Markdown markup left out. The title and the
lead are not counted, so the two never disagree."""

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


def body_words(body: str) -> int:
    """The words of an article's body, without its markup: what both the status bar and the
    readiness check show."""
    return count_words(markdown_plain(body))


def body_stats(body: str) -> TextStats:
    """Words, characters and reading time of an article's body."""
    words = body_words(body)
    minutes = max(1, round(words / READING_RATE_PER_MINUTE)) if words else 0
    return TextStats(words=words, characters=len(body.strip()), reading_minutes=minutes)
