"""Leftovers of typing: Telex and VNI keys the input method did not convert.

A reporter whose input method was off for a moment, or who typed too fast for it, leaves
"Vieejt", "Vie65t" or "dduwowcj" in the text; one who typed the tone key twice leaves
"Việtj". These decoders turn such a word back into what the keys meant, so the checker can
offer it when the result is a Vietnamese syllable.
"""

from __future__ import annotations

import unicodedata

from lnv_editor.core.spelling.syllable import ACUTE, DOT, GRAVE, HOOK, TILDE, VOWELS, place_tone
from lnv_editor.core.vietnamese import HOUSE_STYLE

TELEX_TONES = {"s": ACUTE, "f": GRAVE, "r": HOOK, "x": TILDE, "j": DOT}
VNI_TONES = {"1": ACUTE, "2": GRAVE, "3": HOOK, "4": TILDE, "5": DOT}
_TELEX_PAIRS = {"aa": "â", "ee": "ê", "oo": "ô", "aw": "ă", "ow": "ơ", "uw": "ư", "dd": "đ"}
_VNI_SHAPES = {
    ("a", "6"): "â",
    ("e", "6"): "ê",
    ("o", "6"): "ô",
    ("a", "8"): "ă",
    ("o", "7"): "ơ",
    ("u", "7"): "ư",
    ("d", "9"): "đ",
}
_BASE_VOWELS = VOWELS | frozenset("aăâeêioôơuưy")


def _strip_tone(word: str) -> tuple[str, str]:
    letters, tone = [], ""
    for ch in unicodedata.normalize("NFD", word):
        if ch in (ACUTE, GRAVE, HOOK, TILDE, DOT):
            tone = tone or ch
        else:
            letters.append(ch)
    return unicodedata.normalize("NFC", "".join(letters)), tone


def _finish(letters: list[str], tone: str, style: str) -> str:
    plain = "".join(letters)
    return place_tone(plain, tone, style) if tone else plain


def telex_decode(word: str, style: str = HOUSE_STYLE) -> tuple[str, int]:
    """(*word* with its Telex keys applied, lower case; how many keys were applied)."""
    base, tone = _strip_tone(word.lower())
    letters: list[str] = []
    ops = 0
    seen_vowel = False
    i = 0
    while i < len(base):
        pair = base[i : i + 2]
        ch = base[i]
        if pair in _TELEX_PAIRS and not (pair == "dd" and i):
            if pair == "ow" and letters and letters[-1] == "u":
                letters[-1] = "ư"
            letters.append(_TELEX_PAIRS[pair])
            ops += 1
            seen_vowel = seen_vowel or pair != "dd"
            i += 2
            continue
        if ch == "w":
            # "uow" → ươ, a lone w after u or o hooks it, w alone is ư.
            if letters and letters[-1] in "uo":
                letters[-1] = "ư" if letters[-1] == "u" else "ơ"
                if len(letters) > 1 and letters[-2] == "u" and letters[-1] == "ơ":
                    letters[-2] = "ư"
            else:
                letters.append("ư")
            ops += 1
            seen_vowel = True
            i += 1
            continue
        if seen_vowel and ch in TELEX_TONES and ch not in "".join(letters[-1:]):
            if tone:
                ops += 1  # a second tone key: the last one wins, as in Unikey
            tone = TELEX_TONES[ch]
            ops += 1
            i += 1
            continue
        if ch in _BASE_VOWELS:
            seen_vowel = True
        letters.append(ch)
        i += 1
    return _finish(letters, tone, style), ops


def vni_decode(word: str, style: str = HOUSE_STYLE) -> tuple[str, int]:
    """(*word* with its VNI digits applied, lower case; how many digits were applied)."""
    base, tone = _strip_tone(word.lower())
    letters: list[str] = []
    ops = 0
    for ch in base:
        if ch in VNI_TONES:
            tone = VNI_TONES[ch]
            ops += 1
        elif ch in "6789":
            # The shape key applies to the nearest letter before it that takes it.
            for j in range(len(letters) - 1, -1, -1):
                shaped = _VNI_SHAPES.get((letters[j], ch))
                if shaped:
                    letters[j] = shaped
                    if ch == "7" and shaped == "ơ" and j and letters[j - 1] == "u":
                        letters[j - 1] = "ư"
                    ops += 1
                    break
            else:
                letters.append(ch)
        else:
            letters.append(ch)
    return _finish(letters, tone, style), ops


def strip_extra_tone_key(word: str) -> str | None:
    """ "Việtj" → "việt": a word that has its tone mark and ends in a Telex tone key."""
    if len(word) > 1 and word[-1].lower() in TELEX_TONES and _strip_tone(word[:-1])[1]:
        return word[:-1].lower()
    return None
