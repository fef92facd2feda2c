"""Domain errors that carry a translatable message.

The domain layers never import Qt, yet every message a user reads must go through
Qt's translation system. Each message template is written inside ``QT_TRANSLATE_NOOP``
so that ``pyside6-lupdate`` extracts it into ``resources/i18n/*.ts``; the Qt side
(``lnv_editor.i18n.localize``) translates the template and fills in its fields.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark *text* for extraction by lupdate; returns it unchanged."""
    return text


CONTEXT = "Errors"


class LnvError(Exception):
    """An error whose message a user reads. ``template`` is English, ``params`` fill it."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        return self.template.format(**self.params)


class StoreError(LnvError):
    """The store cannot be opened or written as asked."""


class ConflictError(LnvError):
    """A save would have overwritten a newer version of an article."""


class NotFoundError(LnvError):
    """An article or revision id that does not exist."""


class InputError(LnvError):
    """Bad input from a user or a script."""


class BundleError(LnvError):
    """A bundle cannot be exported, or an incoming bundle is unsafe or damaged."""
