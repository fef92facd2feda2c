"""The one error describer: what the user reads about any failure."""

from __future__ import annotations

from lnv_editor.core.errors import LnvError


def describe_error(error: BaseException) -> str:
    """An LnvError's message in the interface language; anything else as Python says it."""
    if isinstance(error, LnvError):
        from lnv_editor.i18n import localize

        return localize(error)
    return str(error) or type(error).__name__
