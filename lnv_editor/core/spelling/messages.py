"""What the spelling check says about each finding: English templates, translated in the
"Spelling" context (resources/i18n), with the category each code belongs to."""

from __future__ import annotations

from lnv_editor.core.errors import QT_TRANSLATE_NOOP

CONTEXT = "Spelling"

SYLLABLE, RESIDUE, CONFUSION, SPACING = "syllable", "residue", "confusion", "spacing"

MESSAGES: dict[str, str] = {
    "c_front": QT_TRANSLATE_NOOP("Spelling", "Before i, y, e, ê write k, not c."),
    "k_back": QT_TRANSLATE_NOOP("Spelling", "k is written only before i, y, e, ê; here write c."),
    "c_glide": QT_TRANSLATE_NOOP("Spelling", "Before the glide u write qu, not c."),
    "q_without_u": QT_TRANSLATE_NOOP("Spelling", "q is always written qu."),
    "g_front": QT_TRANSLATE_NOOP("Spelling", "Before i, e, ê write gh, not g."),
    "gh_back": QT_TRANSLATE_NOOP("Spelling", "After gh write only i, e, ê; here write g."),
    "ng_front": QT_TRANSLATE_NOOP("Spelling", "Before i, e, ê write ngh, not ng."),
    "ngh_back": QT_TRANSLATE_NOOP("Spelling", "After ngh write only i, e, ê; here write ng."),
    "ye_onset": QT_TRANSLATE_NOOP("Spelling", "After a consonant write iê, not yê."),
    "ie_no_onset": QT_TRANSLATE_NOOP(
        "Spelling", "A syllable that starts with this vowel is written yê, not iê."
    ),
    "bad_rhyme": QT_TRANSLATE_NOOP("Spelling", "The rhyme \u201c{rhyme}\u201d is not Vietnamese."),
    "stop_tone": QT_TRANSLATE_NOOP(
        "Spelling", "A syllable ending in -{coda} takes only the sắc or nặng tone."
    ),
    "stop_no_tone": QT_TRANSLATE_NOOP(
        "Spelling", "A syllable ending in -{coda} needs a sắc or nặng tone mark."
    ),
    "two_tones": QT_TRANSLATE_NOOP("Spelling", "Two tone marks on one syllable."),
    "tone_place": QT_TRANSLATE_NOOP(
        "Spelling", "The tone mark is on the wrong vowel, in either tone-mark style."
    ),
    "not_vietnamese": QT_TRANSLATE_NOOP("Spelling", "Not a Vietnamese syllable."),
    "telex": QT_TRANSLATE_NOOP(
        "Spelling", "Telex keys left in the word: the input method did not convert them."
    ),
    "vni": QT_TRANSLATE_NOOP(
        "Spelling", "VNI keys (digits) left in the word: the input method did not convert them."
    ),
    "tone_twice": QT_TRANSLATE_NOOP(
        "Spelling", "The tone key was typed again after the word already had its mark."
    ),
    "decomposed": QT_TRANSLATE_NOOP(
        "Spelling",
        "Letters and marks stored apart (decomposed Unicode): search and sorting miss them.",
    ),
    "space_before_punct": QT_TRANSLATE_NOOP("Spelling", "No space before \u201c{char}\u201d."),
    "two_spaces": QT_TRANSLATE_NOOP("Spelling", "Two spaces in a row."),
    "confusion": QT_TRANSLATE_NOOP(
        "Spelling", "\u201c{wrong}\u201d is a common mistake for \u201c{right}\u201d. {note}"
    ),
}

CATEGORY = {
    "telex": RESIDUE,
    "vni": RESIDUE,
    "tone_twice": RESIDUE,
    "decomposed": RESIDUE,
    "space_before_punct": SPACING,
    "two_spaces": SPACING,
    "confusion": CONFUSION,
}


def category(code: str) -> str:
    return CATEGORY.get(code, SYLLABLE)
