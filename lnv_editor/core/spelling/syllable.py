"""The structure of a Vietnamese syllable: onset, glide, nucleus, coda and tone.

A written syllable is an onset (phụ âm đầu, maybe none), a rhyme (vần: an optional glide
o/u, a vowel nucleus, an optional coda) and one tone mark. Spelling ties the parts together:
``k`` before i/y/e/ê and ``c`` elsewhere, ``gh``/``ngh`` before i/e/ê, ``q`` only with
the glide u, and the stop codas -p -t -c -ch take only the sắc or nặng tone. This module
knows those rules, says which one a word breaks (:func:`diagnose`), and lists every
syllable they allow (:func:`generate`), in both tone-mark styles.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lnv_editor.core.vietnamese import STYLE_NEW, STYLE_OLD, normalize_tones

GRAVE, ACUTE, HOOK, TILDE, DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
TONE_MARKS = (GRAVE, ACUTE, HOOK, TILDE, DOT)
_VOWEL_MARKS = ("\u0306", "\u0302", "\u031b")  # breve, circumflex, horn
LETTERS = frozenset("abcdđeghiklmnopqrstuvxyăâêôơư")
VOWELS = frozenset("aăâeêioôơuưy")

# Longest first, so "ngh" wins over "ng" and "n".
ONSETS = tuple("ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x".split())
FRONT = ("i", "y", "e", "ê")  # the vowels that make k, gh and ngh

# The rhymes without a glide, grouped by nucleus (Hoàng Phê, Từ điển chính tả, 1995, the
# rhyme table; rare rhymes of loans and sound words included: oong, ooc, eng).
_PLAIN_RHYMES = """
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich iêc iêm iên iêng iêp iêt iêu im in inh ip it iu
o oc oi om on ong op ot ooc oong
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung uôc uôi uôm uôn uông uôt up ut
ư ưa ưc ưi ưm ưn ưng ươc ươi ươm ươn ương ươp ươt ươu ưt ưu
y yêm yên yêt yêu
""".split()
# Rhymes that begin with the glide o or u (after any onset but the labials and k/gh/ngh).
_GLIDE_RHYMES = """
oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oet oeo
uâc uân uâng uât uây uê uêch uênh uơ uy uya uych uyên uyêt uynh uyt uyu
""".split()
# After qu the glide is the u of qu: these are the rhymes that follow it.
_QU_RHYMES = """
a ac ach ai an ang anh ao at ay ăc ăm ăn ăng ăt âc ân âng ât ây e en eo et ê êch ênh êt
y ych yên yêt ynh yt yu ơ i ôc ên
""".split()
# After gi the i of gi stands for the i of the rhyme (gì, gìn, giếng).
_GI_I_RHYMES = frozenset("i in inh ich ip it iêng iêt iêu iên iêm".split())

STOP_CODAS = ("ch", "c", "p", "t")
_LABIALS = frozenset(("b", "m", "p", "ph", "v"))
# Onsets that take the written "y" of an open syllable (lý, kỹ, mỹ; also lí, kĩ, mĩ).
_Y_ONSETS = frozenset(("", "h", "k", "l", "m", "n", "s", "t", "v", "d", "qu"))


@dataclass(frozen=True, slots=True)
class Parts:
    onset: str
    rhyme: str
    tone: str  # one of TONE_MARKS, or ""


def rhymes() -> frozenset[str]:
    return frozenset(_PLAIN_RHYMES) | frozenset(_GLIDE_RHYMES)


_ALL_RHYMES = rhymes()


def coda(rhyme: str) -> str:
    for ending in ("ch", "ng", "nh", "c", "m", "n", "p", "t"):
        if rhyme.endswith(ending) and rhyme != ending:
            return ending
    return ""


def _onset_fits(onset: str, rhyme: str) -> str | None:
    """Why *onset* cannot precede *rhyme*, or None when it can (a code, see MESSAGES)."""
    if onset == "qu":
        return None if rhyme in _QU_RHYMES else "bad_rhyme"
    glide = rhyme in _GLIDE_RHYMES
    if onset == "gi":
        if glide or (rhyme[0] in "iy" and rhyme not in _GI_I_RHYMES):
            return "bad_rhyme"
        return None
    front = rhyme[0] in FRONT
    if onset == "c" and glide:
        return "c_glide" if rhyme[0] == "u" else "bad_rhyme"
    if onset == "c" and front:
        return "c_front"
    if onset == "k" and not front:
        return "k_back"
    if onset == "g" and front:
        return "g_front"
    if onset == "gh" and not front:
        return "gh_back"
    if onset == "ng" and front:
        return "ng_front"
    if onset == "ngh" and not front:
        return "ngh_back"
    if glide and onset in _LABIALS | {"k", "gh", "ngh"}:
        return "bad_rhyme"
    if rhyme == "y" and onset not in _Y_ONSETS:
        return "bad_rhyme"
    if rhyme.startswith("yê") and onset:
        return "ye_onset"
    if rhyme.startswith("iê") and not onset:
        return "ie_no_onset"
    if rhyme == "uya" and not onset:
        return "bad_rhyme"
    return None


def split_tone(word: str) -> tuple[str, list[str]]:
    """(the lower-case letters without tone marks, the tone marks found) of *word*."""
    letters: list[str] = []
    tones: list[str] = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in TONE_MARKS:
            tones.append(ch)
        elif ch in _VOWEL_MARKS and letters:
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + ch)
        else:
            letters.append(ch)
    return "".join(letters), tones


def split_onset(plain: str) -> tuple[str, str]:
    for onset in ONSETS:
        if plain.startswith(onset) and len(plain) > len(onset):
            rest = plain[len(onset) :]
            # gi and qu are onsets only before another vowel ("gì" is g + i).
            if onset == "gi" and rest[0] not in VOWELS:
                return "g", plain[1:]
            if onset == "qu" and rest[0] not in VOWELS:
                return "q", plain[1:]
            return onset, rest
    return "", plain


def analyse(plain: str) -> tuple[str, str]:
    """(onset, rhyme) of a lower-case, tone-less syllable; the rhyme as spoken, so the i
    that gi shares with its rhyme is back in it (gìn: gi + in, giếng: gi + iêng)."""
    onset, rhyme = split_onset(plain)
    if not onset and plain[:1] == "q" and len(plain) > 1:
        return "q", plain[1:]
    if onset == "g" and rhyme in _GI_I_RHYMES:
        return "gi", rhyme
    if onset == "gi" and rhyme[0] == "ê" and "i" + rhyme in _GI_I_RHYMES:
        return "gi", "i" + rhyme
    return onset, rhyme


@dataclass(frozen=True, slots=True)
class Problem:
    code: str  # a key of spelling.messages.MESSAGES
    fixes: tuple[str, ...]  # plain (tone-less) syllables or words, best first
    params: tuple[tuple[str, str], ...] = ()


def _retype(onset: str, rhyme: str, tone: str) -> str:
    if onset == "gi" and rhyme[0] == "i":
        rhyme = rhyme[1:]
    return place_tone(onset + rhyme, tone, STYLE_OLD)


def place_tone(plain: str, tone: str, style: str) -> str:
    """*plain* (lower case, no tone) with *tone* placed by *style*."""
    if not tone:
        return plain
    # Mark the first vowel, then let normalize_tones move it where the style puts it.
    for i, ch in enumerate(plain):
        shared = i == 1 and plain[:2] in ("qu", "gi") and plain[2:3] in VOWELS
        if ch in VOWELS and not shared:
            marked = plain[:i] + unicodedata.normalize("NFC", ch + tone) + plain[i + 1 :]
            return normalize_tones(marked, style)
    return plain


@lru_cache(maxsize=16384)
def diagnose(word: str) -> Problem | None:
    """None when *word* (one syllable, any case) is Vietnamese spelling; otherwise what is
    wrong and the syllables that would fix it (lower case, house tone style)."""
    plain, tones = split_tone(word)
    if not plain or any(ch not in LETTERS for ch in plain):
        return Problem("not_vietnamese", ())
    if len(tones) > 1:
        fixes = tuple(_retype(*split_onset(plain), t) for t in dict.fromkeys(tones))
        return Problem("two_tones", fixes)
    tone = tones[0] if tones else ""
    onset, rhyme = analyse(plain)
    if onset == "q":
        return Problem("q_without_u", (_retype("qu", rhyme, tone),) if rhyme in _QU_RHYMES else ())
    if rhyme not in (_QU_RHYMES if onset == "qu" else _ALL_RHYMES):
        return Problem("bad_rhyme", _rhyme_fixes(onset, rhyme, tone), (("rhyme", rhyme),))
    why = _onset_fits(onset, rhyme)
    if why:
        return Problem(why, _onset_fixes(why, onset, rhyme, tone), (("onset", onset),))
    ending = coda(rhyme)
    if ending in STOP_CODAS and tone not in (ACUTE, DOT):
        fixes = (_retype(onset, rhyme, ACUTE), _retype(onset, rhyme, DOT))
        return Problem("stop_tone" if tone else "stop_no_tone", fixes, (("coda", ending),))
    lowered = word.lower()
    if tone:
        old, new = place_tone(plain, tone, STYLE_OLD), place_tone(plain, tone, STYLE_NEW)
        norm = unicodedata.normalize("NFC", lowered)
        if norm not in (old, new):
            return Problem("tone_place", tuple(dict.fromkeys((old, new))))
    return None


_ONSET_SWAP = {
    "c_front": "k",
    "k_back": "c",
    "g_front": "gh",
    "gh_back": "g",
    "ng_front": "ngh",
    "ngh_back": "ng",
    "ye_onset": None,
    "ie_no_onset": None,
    "c_glide": "qu",
}


def _onset_fixes(why: str, onset: str, rhyme: str, tone: str) -> tuple[str, ...]:
    if why == "ye_onset":
        return (_retype(onset, "iê" + rhyme[2:], tone),)
    if why == "ie_no_onset":
        return (_retype("", "yê" + rhyme[2:], tone),)
    if why == "c_glide":
        rest = rhyme[1:] if rhyme[0] == "u" else "a" + rhyme[2:] if rhyme[:2] == "oa" else rhyme
        rest = {"y": "y"}.get(rest, rest)
        return (_retype("qu", rest, tone),) if rest in _QU_RHYMES else ()
    swap = _ONSET_SWAP.get(why)
    return (_retype(swap, rhyme, tone),) if swap else ()


def _rhyme_fixes(onset: str, rhyme: str, tone: str) -> tuple[str, ...]:
    """Rhymes one edit away that the onset takes (house tone style)."""
    out: list[str] = []
    for candidate in sorted(_ALL_RHYMES, key=lambda r: (abs(len(r) - len(rhyme)), r)):
        if _close(rhyme, candidate) and _onset_fits(onset, candidate) is None:
            c = coda(candidate)
            if c in STOP_CODAS and tone not in (ACUTE, DOT):
                continue
            out.append(_retype(onset, candidate, tone))
    return tuple(out[:5])


def _close(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        i = diffs[0]
        return len(diffs) == 2 and diffs[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def generate() -> Iterator[str]:
    """Every syllable the rules allow, lower case, NFC, each tone placed in both styles."""
    seen: set[str] = set()
    for onset in [o for o in ONSETS if o != "q"] + [""]:
        for rhyme in sorted(_QU_RHYMES if onset == "qu" else _ALL_RHYMES):
            if _onset_fits(onset, rhyme) is not None:
                continue
            tones = (ACUTE, DOT) if coda(rhyme) in STOP_CODAS else ("",) + TONE_MARKS
            if rhyme == "uya":
                tones = ("",)
            for tone in tones:
                for style in (STYLE_OLD, STYLE_NEW):
                    written = onset + (rhyme[1:] if onset == "gi" and rhyme[0] == "i" else rhyme)
                    word = place_tone(written, tone, style)
                    if word not in seen:
                        seen.add(word)
                        yield word
