"""Search snippets marked up by render/, escaped whatever the text holds."""

from lnv_editor.render.snippets import snippet_html


def test_spans_are_bold_and_everything_else_escaped():
    text = "<b>Gốm</b> Bát Tràng & lò <script>"
    start = text.index("Bát")
    html = snippet_html(text, [(start, start + 3)])
    assert "<b>Bát</b>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.startswith("&lt;b&gt;Gốm&lt;/b&gt;") and "&amp;" in html


def test_no_spans_is_plain_escaped_text():
    assert snippet_html("a < b", []) == "a &lt; b"
