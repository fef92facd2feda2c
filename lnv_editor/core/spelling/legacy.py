"""Text pasted from the old Vietnamese encodings, recognised and turned into Unicode (NFC).

- TCVN3 (ABC, TCVN 5712:1993 VN3): documents typed in the ".Vn" fonts, read as Latin-1, show
  "B¶o Th¾ng" for "Bảo Thắng": one byte per letter, lower case only (capitals were a font).
- VIQR (RFC 1456): marks written as ASCII after the vowel, "Vie^.t Nam", "ddu+o+`ng".

Detection is strict on purpose: the pasted text must have no Vietnamese letter of its own, and
most of the words the conversion changes must become Vietnamese syllables.
"""

from __future__ import annotations

import re
import unicodedata

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

_VIQR_SHAPE = {"^": "\u0302", "(": "\u0306", "+": "\u031b"}
_VIQR_TONE = {"'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323"}
_VIQR_WORD = re.compile(r"(?:[dD][dD])?[A-Za-z]*[aeiouyAEIOUY][\^(+'`?~.A-Za-z]*")
_VIQR_VOWEL = re.compile(r"([aeiouyAEIOUY])([\^(+]?)([\^(+]?)(['`?~.]?)")
# Letters only Unicode Vietnamese has (â, ê, ô, á… are Latin-1: TCVN3 uses those bytes too).
_VIETNAMESE = re.compile("[ăđơưĂĐƠƯĩũĨŨ\u0300-\u0323\u1ea0-\u1ef9]")
_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")


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


def _score(text: str) -> int:
    syllables = lexicon.syllables()
    return sum(_PUNCT.sub("", w).lower() in syllables for w in text.split())


def _good_change(before: str, after: str) -> bool:
    """The conversion made at least three more words Vietnamese syllables, and most of the
    words it changed are (Unicode text such as "Cà phê có ông" gains nothing: left alone)."""
    old, new = before.split(), after.split()
    if len(old) != len(new):
        return False
    changed = [n for o, n in zip(old, new, strict=True) if o != n]
    if _score(after) - _score(before) < 3:
        return False
    return _score(" ".join(changed)) >= 0.8 * len(changed)


def detect_and_convert(text: str) -> tuple[str, str] | None:
    """("tcvn3" or "viqr", the Unicode NFC text) when *text* is in an old encoding, else None."""
    if _VIETNAMESE.search(text):
        return None
    if any(ch in TCVN3 for ch in text):
        converted = tcvn3_to_unicode(text)
        if _good_change(text, converted):
            return "tcvn3", converted
    if any(ch in "^(+'`?~." for ch in text):
        converted = viqr_to_unicode(text)
        if _good_change(text, converted):
            return "viqr", converted
    return None
