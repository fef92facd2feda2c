"""The preview's comment marks follow the typing without reading the store again
(gui/preview/source.py): a save of typed text reads no comments; only an edit through a
commented passage, or a comment added, resolved or restored, does."""

from __future__ import annotations

import pytest

from lnv_editor.gui.preview.source import PreviewSource
from lnv_editor.store.repository import Repository

BODY = "Làng gốm Phù Lãng đỏ lửa quanh năm.\n\nThợ gốm giữ nghề qua nhiều thế hệ."
QUOTE = "Thợ gốm"


@pytest.fixture
def story(tmp_path):
    repo = Repository.open(tmp_path / "store.sqlite")
    article = repo.create(title="Gốm Phù Lãng", lead="Lò gốm đỏ lửa.", body=BODY)
    start = BODY.index(QUOTE)
    repo.comments.add(
        article.id, field="body", start=start, end=start + len(QUOTE), text="Ghi rõ tên",
        author="Trần Bình", role="editor",
    )  # fmt: skip
    reads = []
    ranges = repo.comments.ranges

    def counted(article_id):
        reads.append(article_id)
        return ranges(article_id)

    repo.comments.ranges = counted
    yield repo, article.id, reads
    repo.close()


def marked(source: PreviewSource) -> list[str]:
    page, _blocks, marks = source.shown
    return [page.body[span.start : span.end] for span in marks.get("body", [])]


def fields(body: str) -> dict[str, str]:
    return {"title": "Gốm Phù Lãng", "lead": "Lò gốm đỏ lửa.", "body": body}


def test_marks_follow_typing_before_and_after_the_passage_without_a_store_read(story):
    repo, article_id, reads = story
    source = PreviewSource(repo)
    source.render(1, article_id, fields(BODY))
    assert marked(source) == [QUOTE] and len(reads) == 1
    typed = "Tin mới: " + BODY  # before the passage: the mark moves with it
    source.render(2, article_id, fields(typed))
    assert marked(source) == [QUOTE]
    typed += " Hết."  # after it: stays
    source.render(3, article_id, fields(typed))
    assert marked(source) == [QUOTE]
    deleted = typed.replace("Tin mới: ", "")  # text taken out before it
    source.render(4, article_id, fields(deleted))
    assert marked(source) == [QUOTE]
    assert len(reads) == 1 and not source.comments_disturbed


def test_an_edit_through_the_passage_hides_the_mark_and_asks_for_a_read(story):
    repo, article_id, reads = story
    source = PreviewSource(repo)
    source.render(1, article_id, fields(BODY))
    source.render(2, article_id, fields(BODY.replace(QUOTE, "Thợ gốm cổ")))
    assert marked(source) == [QUOTE]  # typed right after the passage: it still holds
    assert not source.comments_disturbed
    source.render(3, article_id, fields(BODY.replace(QUOTE, "Thợ gồm cổ")))
    assert marked(source) == []  # the passage is gone: never a mark on other words
    assert source.comments_disturbed


def test_comments_read_again_are_placed_in_the_text_typed_since_the_save(story):
    repo, article_id, reads = story
    source = PreviewSource(repo)
    typed = "Tin mới: " + BODY  # the editor is ahead of the store
    source.render(1, article_id, fields(typed), comments=True)
    assert marked(source) == [QUOTE]
    assert len(reads) == 1
