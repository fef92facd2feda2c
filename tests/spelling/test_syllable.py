"""The syllable parser: which rule a word breaks, and the fixes it proposes."""

from __future__ import annotations

import pytest

from lnv_editor.core.spelling import lexicon
from lnv_editor.core.spelling.residue import strip_extra_tone_key, telex_decode, vni_decode
from lnv_editor.core.spelling.syllable import diagnose, generate


@pytest.mark.parametrize(
    "word",
    "hòa hoà thủy thuỷ khỏe khoẻ Thanh Hóa Hoá quý gì gìn giếng giữa nghĩa ngành ghế kiểm "
    "được người huỳnh quyển khuya thuở xoong boong tuyết yêu tiên mạch quên quốc uyên "
    "khuếch oẳn ngoằn nghiêng".split(),
)
def test_vietnamese_syllables_pass_in_both_styles(word):
    assert diagnose(word) is None
    assert word.lower() in lexicon.syllables()


@pytest.mark.parametrize(
    ("word", "code", "fix"),
    [
        ("nghành", "ngh_back", "ngành"),
        ("nge", "ng_front", "nghe"),
        ("ngĩ", "ng_front", "nghĩ"),
        ("gế", "g_front", "ghế"),
        ("ghà", "gh_back", "gà"),
        ("kà", "k_back", "cà"),
        ("cể", "c_front", "kể"),
        ("cuyển", "c_glide", "quyển"),
        ("qá", "q_without_u", "quá"),
        ("tyên", "ye_onset", "tiên"),
        ("iêu", "ie_no_onset", "yêu"),
        ("mảch", "stop_tone", "mách"),
        ("hoàt", "stop_tone", "hoát"),
        ("đươc", "stop_no_tone", "được"),
        ("hòang", "tone_place", "hoàng"),
        ("qúy", "tone_place", "quý"),
        ("huỵện", "two_tones", "huyện"),
    ],
)
def test_wrong_syllables_say_why_and_offer_the_fix(word, code, fix):
    problem = diagnose(word)
    assert problem is not None and problem.code == code
    assert fix in problem.fixes
    assert word not in lexicon.syllables()


def test_stop_codas_take_only_sac_or_nang():
    stops = [w for w in lexicon.syllables() if w.endswith(("p", "t", "c", "ch"))]
    assert stops
    for word in stops:
        assert any(mark in word for mark in "áắấéếíóốớúứýạặậẹệịọộợụựỵ"), word


def test_the_shipped_set_is_what_the_rules_generate():
    assert set(generate()) == lexicon.syllables()
    assert all(diagnose(w) is None for w in list(lexicon.syllables())[::7])


def test_both_tone_styles_are_in_the_set_and_neither_is_preferred():
    syl = lexicon.syllables()
    for old, new in [("hòa", "hoà"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"), ("lòe", "loè")]:
        assert old in syl and new in syl


def test_typing_residue_decoders():
    assert telex_decode("Vieejt")[0] == "việt"
    assert telex_decode("dduwowcj")[0] == "được"
    assert telex_decode("thuowng")[0] == "thương"
    assert vni_decode("Vie65t")[0] == "việt"
    assert vni_decode("d9u7o7c5")[0] == "được"
    assert strip_extra_tone_key("Việtj") == "việt"
    assert strip_extra_tone_key("Việt") is None
