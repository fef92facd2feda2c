"""One article's bundle as bytes: article.json (ninjs), index.html (the portal page from the
preview's renderer), media/ (renditions named by content) and manifest.json."""

from __future__ import annotations

from lnv_editor.core.errors import BundleError
from lnv_editor.export import safejson
from lnv_editor.export.model import (
    ARTICLE_JSON,
    INDEX_HTML,
    MANIFEST,
    ArticleExport,
    Bundle,
    manifest_for,
)
from lnv_editor.export.ninjs import schema_problems, to_ninjs
from lnv_editor.export.page import render_index
from lnv_editor.render.markdown_body import PhotoRef, render_body


def body_html(article: ArticleExport) -> str:
    """The sanitised body with photos at their bundle addresses (``media/…``)."""
    photos = {p.number: p for p in article.photos}

    def resolve(number: int) -> PhotoRef | None:
        photo = photos.get(number)
        if photo is None:
            return None
        main = photo.renditions[0]
        return PhotoRef(main.name, photo.alt, photo.caption, photo.credit,
                        main.actual_width, main.actual_height)

    return render_body(article.body, resolve).html


def build_bundle(article: ArticleExport, repo=None) -> Bundle:
    """Every file of *article*'s bundle. The same article version gives the same bytes."""
    html_body = body_html(article)
    doc = to_ninjs(article, html_body)
    problems = schema_problems(doc)
    if problems:  # a bug in to_ninjs, never the reporter's doing: say exactly what
        raise BundleError("article.json would not be valid ninjs: {problems}", problems="; ".join(problems))
    page = render_index(article, html_body, repo)
    files: dict[str, bytes] = {ARTICLE_JSON: safejson.dumps(doc), INDEX_HTML: page.encode("utf-8")}
    for photo in article.photos:
        for rendition in photo.renditions:
            files[rendition.name] = rendition.data
    files[MANIFEST] = manifest_for(files, article)
    return Bundle(article=article, files=dict(sorted(files.items())), html=page, ninjs=doc)
