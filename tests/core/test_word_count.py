"""The status bar's paragraph-by-paragraph word count gives what the rule (core/stats) gives
on the whole text, whatever the edit, also where markup runs across a blank line."""

from __future__ import annotations

import random

import pytest

from lnv_editor.core.demo import DEMO_ARTICLES
from lnv_editor.core.stats import body_words, count_words
from lnv_editor.core.word_count import ParagraphCounter, reading_minutes

TRICKY = [
    "",
    "\n\n",
    "một\n\n\n\nhai",
    "1.\n\nMột hai ba",  # a list marker alone: the rule's \s+ takes the blank line
    "- \n\nbốn năm",
    "#\n\n## Tiêu đề phụ\n\nđoạn",
    "> \n\n> trích dẫn",
    "Xem [bài trước](\n\nhttps://lnv.vn/bai) rồi đọc tiếp",  # a link target over a blank line
    "![ảnh chụp\n\nlàng gốm](photo:3) chú thích",  # an image's alt over a blank line
    "![a](b) ![c\n\nd e f\n\ng](h) i",
    "[x](y\n\nz\n\nw) v",
    "**đậm**\n\n*nghiêng* `mã`\n\n1) một\n\n2) hai",
    "cuối có ![mở",
]


def expected(title: str, lead: str, body: str) -> tuple[int, int]:
    # The rule (core/stats.py): the body's words without markup, plus any title and lead
    # words (the window passes none: it shows the body's count, as the readiness check).
    words = count_words(title) + count_words(lead) + body_words(body)
    return words, reading_minutes(words)


def counted(counter: ParagraphCounter, title: str, lead: str, body: str) -> tuple[int, int]:
    result = counter.count(title, lead, body)
    return result.words, result.reading_minutes


@pytest.mark.parametrize("body", TRICKY)
def test_tricky_bodies_count_as_the_rule_counts(body):
    assert counted(ParagraphCounter(), "Tiêu đề", "Sapo ngắn.", body) == expected(
        "Tiêu đề", "Sapo ngắn.", body
    )


def test_demo_articles_count_as_the_rule_counts():
    counter = ParagraphCounter()
    for article in DEMO_ARTICLES:
        fields = article["title"], article["lead"], article["body"]
        assert counted(counter, *fields) == expected(*fields)


def test_edits_recount_right_with_what_it_remembers():
    """Random edits (typing, deleting, pasting a paragraph, undoing) through one counter: each
    total is the rule's, though only changed paragraphs are counted again."""
    rng = random.Random(15)
    pieces = [a["body"] for a in DEMO_ARTICLES] + TRICKY
    body = "\n\n".join(pieces[:6])
    counter = ParagraphCounter()
    history = [body]
    for _step in range(300):
        roll = rng.random()
        at = rng.randrange(len(body) + 1)
        if roll < 0.5:
            body = (
                body[:at]
                + rng.choice(["a", " ", "ư", "\n", "\n\n", "](", "![", "1. ", "*"])
                + body[at:]
            )
        elif roll < 0.7:
            body = body[:at] + body[at + rng.randint(1, 30) :]
        elif roll < 0.8:
            body = body[:at] + "\n\n" + rng.choice(pieces) + "\n\n" + body[at:]
        elif len(history) > 1:
            body = history[rng.randrange(len(history))]  # undo to an earlier state
        history.append(body)
        assert counted(counter, "Tựa", "Sapo.", body) == expected("Tựa", "Sapo.", body)


def test_reading_time_is_the_rule_s():
    counter = ParagraphCounter()
    for words in (0, 1, 114, 115, 345, 20000):
        body = "\n\n".join(["chữ " * 10] * (words // 10)) + " chữ" * (words % 10)
        assert counted(counter, "", "", body) == expected("", "", body)


def test_the_status_bar_counts_the_body_as_the_readiness_check_does():
    """The window counts the body alone through the counter (title and lead empty): the same
    number as core/stats.body_words, which the readiness check shows."""
    counter = ParagraphCounter()
    for article in DEMO_ARTICLES:
        assert counter.count("", "", article["body"]).words == body_words(article["body"])
