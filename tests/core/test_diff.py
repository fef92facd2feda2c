"""Word diff on Vietnamese text: NFD input, marks never split, tone-mark style changes."""

from __future__ import annotations

import unicodedata

from lnv_editor.core.diff import (
    DELETE,
    EQUAL,
    INSERT,
    REPLACE,
    TONE,
    compare_versions,
    diff_lists,
    diff_words,
    tokenize,
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_tokens_keep_marks_with_their_letters():
    assert tokenize(nfd("Đồng Kỵ, hoà")) == ["Đồng", " ", "Kỵ", ",", " ", "hoà"]
    # A mark NFC cannot compose stays on its letter, never a token of its own.
    assert tokenize("x\u0323\u0301 y") == ["x\u0323\u0301", " ", "y"]
    assert tokenize("\u0301a") == ["\u0301", "a"]  # a stray leading mark is kept, alone


def test_word_insertion_and_deletion():
    ops = diff_words("Làng gốm Bát Tràng", "Làng gốm cổ Bát Tràng")
    assert [op.kind for op in ops] == [EQUAL, INSERT, EQUAL]
    assert ops[1].new == "cổ "
    ops = diff_words("Làng gốm cổ Bát Tràng", "Làng gốm Bát Tràng")
    assert [(op.kind, op.old) for op in ops if op.kind != EQUAL] == [(DELETE, "cổ ")]


def test_nfd_input_equals_its_nfc_form():
    text = "Nghệ nhân Trần Độ giữ lửa lò bầu."
    assert [op.kind for op in diff_words(nfd(text), text)] == [EQUAL]


def test_a_changed_tone_is_a_changed_word_not_a_changed_letter():
    ops = diff_words("cà phê", "cá phê")
    assert [(op.kind, op.old, op.new) for op in ops if op.kind != EQUAL] == [(REPLACE, "cà", "cá")]


def test_tone_style_change_is_shown_as_such_and_can_be_hidden():
    old, new = "Khuyến công Thanh Hoá hoà nhập", "Khuyến công Thanh Hóa hòa nhập"
    ops = diff_words(old, new)
    tones = [(op.old, op.new) for op in ops if op.kind == TONE]
    assert tones == [("Hoá", "Hóa"), ("hoà", "hòa")]
    assert not any(op.kind in (INSERT, DELETE, REPLACE) for op in ops)
    hidden = diff_words(old, new, hide_tone_style=True)
    assert [op.kind for op in hidden] == [EQUAL]
    # A real edit next to a style change is still a real edit.
    mixed = diff_words(old, "Khuyến nông Thanh Hóa hòa nhập", hide_tone_style=True)
    assert [(op.kind, op.old, op.new) for op in mixed if op.kind != EQUAL] == [
        (REPLACE, "công", "nông")
    ]


def test_provinces_and_captions():
    ops = diff_lists(["Hà Nội", "Bắc Ninh"], ["Hà Nội", "Thanh Hóa"])
    assert [(op.kind, op.old or op.new) for op in ops] == [
        (EQUAL, "Hà Nội"),
        (DELETE, "Bắc Ninh"),
        (INSERT, "Thanh Hóa"),
    ]
    diffs = compare_versions(
        {
            "title": "A",
            "lead": "",
            "body": "x",
            "captions": {"3": "Lò gốm"},
            "provinces": ["Hà Nội"],
        },
        {
            "title": "A",
            "lead": "",
            "body": "x",
            "captions": {"3": "Lò gốm cổ", "4": "Mới"},
            "provinces": ["Hà Nội"],
        },
    )
    changed = [(d.field, d.photo_id) for d in diffs if d.changed]
    assert changed == [("caption", 3), ("caption", 4)]
    # An old revision without captions leaves them out instead of showing them all as new.
    assert [d.field for d in compare_versions({"title": "A"}, {"title": "B", "captions": {}})] == [
        "title",
        "lead",
        "body",
    ]
