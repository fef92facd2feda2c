"""Kept for existing imports: the demo articles now live in ``lnv_editor.core.demo``."""

from lnv_editor.core.demo import DEMO_ARTICLES

__all__ = ["DEMO_ARTICLES"]
