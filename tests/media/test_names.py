"""Original file names are kept for display only, NFC and free of path and Windows traps."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lnv_editor.media import safe_display_name
from lnv_editor.media.names import MAX_NAME_BYTES


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ảnh.jpg", "ảnh.jpg"),
        (unicodedata.normalize("NFD", "Làng gốm Bát Tràng.jpg"), "Làng gốm Bát Tràng.jpg"),
        ("../../etc/passwd.jpg", "passwd.jpg"),
        ("..\\..\\Windows\\evil.jpg", "evil.jpg"),
        ("CON.jpg", "_CON.jpg"),
        ("con.tar.jpg", "_con.tar.jpg"),
        ("LPT1", "_LPT1"),
        ("COM¹.png", "_COM¹.png"),
        ("CONSOLE.jpg", "CONSOLE.jpg"),
        ('a<b>c:d"e|f?g*h.jpg', "a_b_c_d_e_f_g_h.jpg"),
        ("photo\u202egpj.exe", "photogpj.exe"),
        ("line\nbreak\t.jpg", "linebreak.jpg"),
        ("  spaced   out  .jpg", "spaced out.jpg"),
        ("trailing dots...", "trailing dots"),
        (".hidden.jpg", "hidden.jpg"),
        ("..", "photo"),
        ("", "photo"),
        ("\u200b.jpg", "jpg"),
    ],
)
def test_safe_display_name(raw, expected):
    assert safe_display_name(raw) == expected


def test_long_names_keep_their_extension():
    name = safe_display_name("ả" * 300 + ".jpeg")
    assert name.endswith(".jpeg")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES


@given(st.text(max_size=400))
def test_any_name_becomes_one_safe_component(raw):
    name = safe_display_name(raw)
    assert name
    assert unicodedata.is_normalized("NFC", name)
    assert not set(name) & set('/\\<>:"|?*')
    assert all(unicodedata.category(ch) not in ("Cc", "Cf") for ch in name)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name not in (".", "..") and not name.startswith(".")
    assert not name.endswith((".", " "))
    assert name.split(".")[0].upper() not in ("CON", "PRN", "AUX", "NUL")
    assert safe_display_name(name) == name
