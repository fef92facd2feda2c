"""The demo set for `lnv-editor demo`: original articles written for the project, with
the photos, province tags and related stories that make the demo look like the portal."""

from lnv_editor.core.demo import places, programmes, villages
from lnv_editor.core.demo.extras import PHOTOS, PROVINCES, RELATED, DemoPhoto

DEMO_ARTICLES: tuple[dict[str, str], ...] = (
    villages.ARTICLES + programmes.ARTICLES + places.ARTICLES
)

__all__ = ["DEMO_ARTICLES", "PHOTOS", "PROVINCES", "RELATED", "DemoPhoto"]
