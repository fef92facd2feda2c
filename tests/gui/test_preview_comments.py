"""Review comments in the live preview: highlighted as they are added, gone once resolved,
on the desktop and the mobile layout."""

from __future__ import annotations

from tests.gui.test_preview import dom, previewed, story, wait_dom  # noqa: F401 - fixtures

MARKS = "document.querySelectorAll('mark.lnv-comment').length"


def test_comment_added_shows_highlighted_and_resolving_removes_it(qtbot, previewed):  # noqa: F811
    window, panel, article_id, _other, _photo = previewed
    repo = window.repo
    assert dom(qtbot, panel.view, MARKS) == 0
    body = repo.get(article_id).body
    start = body.index("lò nung")
    note = repo.comments.add(
        article_id, field="body", start=start, end=start + len("lò nung"),
        text="Lò nào?", author="Trần Biên", role="editor",
    )  # fmt: skip
    wait_dom(qtbot, panel.view, MARKS, 1)
    assert dom(qtbot, panel.view, "document.querySelector('mark.lnv-comment').textContent") == (
        "lò nung"
    )
    assert dom(
        qtbot, panel.view, "document.querySelector('mark.lnv-comment').closest('.md-block')"
        ".dataset.srcLine",
    ) == "1"  # fmt: skip
    marker = "document.querySelector('sup.lnv-comment-marker').dataset.commentId"
    assert dom(qtbot, panel.view, marker) == str(note.id)
    # Readable in the mobile layout too: the highlight has its own background there.
    panel.set_mobile(True)
    background = "getComputedStyle(document.querySelector('mark.lnv-comment')).backgroundColor"
    wait_dom(qtbot, panel.view, background, "rgb(255, 243, 176)")
    assert dom(qtbot, panel.view, "document.body.textContent.includes('Lò nào?')") is False
    repo.comments.resolve(note.id)
    wait_dom(qtbot, panel.view, MARKS, 0)
