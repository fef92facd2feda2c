"""Province tags stay readable in every state: selected, focused, hovered; light and dark."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QAccessible, QColor, QImage, QPainter, QPalette, QUndoStack
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from lnv_editor.gui.places.widgets import ChipList, contrast_ratio

NAMES = ["Thanh Hóa", "Huế", "Bắc Giang → Bắc Ninh"]


contrast = contrast_ratio  # WCAG ratio, the same rule the delegate uses


def dark_palette() -> QPalette:
    pal = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Highlight, "#2a82da"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.Mid, "#555555"),
    ):
        pal.setColor(role, QColor(color))
    return pal


def readable_pixels(image: QImage, rect) -> tuple[QColor, int]:
    """The chip's fill (its commonest colour inside) and how many pixels contrast with it
    at 4.5:1 or more (the glyphs of its name)."""
    colors = Counter(
        image.pixel(x, y)
        for x in range(rect.left() + 3, rect.right() - 2)
        for y in range(rect.top() + 2, rect.bottom() - 1)
    )
    fill = QColor.fromRgb(colors.most_common(1)[0][0])
    readable = sum(n for rgb, n in colors.items() if contrast(QColor.fromRgb(rgb), fill) >= 4.5)
    return fill, readable


@pytest.fixture(params=["light", "dark"])
def chip_list(qtbot, request):
    holder = QWidget()
    qtbot.addWidget(holder)
    chips = ChipList(holder, QUndoStack(holder), "provinceList")
    if request.param == "dark":
        holder.setPalette(dark_palette())
    chips.resize(320, 90)
    for name in NAMES:
        chips.addItem(name)
    holder.resize(320, 90)
    holder.show()
    qtbot.waitExposed(holder)
    yield chips
    holder.close()


@pytest.mark.parametrize("row", [0, 1, 2])
def test_selected_and_focused_tag_name_stays_readable(qtbot, chip_list, row):
    chip_list.setCurrentRow(row)  # as after adding a tag: the new one is selected
    for focused in (False, True):
        if focused:
            chip_list.setFocus()
            qtbot.waitUntil(chip_list.hasFocus, timeout=2000)
        image = chip_list.viewport().grab().toImage()
        rect = chip_list.visualItemRect(chip_list.item(row))
        fill, readable = readable_pixels(image, rect)
        assert readable >= 15, (
            f"tag {NAMES[row]!r} (focused={focused}) has no readable name on {fill.name()}"
        )


@pytest.mark.parametrize(
    "flags",
    [
        QStyle.StateFlag.State_None,
        QStyle.StateFlag.State_Selected,
        QStyle.StateFlag.State_MouseOver,
        QStyle.StateFlag.State_HasFocus,
        QStyle.StateFlag.State_Selected
        | QStyle.StateFlag.State_HasFocus
        | QStyle.StateFlag.State_MouseOver,
    ],
)
def test_every_state_paints_the_name_with_contrast(chip_list, flags):
    index = chip_list.model().index(2, 0)
    option = QStyleOptionViewItem()
    chip_list.initViewItemOption(option)
    delegate = chip_list.itemDelegate()
    size = delegate.sizeHint(option, index)
    option.rect = option.rect.__class__(0, 0, size.width(), size.height())
    option.state |= QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active | flags
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(chip_list.palette().color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    fill, readable = readable_pixels(image, option.rect)
    assert readable >= 15, f"state {flags}: the name is not readable on {fill.name()}"
    # The whole name fits: the chip is as wide as the text plus its padding.
    assert size.width() >= chip_list.fontMetrics().horizontalAdvance(NAMES[2])


def test_screen_readers_get_each_tag_name(chip_list):
    chip_list.setCurrentRow(1)
    iface = QAccessible.queryAccessibleInterface(chip_list)
    names = []
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child.role() == QAccessible.Role.ListItem:
            names.append(child.text(QAccessible.Text.Name))
    assert names == NAMES
    assert chip_list.item(1).isSelected() and chip_list.currentItem().text() == "Huế"
