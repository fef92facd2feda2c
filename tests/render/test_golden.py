"""The page's markup, pinned by golden files (readable diffs; LNV_REGEN_GOLDEN=1 rewrites)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markupsafe import Markup

from lnv_editor.render.page import ExportAddresses, PreviewAddresses, render_page
from tests.render.conftest import card, compare_golden, make_page

BODIES = {
    "headings": (
        "## Lò ga thay lò than\n\nĐoạn dưới tiêu đề.\n\n### Giữ “hồn” gốm\n\n"
        "#### Một mục nhỏ\n\nTiêu đề kiểu gạch dưới\n---\n\nĐoạn cuối."
    ),
    "lists": (
        "- Men lam\n- Men rạn\n    - Rạn to\n    - Rạn nhỏ\n- Men nâu\n\n"
        "3. Nhào đất\n4. Tạo dáng\n5. Nung\n\n"
        "- Mục rời thứ nhất\n\n- Mục rời thứ hai\n\n    Đoạn tiếp theo của mục hai."
    ),
    "quotes": (
        '"Khách nước ngoài hỏi kỹ về men" - ông Khải chia sẻ.\n\n'
        "> \"Hàng xuất khẩu nuôi thợ\" - bà Hảo nói.\n>\n> Câu trích thứ hai có chữ 'nghề'.\n\n"
        "Tên gọi 'gốm rạn' và dấu nháy trong Bình Định's -- nối -- dài --- và ba chấm..."
    ),
    "code": (
        'Lệnh `print("xin chào")` giữ nguyên dấu nháy thẳng.\n\n'
        '```\nmen = "lam"\n\nlo = \'ga\'\n```\n\n    thụt lề "cũng vậy"'
    ),
    "figures": "Đoạn trước ảnh.\n\n![](photo:3)\n\n![](photo:4)\n\nĐoạn sau ảnh.",
    "inline_photos": "Trong câu này ![](photo:4) có một ảnh nhỏ, và ![](photo:3) nữa.",
    "links": (
        'Xem [cổng tin](https://lnv.example.vn/tin?a=1&b=2 "Trang chủ"), '
        "viết cho [tòa soạn](mailto:toasoan@lnv.example.vn), địa chỉ <https://lnv.example.vn>.\n\n"
        "Liên kết tham chiếu [Bộ Công Thương][bct] và [không định nghĩa][khong].\n\n"
        "[bct]: https://moit.gov.vn"
    ),
    "tables": (
        "| Năm | Số hộ | Doanh thu |\n|:----|:-----:|----------:|\n"
        "| 2024 | 1.050 | 1.200 tỷ đồng |\n| 2025 | 1.100 | 1.450 tỷ đồng |"
    ),
    "missing_photo": "Ảnh đã bị gỡ:\n\n![](photo:99)\n\nVà trong câu ![](photo:98) cũng vậy.",
    "remote_image": "Ảnh ngoài ![Lò gốm](https://example.com/lo.jpg) chỉ còn chữ.",
}


@pytest.mark.parametrize("name", sorted(BODIES))
def test_body_markup(name):
    page = render_page(make_page(body=BODIES[name]), addresses=PreviewAddresses())
    compare_golden(f"body_{name}.html", page.body_html + "\n")


def test_figures_with_export_addresses_use_relative_media_files():
    addresses = ExportAddresses()
    page = render_page(make_page(body=BODIES["figures"]), addresses=addresses)
    compare_golden("body_figures_export.html", page.body_html + "\n")
    assert [name for _sha, _w, name in addresses.files()] == [
        f"media/{'a' * 64}-800.jpg", f"media/{'a' * 64}-1600.jpg", f"media/{'b' * 64}-800.jpg",
    ]  # fmt: skip


def test_missing_photo_marker_is_the_callers_translation():
    page = render_page(
        make_page(body=BODIES["missing_photo"]),
        addresses=PreviewAddresses(),
        labels={"missing_photo": "Photo {id} is no longer in this story"},
    )
    assert page.missing_photo_ids == [99, 98]
    assert page.photo_ids == []
    assert '<figure class="photo photo-missing" data-photo-id="99">' in page.html
    assert "Photo 99 is no longer in this story" in page.html
    assert "Ảnh 99" not in page.html and "missing]" not in page.html


LEADS = (
    "Các lò gốm đỏ lửa.",
    "LNV - Các lò gốm đỏ lửa.",
    "LNV- Các lò gốm đỏ lửa.",
    "  LNV -Các lò gốm đỏ lửa.",
    "LNV – Các lò gốm đỏ lửa.",
    'lnv - Các lò gốm "đỏ lửa".',
    "LNVN mở rộng thị trường.",
    "",
)


def test_lead_prefix_cases():
    out = []
    for lead in LEADS:
        html = render_page(make_page(lead=lead), addresses=PreviewAddresses()).html
        found = re.findall(r'<p class="article-lead">.*?</p>', html)
        out.append(f"{lead!r}\n{found[0] if found else '(no lead paragraph)'}\n")
    compare_golden("lead_prefix.txt", "\n".join(out))


def _stable(html: str) -> str:
    # The stylesheet has its own file; the page golden pins the markup around it.
    html = re.sub(r"<style>.*?</style>", "<style>(portal.css)</style>", html, flags=re.S)
    return re.sub(r"sha256-[A-Za-z0-9+/=]+", "sha256-(portal.css)", html)


def test_full_page():
    page = make_page(
        body='Đoạn mở đầu.\n\n![](photo:3)\n\n> "Giữ nghề là giữ làng" - ông Khải nói.',
        byline="Theo Minh Thu",
        provinces=("Hà Nội", "Bắc Giang (nay là Bắc Ninh)"),
        related=(card(1), card(2, thumb=False)),
        newer=(card(3), card(4)),
        others=(card(5), card(6, thumb=False)),
        latest=(card(7), card(8)),
        most_read=(card(7), card(8)),
    )
    extra = Markup('<meta property="og:title" content="Gốm Bát Tràng">')
    rendered = render_page(page, addresses=PreviewAddresses(), head_extra=extra)
    compare_golden("page_full.html", _stable(rendered.html))


def test_empty_lists_are_left_out_and_nothing_links_to_hash():
    # A page on its own shows no box with nothing in it, and no link that goes nowhere.
    html = render_page(make_page(), addresses=PreviewAddresses()).html
    assert "Tin liên quan" not in html
    assert "Tin mới hơn" not in html and "Tin khác" not in html and "Xem thêm" not in html
    assert "Mới nhất" not in html and "Đọc nhiều" not in html and "<aside" not in html
    assert 'href="#"' not in html and 'href=""' not in html
    assert "Giao diện di động" in html  # the desktop page's switch to the mobile layout


def test_templates_and_stylesheet_ship_with_the_package():
    import tomllib

    root = Path(__file__).resolve().parents[2]
    patterns = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]["lnv_editor"]
    package = root / "lnv_editor"
    shipped = {p for pattern in patterns for p in package.glob(pattern) if p.is_file()}
    for folder in ("templates", "css"):
        files = list((package / "assets" / folder).iterdir())
        assert files and all(f in shipped for f in files), folder


def test_mobile_layout_is_a_class_or_a_target_on_one_stylesheet():
    from lnv_editor.render.page import stylesheet

    css = stylesheet()
    assert ".layout-mobile .page" in css and ".page:target" in css
    assert "@container page" in css and "@media" in css
    assert "url(" not in css and "@import" not in css and "@font-face" not in css
    html = render_page(make_page(), addresses=PreviewAddresses(), mobile=True).html
    assert '<html lang="vi" class="layout-mobile">' in html
    assert '<div class="page" id="di-dong">' in html and 'href="#di-dong"' in html


def test_the_missing_photo_note_translates_to_the_default_label(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from lnv_editor.render.page import DEFAULT_LABELS, MISSING_PHOTO_NOTE

    root = Path(__file__).resolve().parents[2]
    translator = QTranslator()
    assert translator.load(str(root / "lnv_editor" / "assets" / "i18n" / "lnv_editor_vi.qm"))
    qapp.installTranslator(translator)
    try:
        note = QCoreApplication.translate("Render", MISSING_PHOTO_NOTE)
    finally:
        qapp.removeTranslator(translator)
    assert note == DEFAULT_LABELS["missing_photo"]
