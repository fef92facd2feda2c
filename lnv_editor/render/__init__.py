"""The render layer: one renderer for the live preview and the HTML export.

- ``render.page``: ``render_page(page, addresses=…, labels=…, head_extra=…, mobile=…,
  renderer=…) -> RenderedPage`` lays out a ``PageData`` as the portal's article page
  (Jinja2 template ``assets/templates/article.html.j2``, one stylesheet
  ``assets/css/portal.css`` for desktop and mobile). ``render_body_blocks`` renders only the
  body, for the preview's per-keystroke patching.
- ``render.addresses``: ``PreviewAddresses`` (``lnv-photo:<id>/<width>``, ``lnv-article:<id>``)
  and ``ExportAddresses`` (``media/<sha256>-<width>.jpg``, portal URLs; ``files()`` lists the
  renditions a page uses). Preview and export differ only in this object.
- The render layer is given its data and never imports the store: the page's data comes
  from ``export.page_data.build_page_data(repo, article_id, addresses=…, today=…)`` (a
  fixed handful of queries at any store size), or from a bundle (``export.page``).
- ``render.split``: the body cut into top-level blocks with their lines and offsets,
  split again only around an edit while typing; ``render.blocks``: those blocks rendered
  with a per-block cache, ``diff_blocks`` for patching, and ``needs_full_render``.
- ``render.markdown_body``: Markdown to nh3-sanitised HTML (http, https, mailto only), photo
  figures placed after sanitising. ``render.guard``: the pathological-input pre-check.
"""
