"""Comment anchors through insertions, deletions, a restore, and decomposed Vietnamese."""

from __future__ import annotations

import unicodedata

from lnv_editor.core.anchors import anchor_at, relocate

TEXT = (
    "Làng gốm Bát Tràng có lịch sử hơn 500 năm. Nghệ nhân Trần Độ giữ lửa lò bầu suốt đời. "
    "Mỗi năm làng đón hàng trăm nghìn khách tham quan."
)
QUOTE = "giữ lửa lò bầu"


def _anchor():
    start = TEXT.index(QUOTE)
    return anchor_at(TEXT, start, start + len(QUOTE))


def _found(text, anchor):
    place = relocate(anchor, text)
    return place, text[place.start : place.end]


def test_anchor_keeps_quote_and_context():
    a = _anchor()
    assert a.quote == QUOTE
    assert TEXT.endswith(a.suffix + TEXT[a.end + len(a.suffix) :])
    assert a.prefix.endswith("Trần Độ ")


def test_insertion_before_moves_the_anchor():
    a = _anchor()
    for inserted in ("Mới: ", "Một đoạn mở đầu rất dài được thêm vào trước toàn bộ bài viết. " * 5):
        text = inserted + TEXT
        place, found = _found(text, a)
        assert found == QUOTE and not place.orphaned
        assert place.start == a.start + len(inserted)


def test_insertion_after_leaves_it():
    a = _anchor()
    place, found = _found(TEXT + " Thêm câu cuối.", a)
    assert (place.start, found) == (a.start, QUOTE)


def test_insertion_inside_is_a_fuzzy_match():
    a = _anchor()
    text = TEXT.replace("giữ lửa lò", "giữ ngọn lửa lò")
    place, found = _found(text, a)
    assert not place.orphaned and place.how == "fuzzy"
    assert found == "giữ ngọn lửa lò bầu"


def test_deletion_before_and_of_the_passage():
    a = _anchor()
    shorter = TEXT.replace("có lịch sử hơn 500 năm", "cổ")
    place, found = _found(shorter, a)
    assert found == QUOTE and place.start < a.start
    gone = TEXT.replace(" Nghệ nhân Trần Độ giữ lửa lò bầu suốt đời.", "")
    place = relocate(a, gone)
    assert place.orphaned and place.how == "orphaned"
    assert 0 <= place.start <= len(gone)  # kept near where it was, never dropped


def test_restore_finds_an_orphan_again():
    a = _anchor()
    gone = TEXT.replace(QUOTE, "")
    assert relocate(a, gone).orphaned
    place, found = _found(TEXT, a)  # the revision came back
    assert not place.orphaned and (place.start, found) == (a.start, QUOTE)


def test_repeated_quote_follows_its_context():
    text = "Gốm đẹp. Nghệ nhân nói gốm đẹp nhờ men. Khách khen gốm đẹp lắm."
    start = text.index("gốm đẹp nhờ")
    a = anchor_at(text, start, start + len("gốm đẹp"))
    moved = "Mở đầu dài hơn rất nhiều chữ nữa, nói về làng nghề ven sông Hồng. " * 2 + text
    place = relocate(a, moved)
    assert moved[place.start : place.end + 4] == "gốm đẹp nhờ"


def test_nfd_input_is_found_in_nfc_text():
    a = _anchor()
    nfd_text = unicodedata.normalize("NFD", "Thêm. " + TEXT)
    place = relocate(a, nfd_text)
    nfc_text = unicodedata.normalize("NFC", nfd_text)
    assert nfc_text[place.start : place.end] == QUOTE
    nfd_anchor = anchor_at(unicodedata.normalize("NFD", TEXT), 0, 0)
    assert nfd_anchor.suffix == TEXT[:32]  # positions are NFC code points


def test_unrelated_text_does_not_match():
    a = _anchor()
    place = relocate(a, "Hoàn toàn một bài khác về mây tre đan ở Phú Vinh.")
    assert place.orphaned
