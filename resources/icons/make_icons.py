"""Draw the app icon with Pillow at every size the desktops ask for, plus the Windows .ico.

Run from the project root: ``.venv/bin/python resources/icons/make_icons.py``. The SVG master
(hicolor/scalable/apps/vn.lnv.editor.svg) is the same drawing on a 512-unit grid; keep the
two in step. The icon: a terracotta tile (the craft villages' pottery) carrying a cream page
with a headline bar and text lines, and a green pen stroke crossing its corner.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
TILE, PAGE, INK, PEN, PEN_TIP = "#b4532a", "#fdf6e9", "#3a2a20", "#2e7d4f", "#1b4d30"
APP_ID = "vn.lnv.editor"


def draw(size: int) -> Image.Image:
    """The icon at *size* px, drawn 4× larger and scaled down for clean edges."""
    s = size * 4
    u = s / 512  # one unit of the 512-unit SVG grid
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((16 * u, 16 * u, 496 * u, 496 * u), radius=96 * u, fill=TILE)
    d.rounded_rectangle((112 * u, 80 * u, 400 * u, 432 * u), radius=20 * u, fill=PAGE)
    small = size <= 24  # below 32 px, fewer and thicker lines, or they blur into grey
    d.rectangle((152 * u, 124 * u, 360 * u, (172 if small else 160) * u), fill=TILE)
    lines = (224, 296) if small else (200, 244, 288, 332, 376)
    thickness = 36 if small else 18
    for i, y in enumerate(lines):
        right = 360 if i < len(lines) - 1 else 280
        d.rectangle((152 * u, y * u, right * u, (y + thickness) * u), fill=INK)
    if not small:
        # The pen: a rotated bar from the lower right corner up over the page.
        d.line((300 * u, 412 * u, 452 * u, 260 * u), fill=PEN, width=int(44 * u))
        d.polygon([(284 * u, 396 * u), (316 * u, 428 * u), (266 * u, 446 * u)], fill=PEN_TIP)
    return img.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    images = {}
    for size in SIZES:
        out = HERE / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        images[size] = draw(size)
        images[size].save(out, optimize=True)
    images[256].save(HERE / "lnv-editor.ico", sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
    runtime = HERE.parents[1] / "lnv_editor" / "assets" / "icons"
    runtime.mkdir(parents=True, exist_ok=True)
    images[256].save(runtime / f"{APP_ID}.png", optimize=True)  # the window icon at run time


if __name__ == "__main__":
    main()
