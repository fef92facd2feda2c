"""The sync's messages in the interface language, without Qt (core/catalog.py reads the
compiled catalogue, as the command line does)."""

from __future__ import annotations

from functools import cache

from lnv_editor.core.catalog import Catalog


@cache
def _catalog(language: str) -> Catalog:
    from lnv_editor.paths import asset

    if language == "en":
        return Catalog()
    try:
        return Catalog.load(asset("i18n", f"lnv_editor_{language}.qm"))
    except OSError:
        return Catalog()


def language() -> str:
    try:
        from lnv_editor.config import Config

        return str(Config().get("language"))
    except Exception:  # no settings readable: the app's default
        return "vi"


def translated(context: str, template: str, **params: object) -> str:
    """*template* translated, then filled with *params*."""
    return _catalog(language()).translate(context, template).format(**params)
