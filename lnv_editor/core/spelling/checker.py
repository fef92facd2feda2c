"""The spelling check of one text: tokenise, look up, and explain what is not found.

Fast on purpose: the editor calls it for each paragraph as it is drawn. A word found in the
syllable set or the word lists costs one set lookup; only the rest go through the parser,
and every verdict is remembered per word (and every paragraph's findings per text).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from lnv_editor.core.spelling import lexicon
from lnv_editor.core.spelling.messages import MESSAGES, category
from lnv_editor.core.spelling.residue import strip_extra_tone_key, telex_decode, vni_decode
from lnv_editor.core.spelling.syllable import LETTERS, VOWELS, diagnose, split_onset, split_tone
from lnv_editor.core.vietnamese import HOUSE_STYLE, STYLE_NEW, STYLE_OLD, nfc, normalize_tones

_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
# Text that is not prose: links, addresses, code. Its words are not checked.
_NOT_PROSE = re.compile(
    r"https?://\S+|www\.\S+|\S+@\S+\.\w+|\]\([^)\n]*\)|`[^`\n]*`|\{[^}\n]*\}|<[^>\n]*>"
)
_SPACE_PUNCT = re.compile(r"(?<=[^\W_]) +([,;:!?]|\.(?!\.))(?=\s|$)")
_TWO_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")
_VNI = re.compile(r"[a-zA-Zđ][1-9]")
_CODAS = frozenset(("", "c", "ch", "m", "n", "ng", "nh", "p", "t"))
_ONSET_CODES = frozenset(
    ("c_front", "k_back", "g_front", "gh_back", "ng_front", "ngh_back", "q_without_u", "c_glide")
)
# A letter only Vietnamese text has: a lower-case word in such text with one Telex key left
# in it ("daan", "cacs") is residue, while in an English phrase it may be a word.
_VIETNAMESE_TEXT = re.compile("[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]", re.IGNORECASE)
_CACHE_LIMIT = 20000
# Where a paragraph this long is cut into sentences: after ". ", "! ", "? " or "… " and before
# a word (so "  " after a full stop stays one finding).
_SENTENCES_FROM = 240
_SENTENCE_END = re.compile(r"(?<=[.!?…] )(?=[^\W_])")
# Problems with several plausible fixes: offer the most used first.
_RANKED = frozenset(("stop_tone", "stop_no_tone", "two_tones", "bad_rhyme"))


@dataclass(frozen=True, slots=True)
class SpellFinding:
    start: int
    end: int
    code: str
    fixes: tuple[str, ...] = ()
    params: dict = field(default_factory=dict, compare=False)
    rule: str = ""  # the confusion rule's id, for the record

    @property
    def template(self) -> str:
        return MESSAGES[self.code]

    @property
    def category(self) -> str:
        return category(self.code)

    def message(self) -> str:
        return self.template.format(**self.params).strip()

    def as_json(self, field_name: str, message: str | None = None) -> dict:
        return {
            "field": field_name,
            "position": self.start,
            "end": self.end,
            "code": f"spelling.{self.code}",
            "message": message if message is not None else self.message(),
            "fix": self.fixes[0] if self.fixes else None,
            "fixes": list(self.fixes),
        }


def recase(fix: str, like: str) -> str:
    """*fix* written in the case of the word it replaces."""
    if len(like) > 1 and like.isupper():
        return fix.upper()
    if like[:1].isupper():
        return fix[:1].upper() + fix[1:]
    return fix


def foreign_shape(plain: str) -> bool:
    """A consonant cluster or ending no Vietnamese syllable has (Krông, Đắk, Alăng): the shape
    of names from other languages, which the desk spells as their people do."""
    _onset, rhyme = split_onset(plain)
    if not rhyme or rhyme[0] not in VOWELS:
        return True
    i = 0
    while i < len(rhyme) and rhyme[i] in VOWELS:
        i += 1
    return rhyme[i:] not in _CODAS


class Speller:
    """Checks texts against the shipped lists plus *extra_words* (the desk's dictionary)."""

    def __init__(self, extra_words: Iterable[str] = (), *, style: str = HOUSE_STYLE) -> None:
        self.style = style
        self.syllables = lexicon.syllables()
        self._shipped = lexicon.newsroom_words()
        self._extra: set[str] = set()
        self._ignored: set[str] = set()
        self._words: dict[tuple[str, bool], tuple | None] = {}
        self._texts: dict[str, tuple[SpellFinding, ...]] = {}
        self._sentences: dict[tuple[str, bool], tuple[SpellFinding, ...]] = {}
        self._rules: dict[str, list[tuple[tuple[str, ...], lexicon.Confusion]]] = {}
        # The right forms are real words: a wrong phrase that overlaps one is read as it.
        self._compounds = {lexicon.key(r) for rule in lexicon.confusions() for r in rule.right}
        for rule in lexicon.confusions():
            keys = tuple(lexicon.key(rule.wrong).split())
            # Indexed by the first word as typed in either tone style, so the scan needs
            # only str.lower() per word; the rest of the phrase is compared by key.
            for style in (STYLE_OLD, STYLE_NEW):
                first = normalize_tones(keys[0], style)
                entries = self._rules.setdefault(first, [])
                if (keys[1:], rule) not in entries:
                    entries.append((keys[1:], rule))
        self.add_words(extra_words)

    # ----- the desk's words -------------------------------------------------------------

    def add_words(self, words: Iterable[str]) -> None:
        for word in words:
            self._extra.add(lexicon.key(word))
            self._extra.update(lexicon.key(t) for t in _TOKEN.findall(nfc(word)))
        self._forget()

    def ignore(self, word: str) -> None:
        """Stop flagging *word* (this session only: "Bỏ qua")."""
        self._ignored.add(lexicon.key(word))
        self._forget()

    def known(self, word: str) -> bool:
        k = lexicon.key(word)
        low = nfc(word).lower()
        return (
            low in self.syllables
            or low in self._shipped
            or k in self._shipped
            or k in self._extra
            or k in self._ignored
        )

    def forget_paragraphs(self) -> None:
        """Drop the remembered paragraphs (words stay): each is checked again when drawn."""
        self._texts.clear()
        self._sentences.clear()

    def _forget(self) -> None:
        self._words.clear()
        self._texts.clear()
        self._sentences.clear()

    # ----- checking ---------------------------------------------------------------------

    def check(self, text: str) -> tuple[SpellFinding, ...]:
        """Every finding in *text* (one paragraph or a whole field), in order."""
        found = self._texts.get(text)
        if found is None:
            if len(self._texts) > _CACHE_LIMIT:
                self._texts.clear()
            found = self._texts[text] = self._by_sentence(text)
        return found

    def _by_sentence(self, text: str) -> tuple[SpellFinding, ...]:
        """A long paragraph is checked a sentence at a time, each sentence remembered: a key
        typed in it checks one sentence again, not the paragraph. No finding spans a sentence
        end (". " before the next word), and a word's context is its paragraph's language."""
        if len(text) < _SENTENCES_FROM or _has_markup(text):
            return tuple(self._check(text))
        vietnamese = bool(_VIETNAMESE_TEXT.search(text))
        out: list[SpellFinding] = []
        start = 0
        for end in [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
            key = (text[start:end], vietnamese)
            findings = self._sentences.get(key)
            if findings is None:
                if len(self._sentences) > _CACHE_LIMIT:
                    self._sentences.clear()
                findings = self._sentences[key] = tuple(self._check(key[0], vietnamese))
            out += (replace(f, start=f.start + start, end=f.end + start) for f in findings)
            start = end
        return tuple(out)

    def _check(self, text: str, vietnamese: bool | None = None) -> list[SpellFinding]:
        out: list[SpellFinding] = []
        tokens = list(_TOKEN.finditer(text))
        if _has_markup(text):
            skip = [m.span() for m in _NOT_PROSE.finditer(text)]
            tokens = [m for m in tokens if not any(a <= m.start() < b for a, b in skip)]
        covered_until = -1
        if vietnamese is None:
            vietnamese = bool(_VIETNAMESE_TEXT.search(text))
        rules, syllables = self._rules, self.syllables
        # The common case first: a known syllable that starts no rule costs two set lookups.
        for index, m in enumerate(tokens):
            word = m.group()
            low = word.lower()
            if low in rules and m.start() >= covered_until:
                hit = self._confusion(text, tokens, index)
                if hit:
                    out.append(hit)
                    covered_until = hit.end
                    continue
            if low in syllables or m.start() < covered_until:
                continue
            verdict = self._judge(word, vietnamese)
            if verdict:
                code, fixes, params = verdict
                out.append(SpellFinding(m.start(), m.end(), code, fixes, params))
        for m in _SPACE_PUNCT.finditer(text):
            out.append(
                SpellFinding(
                    m.start(), m.end(), "space_before_punct", (m.group(1),), {"char": m.group(1)}
                )
            )
        for m in _TWO_SPACES.finditer(text):
            out.append(SpellFinding(m.start(), m.end(), "two_spaces", (" ",)))
        out.sort(key=lambda f: (f.start, f.end))
        return out

    def _confusion(self, text: str, tokens: list[re.Match], index: int) -> SpellFinding | None:
        first = tokens[index]
        candidates = self._rules.get(first.group().lower())
        if not candidates:
            return None
        for rest, rule in candidates:
            if index + len(rest) >= len(tokens) + 0 and rest:
                if index + len(rest) > len(tokens) - 1:
                    continue
            end = first.end()
            ok = True
            for offset, want in enumerate(rest, 1):
                nxt = tokens[index + offset]
                if text[end : nxt.start()] not in (" ", "-") or lexicon.key(nxt.group()) != want:
                    ok = False
                    break
                end = nxt.end()
            if not ok:
                continue
            typed = text[first.start() : end]
            if self._part_of_other_word(tokens, index, index + len(rest)):
                continue
            if rule.unless and rule.unless.match(text, end):
                continue
            if lexicon.key(typed) in self._extra or lexicon.key(typed) in self._ignored:
                return None
            fixes = tuple(recase(normalize_tones(r, self.style), typed) for r in rule.right)
            params = {"wrong": typed, "right": fixes[0], "note": rule.note}
            return SpellFinding(first.start(), end, "confusion", fixes, params, rule.id)
        return None

    def _part_of_other_word(self, tokens: list[re.Match], first: int, last: int) -> bool:
        """Whether the phrase's edge syllable belongs to a neighbouring word instead: in
        "thủ công xuất khẩu", "xuất" goes with "khẩu", so "công xuất" is no mistake."""
        if last + 1 < len(tokens):
            after = lexicon.key(tokens[last].group() + " " + tokens[last + 1].group())
            if after in self._compounds:
                return True
        if first > 0:
            before = lexicon.key(tokens[first - 1].group() + " " + tokens[first].group())
            if before in self._compounds:
                return True
        return False

    def _judge(self, word: str, vietnamese: bool) -> tuple | None:
        verdict = self._words.get((word, vietnamese), False)
        if verdict is False:
            if len(self._words) > _CACHE_LIMIT:
                self._words.clear()
            verdict = self._words[word, vietnamese] = self._judge_new(word, vietnamese)
        return verdict

    def _judge_new(self, word: str, vietnamese: bool) -> tuple | None:
        if any(unicodedata.combining(ch) for ch in word):
            return "decomposed", (nfc(word),), {}
        if self.known(word):
            return None
        low = word.lower()
        syl = self.syllables
        if any(ch.isdigit() for ch in word):
            if _VNI.search(word):
                decoded, ops = vni_decode(word, self.style)
                if ops and decoded in syl:
                    return "vni", (recase(decoded, word),), {}
            return None
        if word.isascii():
            decoded, ops = telex_decode(word, self.style)
            # Out of Vietnamese text, English words ("was", "saw") look like keys: ask for
            # a doubled letter (aa, dd…) or a key no English word ends in (f, j) as well.
            doubled = any(pair in low for pair in ("aa", "ee", "oo", "dd", "uw", "ow", "aw"))
            strong = ops >= 2 and (doubled or low[-1] in "fj")
            strong = strong or (ops >= 1 and vietnamese and word == low)
            if (
                decoded != low
                and decoded in syl
                and strong
                and (len(decoded) > 1 or ops > 1 or vietnamese)
            ):
                return "telex", (recase(decoded, word),), {}
            if word == low:
                problem = diagnose(low)
                if problem and problem.code in _ONSET_CODES and problem.fixes:
                    fixes = tuple(f for f in problem.fixes if f in syl)
                    if fixes:
                        return problem.code, tuple(recase(f, word) for f in fixes), {}
            return None
        extra = strip_extra_tone_key(word)
        if extra and extra in syl:
            return "tone_twice", (recase(extra, word),), {}
        plain, _tones = split_tone(low)
        if any(ch not in LETTERS for ch in plain):
            decoded, ops = telex_decode(word, self.style)
            if ops and decoded in syl:
                return "telex", (recase(decoded, word),), {}
            return None
        if word[0].isupper() and foreign_shape(plain):
            return None
        problem = diagnose(low)
        if problem is None or problem.code == "not_vietnamese":
            return None
        fixes = []
        for fix in problem.fixes:
            fix = normalize_tones(fix, self.style)
            if fix in syl and fix not in fixes:
                fixes.append(fix)
        if problem.code in _RANKED:
            freq = lexicon.frequency()
            fixes.sort(key=lambda f: -freq.get(lexicon.key(f), 0))
        return problem.code, tuple(recase(f, word) for f in fixes[:5]), dict(problem.params)


def _has_markup(text: str) -> bool:
    return any(c in text for c in "/@`({<")
