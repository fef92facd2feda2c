"""Text pasted from the old Vietnamese encodings, recognised and turned into Unicode (NFC).

- TCVN3 (ABC, TCVN 5712:1993 VN3): documents typed in the ".Vn" fonts, read as Latin-1, show
  "B¶o Th¾ng" for "Bảo Thắng": one byte per letter, lower case only (capitals were a font).
- VIQR (RFC 1456): marks written as ASCII after the vowel, "Vie^.t Nam", "ddu+o+`ng".
- VNI-Windows (the "VNI-Times" fonts), read as Windows-1252: "Vieät Nam", "ñöôïc": a vowel, then
  one byte for its shape and tone (â = circumflex, ê = breve, á à å ã ä = circumflex and a
  tone, é è ú ü ë = breve and a tone, ù ø û õ ï = a tone alone); ô ö are ơ ư, í ì æ ó ò are
  the i's, î is ỵ, ñ is đ. Upper case letters take the upper case bytes. Table: see
  resources/spelling/SOURCE.md.

Detection is strict on purpose: the pasted text must have no Vietnamese letter of its own, and
most of the words the conversion changes must become Vietnamese syllables.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from lnv_editor.core.spelling import lexicon

_TCVN3_LOWER = dict(
    zip(
        "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ",
        "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ",
        strict=True,
    )
)
_TCVN3_UPPER = dict(zip("¡¢§£¤¥¦", "ĂÂĐÊÔƠƯ", strict=True))
TCVN3 = {**_TCVN3_LOWER, **_TCVN3_UPPER}
_TCVN3_TABLE = str.maketrans(TCVN3)

# VNI-Windows, built from the rows of its table rather than listed letter by letter.
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_VNI_TONE = dict(zip("ùøûõï", (_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT), strict=True))
_VNI_CIRCUMFLEX = dict(zip("âáàåãä", ("", _ACUTE, _GRAVE, _HOOK, _TILDE, _DOT), strict=True))
_VNI_BREVE = dict(zip("êéèúüë", ("", _ACUTE, _GRAVE, _HOOK, _TILDE, _DOT), strict=True))


def _vni_table() -> dict[str, str]:
    lower: dict[str, str] = {}
    for vowel in "aeouy":
        for mark, tone in _VNI_TONE.items():
            lower[vowel + mark] = vowel + tone
    for vowel in "aeo":
        for mark, tone in _VNI_CIRCUMFLEX.items():
            lower[vowel + mark] = vowel + _CIRCUMFLEX + tone
    for mark, tone in _VNI_BREVE.items():
        lower["a" + mark] = "a" + _BREVE + tone
    for byte, vowel in (("ô", "o"), ("ö", "u")):  # ơ, ư: one byte, then maybe a tone
        lower[byte] = vowel + _HORN
        for mark, tone in _VNI_TONE.items():
            lower[byte + mark] = vowel + _HORN + tone
    lower.update(
        zip("íìæóò", ("i" + t for t in (_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT)), strict=True)
    )
    lower["î"] = "y" + _DOT
    lower["ñ"] = "đ"
    table = {}
    for key, value in lower.items():
        table[key] = unicodedata.normalize("NFC", value)
        table[key.upper()] = unicodedata.normalize("NFC", value.upper())
    return table


VNI = _vni_table()
# Longest first, so "aá" (ấ) wins over "a" and "ôù" (ớ) over "ô".
_VNI_RUN = re.compile("|".join(re.escape(k) for k in sorted(VNI, key=len, reverse=True)))
_VNI_BYTES = frozenset("".join(VNI)) - frozenset("aeouyAEOUY")

_VIQR_SHAPE = {"^": "\u0302", "(": "\u0306", "+": "\u031b"}
_VIQR_TONE = {"'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323"}
_VIQR_WORD = re.compile(r"(?:[dD][dD])?[A-Za-z]*[aeiouyAEIOUY][\^(+'`?~.A-Za-z]*")
_VIQR_VOWEL = re.compile(r"([aeiouyAEIOUY])([\^(+]?)([\^(+]?)(['`?~.]?)")
# Letters only Unicode Vietnamese has (â, ê, ô, á… are Latin-1: TCVN3 uses those bytes too).
_VIETNAMESE = re.compile("[ăđơưĂĐƠƯĩũĨŨ\u0300-\u0323\u1ea0-\u1ef9]")
_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")
# Enough words to tell an encoding; a long paste costs no more to judge than this many.
SAMPLE_WORDS = 2000
_SAMPLE = re.compile(rf"\s*(?:\S+\s+){{0,{SAMPLE_WORDS}}}\S*")


def vni_to_unicode(text: str) -> str:
    return unicodedata.normalize("NFC", _VNI_RUN.sub(lambda m: VNI[m.group()], text))


def tcvn3_to_unicode(text: str) -> str:
    return unicodedata.normalize("NFC", text.translate(_TCVN3_TABLE))


def _viqr_word(word: str) -> str:
    if word[:2] in ("dd", "DD", "Dd"):
        word = ("đ" if word[0] == "d" else "Đ") + word[2:]

    def mark(m: re.Match[str]) -> str:
        vowel, a, b, tone = m.groups()
        shapes = [_VIQR_SHAPE[s] for s in (a, b) if s]
        # u+o+ is ươ: each vowel takes its own horn
        return vowel + "".join(shapes) + (_VIQR_TONE[tone] if tone else "")

    return unicodedata.normalize("NFC", _VIQR_VOWEL.sub(mark, word))


def viqr_to_unicode(text: str) -> str:
    return _VIQR_WORD.sub(lambda m: _viqr_word(m.group()), text)


def _is_vietnamese(word: str, syllables: frozenset[str], names: frozenset[str]) -> bool:
    """A syllable, or a name of the newsroom list (Đắk, Lắk, Krông are no syllables)."""
    word = _PUNCT.sub("", word).lower()
    return word in syllables or word in names


def _gain(before: str, after: str) -> int | None:
    """How many more words of *after* are Vietnamese than of *before*, when the conversion made
    at least three more and most of the words it changed are; else None (Unicode text such as
    "Cà phê có ông" gains nothing: left alone). Only the changed words are looked up."""
    old, new = before.split(), after.split()
    if len(old) != len(new):
        return None
    syllables, names = lexicon.syllables(), lexicon.newsroom_words()
    changed = gain = good = 0
    for o, n in zip(old, new, strict=True):
        if o != n:
            changed += 1
            now = _is_vietnamese(n, syllables, names)
            good += now
            gain += now - _is_vietnamese(o, syllables, names)
    if gain < 3 or good < 0.8 * changed:
        return None
    return gain


def detect_and_convert(text: str) -> tuple[str, str] | None:
    """("tcvn3", "vni" or "viqr", the Unicode NFC text) when *text* is in an old encoding,
    else None. TCVN3 and VNI share many bytes: the reading that makes more words Vietnamese
    wins. A long paste is judged on its first SAMPLE_WORDS words, then converted whole."""
    if _VIETNAMESE.search(text):
        return None
    sample = text[: _SAMPLE.match(text).end()]
    found: list[tuple[int, str, Callable[[str], str]]] = []
    candidates = (
        ("tcvn3", TCVN3, tcvn3_to_unicode),
        ("vni", _VNI_BYTES, vni_to_unicode),
        ("viqr", "^(+'`?~.", viqr_to_unicode),
    )
    for kind, marks, convert in candidates:
        if any(ch in marks for ch in sample):
            gain = _gain(sample, convert(sample))
            if gain is not None:
                found.append((gain, kind, convert))
    if not found:
        return None
    _gain_, kind, convert = max(found, key=lambda f: f[0])
    return kind, convert(text)
