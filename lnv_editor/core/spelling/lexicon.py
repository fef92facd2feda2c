"""The word lists the checker looks words up in: the syllable set (both tone styles), the
newsroom word list shipped with the app, the confusion rules, and the desk's own words.

All of them load once from ``lnv_editor/assets/spelling`` (see resources/spelling/SOURCE.md
for how each was made)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from lnv_editor.core.vietnamese import STYLE_OLD, nfc, normalize_tones


def asset_text(name: str) -> str:
    return (
        resources.files("lnv_editor")
        .joinpath("assets", "spelling", name)
        .read_text(encoding="utf-8")
    )


def _lines(text: str) -> Iterable[str]:
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


@cache
def syllables() -> frozenset[str]:
    """Every Vietnamese syllable, lower case, NFC, in both tone-mark styles."""
    return frozenset(_lines(asset_text("syllables.txt")))


@cache
def newsroom_words() -> frozenset[str]:
    """The shipped newsroom list: names, places, organisations, loanwords (lower case)."""
    return frozenset(nfc(line).lower() for line in _lines(asset_text("newsroom.txt")))


@cache
def frequency() -> dict[str, int]:
    """How often each syllable occurs in the project's own text (ranks the fixes offered)."""
    out = {}
    for line in _lines(asset_text("frequency.txt")):
        word, _, count = line.partition("\t")
        out[word] = int(count)
    return out


@dataclass(frozen=True, slots=True)
class Confusion:
    id: str
    wrong: str
    right: tuple[str, ...]
    note: str
    source: str
    unless: re.Pattern[str] | None = None  # the words after the phrase that cancel the rule


def confusion_version(text: str | None = None) -> str:
    for line in (text if text is not None else asset_text("confusions.tsv")).splitlines():
        if line.startswith("# version:"):
            return line.split(":", 1)[1].strip()
    return ""


def parse_confusions(text: str) -> list[Confusion]:
    """Rules from the TSV text of a rule file (see assets/spelling/confusions.tsv)."""
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    rules = []
    for row in csv.DictReader(io.StringIO(body), delimiter="\t", quoting=csv.QUOTE_NONE):
        wrong = nfc(row["wrong"]).strip()
        right = tuple(nfc(r).strip() for r in row["right"].split("/") if r.strip())
        if wrong and right:
            unless = (row.get("unless") or "").strip()
            pattern = re.compile(r"\s+(?:" + unless + r")\b", re.IGNORECASE) if unless else None
            rules.append(
                Confusion(row["id"], wrong, right, row.get("note") or "", row["source"], pattern)
            )
    return rules


@cache
def confusions() -> tuple[Confusion, ...]:
    return tuple(parse_confusions(asset_text("confusions.tsv")))


def key(word: str) -> str:
    """Lookup key of a word or phrase: NFC, lower case, old tone style, single spaces."""
    return " ".join(normalize_tones(nfc(word).lower(), STYLE_OLD).split())
