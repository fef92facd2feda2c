"""The byline, section and status row never lets a field cover a label, at any width."""

from __future__ import annotations

from lnv_editor.gui.editor.meta_row import MetaRow


def test_no_field_covers_a_label_at_any_width(qtbot, make_window):
    window = make_window()
    window.actions["new"].trigger()
    window.editor.byline_edit.setText("Nguyễn Thị Thanh Hà")
    row = window.editor.findChild(MetaRow)
    seen = set()
    for width in range(900, 2000, 20):
        window.resize(width, 800)
        qtbot.waitUntil(lambda w=width: window.width() >= min(w, window.minimumWidth()))
        qtbot.wait(1)
        seen.add(row.two_rows)
        for label in row.labels:
            if not label.isVisible():
                continue
            shown = label.geometry()
            assert shown.width() >= label.sizeHint().width(), (width, label.text())
            for other in row.fields:
                assert not other.geometry().intersects(shown), (width, label.text(), other)
    assert seen == {True, False}  # both layouts were met on the way
