"""Provinces: the 34 current units, the 63 they replaced, and finding them in text.

Public API:

- ``Province(code, name, short_name)``: a current unit. ``code`` is the two-digit code of
  the vietnam-provinces package ("01"); ``name`` the package's official name ("Thành phố
  Hà Nội", "Cao Bằng"); ``short_name`` the everyday one ("Hà Nội", "TP Hồ Chí Minh").
- ``current_provinces()``: the 34, in Vietnamese alphabetical order.
- ``province_by_code(code)``: a unit or None.
- ``former_units()``: the 63 pre-2025 units and the current code each became part of.
- ``find_provinces(query, limit)``: picker search over current names, former names and
  aliases ("thanh hoa", "TP HCM", "Sài Gòn", "Bắc Giang" → Bắc Ninh), best first.
- ``resolve_province(name)``: the one unit a person or script meant, or ``InputError``;
  ``resolve_quietly`` None instead, ``is_former_name(code, name)`` a former unit's name.
- ``suggest_provinces(*texts)``: units named in a title, lead and body.

The current units come from the vietnam-provinces package, imported on first use: it
takes about 0.1 s to import (its ward table), which start-up should not pay.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from lnv_editor.core.errors import QT_TRANSLATE_NOOP, InputError
from lnv_editor.core.province_types import (
    FormerUnit,
    Province,
    ProvinceMatch,
    ProvinceSuggestion,
)
from lnv_editor.core.vietnamese import (
    HOUSE_STYLE,
    base_letters,
    fold,
    nfc,
    normalize_tones,
    sort_key,
)

__all__ = [
    "FormerUnit",
    "Province",
    "ProvinceMatch",
    "ProvinceSuggestion",
    "current_provinces",
    "find_provinces",
    "former_units",
    "province_by_code",
    "resolve_province",
    "suggest_provinces",
]


# ----- names -----------------------------------------------------------------------------

# Names a story may use besides the official ones: (written form, current code, former
# unit). The former unit is the old code, an id for an older unit, or "" when the name is
# just another way to write the current unit.
_ALIASES: tuple[tuple[str, str, str], ...] = (
    ("TP.HCM", "79", ""),
    ("TPHCM", "79", ""),
    ("Sài Gòn", "79", ""),
    ("Saigon", "79", ""),
    ("BR-VT", "79", "77"),
    ("Hà Tây", "01", "ha-tay"),  # merged into Hà Nội on 1 August 2008
    # 1976-1991: Hà Nam, Nam Định and Ninh Bình, all three now in Ninh Bình; listed so
    # that "Hà Nam Ninh" is not read as "Hà Nam".
    ("Hà Nam Ninh", "37", "ha-nam-ninh"),
    ("Bắc Cạn", "19", "06"),  # the spelling used until 2003
    ("Đắc Nông", "68", "67"),
    ("Kontum", "51", "62"),
    ("Đắc Lắc", "66", ""),
    ("Daklak", "66", ""),
)

# Words that make a capitalised phrase something other than a place in the text scan.
# "Hồ Chí Minh" and "HCM" alone usually mean the president ("tư tưởng Hồ Chí Minh"), so
# they count only after "TP"/"thành phố".
_NEEDS_PREFIX = frozenset(("ho chi minh", "hcm"))
# Longer names that contain province names: the Pacific ("Thái Bình Dương" holds Thái
# Bình and Bình Dương) and Điện Biên Phủ (a battle, and a street in every city).
_NOT_PLACES = ("thai binh duong", "dien bien phu")
# Before a place name these words mean a street ("phố Huế" is in Hà Nội) or a person
# ("anh Hải Dương", "Nguyễn Thái Bình").
_STREET_WORDS = frozenset("đường phố ngõ ngách hẻm".split())
_HONORIFICS = frozenset("ông bà anh chị cô chú bác cụ thầy cháu".split())
_NAME_PARTS = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn vương "
    "trịnh trương lâm lương lưu mai tạ văn thị hữu đình đức công quang ngọc xuân mạnh thế".split()
)
_PREFIX_RE = re.compile(r"^(?:tinh|thanh pho|tp) (?=\S)")
_ACCENT_PREFIX_RE = re.compile(r"^(?:tỉnh|thành phố|tp) (?=\S)")
_NON_ALNUM_RE = re.compile(r"[^0-9a-z]+")


def _key(text: str) -> str:
    """Matching key: folded, punctuation as spaces, without a leading unit-type prefix."""
    key = " ".join(_NON_ALNUM_RE.sub(" ", fold(text)).split())
    return _PREFIX_RE.sub("", key)


def _accent_key(text: str) -> str:
    """Like _key but keeping the marks, to rank "Bắc" above "Bạc" for a user typing "bắc"."""
    text = normalize_tones(text, HOUSE_STYLE).casefold()
    return _ACCENT_PREFIX_RE.sub("", " ".join(re.sub(r"[\W_]+", " ", text).split()))


@dataclass(frozen=True)
class _Name:
    display: str
    code: str
    unit: str  # "" for the current unit, else the former unit it names
    key: str
    compact: frozenset[str]  # keys without spaces, for "hanoi", "tphcm"
    accent: str
    alias: bool

    @property
    def is_former(self) -> bool:
        return bool(self.unit)


@dataclass(frozen=True)
class _Catalog:
    provinces: tuple[Province, ...]
    by_code: dict[str, Province]
    formers: tuple[FormerUnit, ...]
    names: tuple[_Name, ...]
    by_key: dict[str, _Name]


def _make_name(display: str, code: str, unit: str, alias: bool = False) -> _Name:
    raw = " ".join(_NON_ALNUM_RE.sub(" ", fold(display)).split())
    key = _key(display)
    compact = frozenset({raw.replace(" ", ""), key.replace(" ", "")})
    return _Name(display, code, unit, key, compact, _accent_key(display), alias)


def _read_former_units() -> list[dict[str, str]]:
    data = resources.files("lnv_editor").joinpath("assets", "provinces", "former_units.csv")
    return list(csv.DictReader(io.StringIO(data.read_text(encoding="utf-8"))))


@cache
def _catalog() -> _Catalog:
    import vietnam_provinces  # imported here: see the module docstring

    provinces = []
    for unit in vietnam_provinces.Province.iter_all():
        plain = unit.name.removeprefix("Thành phố ")
        # Alone, "Hồ Chí Minh" is the president; the city is written "TP Hồ Chí Minh".
        short = "TP Hồ Chí Minh" if plain == "Hồ Chí Minh" else plain
        provinces.append(Province(f"{int(unit.code):02d}", unit.name, short))
    provinces.sort(key=lambda p: sort_key(p.name.removeprefix("Thành phố ")))
    by_code = {p.code: p for p in provinces}

    names = [_make_name(p.short_name, p.code, "") for p in provinces]
    formers = []
    for row in _read_former_units():
        if row["current_code"] not in by_code:
            continue  # a future package release without this code: keep the rest working
        former = FormerUnit(
            row["old_code"], row["old_name"], row["old_division_type"], row["current_code"]
        )
        formers.append(former)
        if _key(former.name) != _key(by_code[former.current_code].short_name):
            names.append(_make_name(former.name, former.current_code, former.code))
    names += [
        _make_name(text, code, unit, True) for text, code, unit in _ALIASES if code in by_code
    ]

    by_key: dict[str, _Name] = {}
    for name in names:
        other = by_key.setdefault(name.key, name)
        if other.code != name.code:
            raise ValueError(f"{name.display!r} and {other.display!r} name different units")
    return _Catalog(tuple(provinces), by_code, tuple(formers), tuple(names), by_key)


def current_provinces() -> list[Province]:
    """The 34 current province-level units, in Vietnamese alphabetical order.

    Centrally-run cities sort by their name, without "Thành phố" ("Hồ Chí Minh" under H).
    """
    return list(_catalog().provinces)


def province_by_code(code: str | int) -> Province | None:
    """The current unit with *code* ("1", "01" and 1 all find Hà Nội), or None."""
    text = str(code).strip()
    if not text.isascii() or not text.isdigit():
        return None
    return _catalog().by_code.get(text.lstrip("0").rjust(2, "0"))


def former_units() -> list[FormerUnit]:
    """The 63 pre-2025 units, by old code, with the current code each became part of."""
    return list(_catalog().formers)


# ----- picker ----------------------------------------------------------------------------


def _ranked(query: str) -> list[tuple[tuple, _Name]]:
    """Every name matching *query* with its rank; one row per unit a name stands for."""
    q = _key(query)
    if not q:
        return []
    qc = q.replace(" ", "")
    accent = _accent_key(query) if not query.isascii() else ""
    best: dict[tuple[str, str], tuple[tuple, _Name]] = {}
    for name in _catalog().names:
        if name.key == q or qc in name.compact:
            tier = 0
        elif name.key.startswith(q) or any(c.startswith(qc) for c in name.compact):
            tier = 1
        elif f" {q}" in name.key:
            tier = 2  # a later word: "ninh" finds Bắc Ninh, "hue" Thừa Thiên Huế
        else:
            continue
        marks_differ = bool(accent) and not (
            name.accent.startswith(accent) or f" {accent}" in name.accent
        )
        # Official spellings before variants: "Bắc Kạn" rather than "Bắc Cạn".
        rank = (tier, marks_differ, name.is_former, name.alias, sort_key(name.display))
        slot = (name.code, name.unit)  # spelling variants of one unit show once
        if slot not in best or rank < best[slot][0]:
            best[slot] = (rank, name)
    return sorted(best.values(), key=lambda item: item[0])


def _match(name: _Name) -> ProvinceMatch:
    return ProvinceMatch(_catalog().by_code[name.code], name.display, name.is_former)


def find_provinces(query: str, limit: int = 10) -> list[ProvinceMatch]:
    """Units whose name, former name or alias matches *query*, best first.

    Ignores case, marks and tone style, punctuation and a "tỉnh"/"thành phố"/"TP" prefix.
    Exact names first, then names starting with the query ("bac" → Bắc Ninh, Bạc Liêu →
    Cà Mau, Bắc Giang → Bắc Ninh, Bắc Kạn → Thái Nguyên), then names with a later word
    starting with it. Current names before former ones; marks the user typed break ties.
    An empty query finds nothing: list ``current_provinces()`` instead.
    """
    if limit <= 0:
        return []
    return [_match(name) for _, name in _ranked(query)[:limit]]


def resolve_province(name: str) -> ProvinceMatch:
    """The one current unit *name* means: an exact name, former name, alias or code, or a
    beginning that only one unit's names have ("Bà Rịa"). Raises InputError otherwise."""
    if name.strip().isascii() and name.strip().isdigit():
        province = province_by_code(name)
        if province is not None:
            return ProvinceMatch(province, province.short_name, False)
    ranked = _ranked(name)
    pool = [n for rank, n in ranked if rank[0] == 0] or [n for rank, n in ranked if rank[0] == 1]
    codes = {n.code for n in pool}
    if len(codes) == 1:
        return _match(pool[0])
    if not codes:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "No province or city matches “{name}”."),
            name=name,
        )
    by_code = _catalog().by_code
    candidates = sorted((by_code[c] for c in codes), key=lambda p: sort_key(p.short_name))
    raise InputError(
        QT_TRANSLATE_NOOP(
            "Errors", "“{name}” could be any of {candidates}. Type more of the name."
        ),
        name=name,
        candidates=", ".join(p.short_name for p in candidates),
    )


def resolve_quietly(name: str) -> ProvinceMatch | None:
    """``resolve_province``, with None for a blank name or one that means no single unit."""
    if not name.strip():
        return None
    try:
        return resolve_province(name)
    except InputError:
        return None


@lru_cache(maxsize=512)
def is_former_name(code: str, name: str) -> bool:
    """Whether *name* is that of a former unit now part of *code* ("Bắc Giang", "24"): the
    page shows it "Bắc Giang (nay là Bắc Ninh)", the places panel "Bắc Giang → Bắc Ninh"."""
    match = resolve_quietly(name)
    return match is not None and match.is_former and match.province.code == code


# ----- suggestions -----------------------------------------------------------------------


_SEP = r"(?:\s*[-\u2010-\u2015]\s*|\s+)"  # spaces, or a dash ("Bà Rịa - Vũng Tàu")


def _trie_pattern(keys: list[str], capitals: bool) -> str:
    """One regex for all *keys* as a character trie: at each position of the text only the
    branches that fit the next letter are tried, which keeps a long body fast. With
    *capitals*, each word must start with a capital letter."""
    root: dict = {}
    for key in keys:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, initial: bool) -> str:
        branches = []
        for ch in sorted(c for c in node if c):
            if ch == " ":
                atom = _SEP
            elif ch.isdigit():
                atom = ch
            else:
                atom = ch.upper() if capitals and initial else f"[{ch}{ch.upper()}]"
            branches.append(atom + emit(node[ch], ch == " "))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root, True)


@cache
def _scanner() -> tuple[re.Pattern[str], dict[str, _Name | None]]:
    keys: dict[str, _Name | None] = dict(_catalog().by_key)
    keys.update(dict.fromkeys(_NOT_PLACES))
    # The pattern starts with the trie itself, not a look-behind or the optional prefix, so
    # that re skips ahead to possible first letters; both are checked around each hit.
    return re.compile(rf"{_trie_pattern(sorted(keys), capitals=True)}(?![^\W_])"), keys


_WORD_CHAR_RE = re.compile(r"[^\W_]")
_PREFIX_BEFORE_RE = re.compile(
    rf"(?<![^\W_])(?:{_trie_pattern(['tinh', 'thanh pho', 'tp'], capitals=False)})"
    r"(?:[ \t\u00a0]*\.[ \t\u00a0]*|\s+)$"
)
_NAY_LA_RE = re.compile(r"\s+(?:là|thuộc)(?![^\W_])", re.IGNORECASE)
_NAY_LA_END_RE = re.compile(r"[);\n]|\.(?:\s|$)")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[ \t\u00a0]+$")


def _nay_la_spans(text: str) -> list[tuple[int, int]]:
    """Where "nay là …"/"nay thuộc …" ("now …") name the present-day unit."""
    spans = []
    for word in ("nay", "Nay", "NAY"):  # str.find is much faster than a case-blind regex
        at = text.find(word)
        while at >= 0:
            m = _NAY_LA_RE.match(text, at + 3)
            if m and not (at and _WORD_CHAR_RE.match(text, at - 1)):
                end = _NAY_LA_END_RE.search(text, m.end(), m.end() + 120)
                spans.append((m.end(), end.start() if end else min(len(text), m.end() + 120)))
            at = text.find(word, at + 3)
    return spans


def _not_a_place(text: str, start: int) -> bool:
    """True when the word before *start* makes the name a street or part of a person's name."""
    before = _WORD_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    lower = word.lower()
    if lower in _STREET_WORDS or lower in _HONORIFICS:
        return True
    return word[0].isupper() and lower in _NAME_PARTS


def _mentions(text: str) -> list[tuple[_Name, int, str]]:
    """(name, offset, form as written) for each place name in *text* (NFC), a remembered
    paragraph at a time: typing in a 20,000-word body, one paragraph is scanned again."""
    found: list[tuple[_Name, int, str]] = []
    offset = 0
    for paragraph in text.split("\n\n"):
        found += [(name, offset + at, form) for name, at, form in _paragraph_mentions(paragraph)]
        offset += len(paragraph) + 2
    return found


@lru_cache(maxsize=4096)
def _paragraph_mentions(text: str) -> tuple[tuple[_Name, int, str], ...]:
    scanner, keys = _scanner()
    skeleton = base_letters(text)
    found = []
    pos = 0
    while m := scanner.search(skeleton, pos):
        start, end = m.span()
        if start and _WORD_CHAR_RE.match(skeleton, start - 1):
            pos = start + 1  # began inside a word: look again from the next letter
            continue
        pos = end
        name = keys.get(" ".join(_NON_ALNUM_RE.sub(" ", m.group().lower()).split()))
        if name is None:
            continue  # a longer name that is not a place ("Thái Bình Dương")
        prefix = _PREFIX_BEFORE_RE.search(skeleton, max(0, start - 16), start)
        if prefix is None and (name.key in _NEEDS_PREFIX or _not_a_place(text, start)):
            continue
        if prefix and name.key in _NEEDS_PREFIX:
            start = prefix.start()  # the form is "TP Hồ Chí Minh", not "Hồ Chí Minh"
        found.append((name, start, " ".join(text[start:end].split())))
    return tuple(found)


def suggest_provinces(*texts: str) -> list[ProvinceSuggestion]:
    """Current units named in *texts* (title, lead, body…), most mentioned first, then first
    mentioned first.

    Finds current names, former names and aliases in either tone style, with or without
    "tỉnh", "thành phố", "TP"; only as whole words and only capitalised as names are
    ("cao bằng" is not Cao Bằng); not inside longer names ("Thái Bình Dương"), street
    names ("phố Huế") or people's names ("Nguyễn Hải Dương").
    """
    by_code = _catalog().by_code
    found: dict[str, dict] = {}
    for index, raw in enumerate(texts):
        text = nfc(raw)
        spans = _nay_la_spans(text)
        for name, start, written in _mentions(text):
            entry = found.setdefault(
                name.code,
                {"names": [], "former": [], "count": 0, "first": (index, start), "nay_la": False},
            )
            entry["count"] += 1
            if written not in entry["names"]:
                entry["names"].append(written)
            if name.is_former and written not in entry["former"]:
                entry["former"].append(written)
            if any(a <= start < b for a, b in spans):
                entry["nay_la"] = True
    suggestions = [
        ProvinceSuggestion(
            by_code[code],
            e["names"],
            e["count"],
            e["first"][1],
            e["first"][0],
            e["former"],
            e["nay_la"],
        )
        for code, e in found.items()
    ]
    suggestions.sort(key=lambda s: (-s.count, s.first_text, s.first_offset))
    return suggestions
