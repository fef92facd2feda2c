"""Vietnamese text: normal form, tone-mark placement, folding, sorting and slugs.

Pure Python and no ICU: the library list, pickers, search and the command line all
need the same answers whether or not Qt is loaded.

Tone-mark styles. Vietnamese writes the tone of an open syllable spelled with
"oa", "oe" or "uy" in two ways:

- ``"old"`` (traditional, "kiểu cũ"): the mark sits on the first vowel: "hòa", "khỏe",
  "thủy", "Thanh Hóa". Official names (Resolution 202/2025/QH15, the vietnam-provinces
  package) and most of the press use it.
- ``"new"`` ("kiểu mới"): the mark sits on the main vowel, as the Ministry of Education's
  Decision 1989/QĐ-BGDĐT (2018, article 8) and the 2018-curriculum textbooks write:
  "hoà", "khoẻ", "thuỷ", "Thanh Hoá".

Closed syllables ("hoàng", "toán", "huỳnh") and syllables whose "u"/"i" belongs to
"qu"/"gi" ("quý", "giá") are written the same way in both styles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = [
    "HOUSE_STYLE",
    "STYLE_NEW",
    "STYLE_OLD",
    "STYLES",
    "fold",
    "fold_chars",
    "nfc",
    "normalize_tones",
    "slugify",
    "sort_key",
    "sort_string",
    "unique_slug",
]

STYLE_OLD = "old"
STYLE_NEW = "new"
STYLES = (STYLE_OLD, STYLE_NEW)

# The portal's own pages write "hòa"/"Thanh Hóa" about twice as often as "hoà"/"Thanh Hoá"
# (13 to 7 in the seed article page), and official province names use the same style,
# so stored text defaults to it. The house style is a setting: this is only its default.
HOUSE_STYLE = STYLE_OLD

# Combining marks as NFD writes them.
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
_TONES = frozenset((_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT))

# The marks Vietnamese letters decompose into (tones, breve, circumflex, horn): removed
# with str.replace, several times faster than a regex over a whole article.
_VIETNAMESE_MARKS = (_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT, _BREVE, _CIRCUMFLEX, _HORN)
# The other diacritics of the Latin, Greek and Cyrillic scripts live in these blocks. Other
# scripts' combining marks (Hebrew points, Thai tone marks…) are rarer and taken out
# character by character, only inside runs of non-Latin text.
_LATIN_MARKS_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_NON_LATIN_RE = re.compile("[^\x00-\u02ff]+")


def _strip_other_marks(match: re.Match[str]) -> str:
    return "".join(ch for ch in match.group() if not unicodedata.combining(ch))


def nfc(text: str) -> str:
    """*text* in Unicode NFC, the form every stored text uses."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Search and matching key: no diacritics, đ → d, case-folded, single spaces, stripped.

    ``fold("Đồng Kỵ") == "dong ky"``; both tone styles and NFD input give the same key.
    """
    # Case-fold first: a few letters only decompose, or only gain marks, once folded.
    bare = unicodedata.normalize("NFD", text.casefold())
    for mark in _VIETNAMESE_MARKS:
        bare = bare.replace(mark, "")
    if _LATIN_MARKS_RE.search(bare):
        bare = _LATIN_MARKS_RE.sub("", bare)
    bare = _NON_LATIN_RE.sub(_strip_other_marks, bare)
    # "Đ" typed through legacy encodings often arrives as the look-alike Icelandic eth "Ð".
    bare = bare.replace("đ", "d").replace("ð", "d")
    return " ".join(unicodedata.normalize("NFC", bare).split())


# ----- tone-mark placement ---------------------------------------------------------------

_VOWELS = frozenset("aăâeêioôơuưy")
# Longest first, so "ngh" wins over "ng" and "n".
_ONSETS = tuple("ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x".split())
_FINALS = frozenset(("", "c", "ch", "m", "n", "ng", "nh", "p", "t"))

# Where the tone goes in each vowel cluster, as an index into the cluster. Clusters not
# listed are not Vietnamese spelling (loanwords, names, typos): those words are left alone.
# These take the mark on the first vowel, and only occur in open syllables.
_TONE_FIRST = frozenset("ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu".split())
_TONE_SECOND = frozenset(
    "iê yê uô ươ oă uâ uê uơ oo iêu yêu oai oay oao oeo uây uôi ươi ươu uyu".split()
)
_TONE_BY_STYLE = frozenset(("oa", "oe", "uy"))  # the only clusters the two styles disagree on


def _tone_index(plain: str, style: str) -> int | None:
    """Index of the letter that carries the tone in the lower-case, tone-less syllable."""
    onset = ""
    for candidate in _ONSETS:
        if plain.startswith(candidate):
            onset = candidate
            break
    # "gi" and "qu" are onsets only before another vowel: "gì" is g + i, "giá" is gi + a.
    if onset in ("gi", "qu") and (len(plain) == 2 or plain[2] not in _VOWELS):
        onset = "g" if onset == "gi" else ""
        if not onset:
            return None
    start = len(onset)
    end = start
    while end < len(plain) and plain[end] in _VOWELS:
        end += 1
    cluster, final = plain[start:end], plain[end:]
    if not cluster or final not in _FINALS:
        return None
    if len(cluster) == 1:
        index = 0
    elif cluster == "uyê":
        index = 2
    elif cluster in _TONE_BY_STYLE:
        index = 1 if final or style == STYLE_NEW else 0
    elif cluster in _TONE_SECOND:
        index = 1
    elif cluster in _TONE_FIRST and not final:
        index = 0
    else:
        return None
    return start + index


@lru_cache(maxsize=8192)
def _retone_word(word: str, style: str) -> str:
    letters: list[str] = []
    tone = ""
    for ch in word:
        parts = unicodedata.normalize("NFD", ch)
        marks = [m for m in parts[1:] if m in _TONES]
        if marks:
            if tone or len(marks) > 1:
                return word  # two tones: not a Vietnamese syllable, leave it as typed
            tone = marks[0]
        letters.append(nfc(parts[0] + "".join(m for m in parts[1:] if m not in _TONES)))
    if not tone:
        return word
    plain = "".join(letters)
    lowered = plain.lower()
    if len(lowered) != len(plain):
        return word
    index = _tone_index(lowered, style)
    if index is None:
        return word
    letters[index] = nfc(letters[index] + tone)
    return "".join(letters)


_WORD_RE = re.compile(r"[^\W\d_]+")


def normalize_tones(text: str, style: str = HOUSE_STYLE) -> str:
    """*text* in NFC with every tone mark placed by *style* (``"old"`` or ``"new"``).

    Also moves marks a typist misplaced ("hòang" → "hoàng", "qúy" → "quý"). Words that are
    not Vietnamese syllables are returned unchanged; case is kept.
    """
    if style not in STYLES:
        raise ValueError(f"unknown tone style {style!r}; expected one of {STYLES}")
    return _WORD_RE.sub(lambda m: _retone_word(m.group(), style), nfc(text))


# ----- sorting ---------------------------------------------------------------------------

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# Dictionary order of the tones (Hoàng Phê's Từ điển tiếng Việt; CLDR's Vietnamese tailoring
# orders the marks the same way): unmarked, huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {_GRAVE: 1, _HOOK: 2, _TILDE: 3, _ACUTE: 4, _DOT: 5}
_VOWEL_MARKS = {
    ("a", _BREVE): "ă",
    ("a", _CIRCUMFLEX): "â",
    ("e", _CIRCUMFLEX): "ê",
    ("o", _CIRCUMFLEX): "ô",
    ("o", _HORN): "ơ",
    ("u", _HORN): "ư",
}
_TOKEN_RE = re.compile(r"[0-9]+|[^\W\d_]+")

_WordKey = tuple[int, tuple[int, ...], int, tuple[int, ...]]


@lru_cache(maxsize=32768)
def _word_key(token: str) -> tuple[_WordKey, tuple[int, ...]]:
    """(collation key, case flags) of one word or number."""
    if token.isascii() and token.isdigit():
        digits = token.lstrip("0") or "0"
        # Numbers compare by value, without int(): a title may hold thousands of digits.
        return (0, (len(digits), *map(int, digits)), 0, ()), ()
    primary: list[int] = []
    extra: list[int] = []
    case: list[int] = []
    tone = 0
    for ch in token:
        parts = unicodedata.normalize("NFD", ch)
        base = parts[0]
        lower = base.lower()
        if len(lower) != 1:
            lower = base
        case.append(0 if lower == base else 1)
        if lower == "ð":
            lower = "đ"
        for mark in parts[1:]:
            if mark in _TONE_RANK:
                # One tone per syllable, wherever the style put it: "hòa" and "hoà" tie.
                tone = tone or _TONE_RANK[mark]
            elif (lower, mark) in _VOWEL_MARKS:
                lower = _VOWEL_MARKS[lower, mark]
            else:
                extra.append(ord(mark))
        primary.append(_LETTER_RANK.get(lower, len(_ALPHABET) + ord(lower)))
    return (1, tuple(primary), tone, tuple(extra)), tuple(case)


def sort_key(text: str) -> tuple:
    """Key for Vietnamese alphabetical order: ``sorted(names, key=sort_key)``.

    Letters compare first (a < ă < â < b … d < đ … o < ô < ơ … u < ư …, case ignored),
    word by word as dictionaries do; then the tone of the word (unmarked, huyền, hỏi, ngã,
    sắc, nặng); then case (lower first). Numbers come before words and compare by value;
    punctuation is ignored. Distinct texts never tie.
    """
    text = nfc(text)
    keys = [_word_key(token) for token in _TOKEN_RE.findall(text)]
    return (tuple(k[0] for k in keys), tuple(c for k in keys for c in k[1]), text)


# ----- slugs -----------------------------------------------------------------------------

_SLUG_JUNK_RE = re.compile(r"[^a-z0-9]+")
DEFAULT_SLUG = "bai-viet"  # "article": for titles with no letters or digits to keep


def slugify(text: str, max_length: int = 80) -> str:
    """URL slug: ``"Hà Nội đồng hành"`` → ``"ha-noi-dong-hanh"``.

    Only ``[a-z0-9-]``, no leading, trailing or double dashes, cut at a word boundary to at
    most *max_length* characters (a single longer word is cut where it must be). Returns
    ``""`` when nothing is left (callers fall back, see :func:`unique_slug`).
    """
    if max_length < 1:
        raise ValueError("max_length must be at least 1")
    slug = _SLUG_JUNK_RE.sub("-", fold(text)).strip("-")
    if len(slug) > max_length:
        if slug[max_length] == "-":
            slug = slug[:max_length]
        else:
            cut = slug.rfind("-", 0, max_length)
            slug = slug[:cut] if cut > 0 else slug[:max_length]
    return slug.strip("-")


def unique_slug(base: str, taken: Callable[[str], bool]) -> str:
    """*base*, or *base*-2, *base*-3 … : the first that *taken* says is free.

    An empty *base* becomes ``"bai-viet"``.
    """
    base = base or DEFAULT_SLUG
    if not taken(base):
        return base
    n = 2
    while taken(f"{base}-{n}"):
        n += 1
    return f"{base}-{n}"


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch.isspace():
        return " "
    folded = fold(ch)
    return folded if len(folded) == 1 else ch.lower() if len(ch.lower()) == 1 else ch


class _FoldTable(dict):
    """Code point -> ``_fold_char``, filled as characters are met: ``str.translate`` with it
    folds a whole article body in C, several times faster than a generator of calls."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold_chars(text: str) -> str:
    """``fold`` one character at a time, so the result has the same length as *text* and
    positions found in it are positions in *text* (find-in-text, search snippets)."""
    return text.translate(_FOLD_TABLE)


def _code(value: int, offset: int = 0x100) -> str:
    return chr(min(0x10FFFF, offset + value))


def sort_string(text: str) -> str:
    """``sort_key`` as one string whose plain code-point order is the same order, for a
    database column that SQLite's built-in BINARY collation can index and sort."""
    text = nfc(text)
    keys = [_word_key(token) for token in _TOKEN_RE.findall(text)]
    words = []
    for (kind, primary, tone, extra), _case in keys:
        # \x02 ends a run, below every letter code, so a prefix sorts first as in tuples.
        words.append(
            chr(0x20 + kind)
            + "".join(map(_code, primary))
            + "\x02"
            + chr(0x30 + tone)
            + "".join(map(_code, extra))
            + "\x02"
        )
    case = "".join(chr(0x30 + c) for k in keys for c in k[1])
    # \x01 ends the words, below every word start, so fewer words sort first.
    return "".join(words) + "\x01" + case + "\x01" + text


@lru_cache(maxsize=4096)
def _base_letter(ch: str) -> str:
    return {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"}.get(ch) or unicodedata.normalize("NFD", ch)[0]


def base_letters(text: str) -> str:
    """*text* (NFC) with every letter reduced to its base letter, case kept, same length:
    "Thanh Hoá" → "Thanh Hoa". Offsets in the result are offsets in the text, so a regex
    of plain ASCII classes can scan it (province names in a body)."""
    if not _LATIN_MARKS_RE.search(text):  # no stray marks, so removing marks cannot misalign
        bare = unicodedata.normalize("NFD", text)
        for mark in _VIETNAMESE_MARKS:
            bare = bare.replace(mark, "")
        if len(bare) == len(text):
            return bare.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D")
    # Letters with other marks ("ü", "ç"), Hangul…: one character at a time.
    return "".join(_base_letter(ch) for ch in text)
