"""index.html: the portal page of the article, from the renderer the preview uses.

Only the addresses differ from the preview: photos point at the bundle's ``media/`` files,
named by their content, so the page works from a folder or an unzipped archive.
"""

from __future__ import annotations

from lnv_editor.export.model import ArticleExport


class BundleAddresses:
    """The renderer's address policy for a bundle: each photo rendition is the bundle file
    named by the SHA-256 of its bytes (``media/<sha256>.jpg``), which stays the same when the
    bundle is imported elsewhere and exported again. Stories point at portal pages."""

    img_sources = "'self'"

    def __init__(self, article: ArticleExport) -> None:
        from lnv_editor.render.addresses import ExportAddresses

        self._stories = ExportAddresses()
        self._names: dict[tuple[int, int], str] = {
            (p.store_id, r.width): r.name for p in article.photos for r in p.renditions
        }

    def photo(self, photo, width: int) -> str:
        return self._names[(int(photo.id), int(width))]

    def story(self, article_id: int, slug: str) -> str:
        return self._stories.story(article_id, slug)


def render_index(article: ArticleExport, body_html: str, repo) -> str:
    """The page's HTML for *article* (read from *repo*, as the preview reads it)."""
    from lnv_editor.render.context import build_page_data
    from lnv_editor.render.page import render_page

    addresses = BundleAddresses(article)
    page = build_page_data(repo, article.id, addresses=addresses, today=article.updated.date())
    return render_page(page, addresses=addresses).html
