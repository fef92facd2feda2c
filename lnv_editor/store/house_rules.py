"""The house-style rules of this store: the rule file the desk edits, one version per change.

The rules travel with the store like the newsroom dictionary (store/dictionary.py): every
reporter on the same store, and every copy of it, checks against the same rules. A save is
checked first (core/spelling/house.py names the bad line); a bad file raises before anything
is written. Connected to a newsroom server, the versions travel through it (sync/house_style.py):
the newest by its saved time is in force everywhere. Each save is one transaction announcing one change record (Part.HOUSE_RULES),
from which the review dock checks again. Versions are never rewritten: ``restore`` saves an
older text again as the newest version, so an edit can be seen and undone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, insert, select

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, NotFoundError
from lnv_editor.core.spelling.house import HouseRule, parse_rules
from lnv_editor.core.vietnamese import nfc
from lnv_editor.store.changes import ChangeFeed, Part
from lnv_editor.store.models import HouseRules

H = HouseRules.__table__
# The version in force is the newest by when it was saved: a version saved on another laptop
# and received later (lnv_editor/sync/house_style.py) takes its place in time, not at the end.
NEWEST = (H.c.saved.desc(), H.c.id.desc())


@dataclass(frozen=True, slots=True)
class RulesVersion:
    version: int
    text: str
    saved: datetime  # UTC
    saved_by: str  # "" for the file the app ships

    def as_json(self, *, with_text: bool = True) -> dict:
        out = {
            "version": self.version,
            "saved": self.saved.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "saved_by": self.saved_by,
        }
        if with_text:
            out["text"] = self.text
        return out


def _version(row) -> RulesVersion:
    saved = row.saved if row.saved.tzinfo else row.saved.replace(tzinfo=UTC)
    return RulesVersion(row.id, row.text, saved, row.saved_by)


class HouseRulesService:
    """``repo.house_rules``."""

    def __init__(self, engine: Engine, writes: ChangeFeed, now: Callable[[], datetime]) -> None:
        self.engine = engine
        self.writes = writes
        self.now = now
        self._parsed: tuple[int, list[HouseRule]] | None = None

    def current(self) -> RulesVersion:
        with self.writes.reading() as conn:
            row = conn.execute(select(H).order_by(*NEWEST).limit(1)).first()
        if row is None:  # a store whose table was emptied by hand: the app's own file
            from lnv_editor.core.spelling.house import shipped_text

            return RulesVersion(0, shipped_text(), datetime.fromtimestamp(0, UTC), "")
        return _version(row)

    def rules(self) -> list[HouseRule]:
        """The rules in force, parsed once per version."""
        current = self.current()
        if self._parsed is None or self._parsed[0] != current.version:
            self._parsed = (current.version, parse_rules(current.text))
        return self._parsed[1]

    def history(self) -> list[RulesVersion]:
        """Every version, newest first."""
        with self.writes.reading() as conn:
            return [_version(r) for r in conn.execute(select(H).order_by(*NEWEST))]

    def version(self, number: int) -> RulesVersion:
        with self.writes.reading() as conn:
            row = conn.execute(select(H).where(H.c.id == number)).first()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no version {version} of the house rules."),
                version=number,
            )
        return _version(row)

    def save(self, text: str, *, saved_by: str = "") -> int | None:
        """Keep *text* as the newest version; its number, or None when it is the text in force
        already. A file with a bad rule raises HouseRulesError and nothing is written."""
        text = nfc(text).replace("\r\n", "\n")
        parse_rules(text)
        with self.writes.transaction() as tx:
            last = tx.conn.execute(select(H.c.text).order_by(*NEWEST).limit(1)).first()
            if last is not None and last.text == text:
                return None
            number = tx.conn.execute(
                insert(H).values(text=text, saved=self.now(), saved_by=saved_by)
            ).inserted_primary_key[0]
            tx.touch(None, Part.HOUSE_RULES)
        return number

    def restore(self, number: int, *, saved_by: str = "") -> int | None:
        """Put version *number* back in force, as a new version (the history keeps all)."""
        return self.save(self.version(number).text, saved_by=saved_by)
