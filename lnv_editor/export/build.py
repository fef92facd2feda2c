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
from lnv_editor.export.portal import BundleLinks


def build_bundle(article: ArticleExport, links: BundleLinks | None = None) -> Bundle:
    """Every file of *article*'s bundle. The same article version and *links* (the portal,
    the rest of the batch) give the same bytes. With a portal address, article.json is
    checked with formats (absolute ``uri``s) as IPTC's validator checks it."""
    links = links or BundleLinks()
    page = render_index(article, links)
    doc = to_ninjs(article, page.body_html, links.portal)
    problems = schema_problems(doc, formats=links.portal.has_address)
    if problems:  # a bug in to_ninjs, never the reporter's doing: say exactly what
        raise BundleError(
            "article.json would not be valid ninjs: {problems}", problems="; ".join(problems)
        )
    files: dict[str, bytes] = {
        ARTICLE_JSON: safejson.dumps(doc),
        INDEX_HTML: page.html.encode("utf-8"),
    }
    for photo in article.photos:
        for rendition in photo.renditions:
            files[rendition.name] = rendition.data
    files[MANIFEST] = manifest_for(files, article)
    return Bundle(article=article, files=dict(sorted(files.items())), html=page.html, ninjs=doc)
