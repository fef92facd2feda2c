"""What one sync did, and why it could not run."""

from __future__ import annotations

from dataclasses import dataclass, field

from lnv_editor.core.errors import LnvError


class ServerUnavailable(LnvError):
    """The server cannot be reached, or refused the login. ``message`` is for the user."""

    @property
    def message(self) -> str:
        """In the interface language."""
        from lnv_editor.sync.messages import translated

        return translated("Errors", self.template, **self.params)


@dataclass(frozen=True, slots=True)
class Refusal:
    """Something the server refused (a push), or the laptop refused (a hostile row)."""

    uri: str
    title: str
    message: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two laptops changed the same article: the text that lost is kept as a revision."""

    uri: str
    title: str
    revision_uuid: str


@dataclass(frozen=True, slots=True)
class Kept:
    """The server purged an article this laptop had changed and not sent: the changed text is
    kept here as a new article (*article_id*, titled *new_title*), sent as a new article."""

    uri: str
    title: str
    new_title: str
    article_id: int


@dataclass(slots=True)
class SyncReport:
    sent: int = 0
    received: int = 0
    refused: list[Refusal] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    pending: int = 0
    cancelled: bool = False
    purged: int = 0  # articles removed here because the server purged them
    kept: list[Kept] = field(default_factory=list)
    repushed: int = 0  # articles the server had lost (a restored backup), sent again

    @property
    def ok(self) -> bool:
        """Everything went through: nothing refused, nothing left to send."""
        return not self.refused and not self.pending and not self.cancelled
