"""Illustrations for the demo store, drawn with Pillow when ``lnv-editor demo`` runs.

Simple scenes of craft-village work (a kiln, blue-and-white vases, woven bamboo, brocade,
conical hats, paper flowers, drying racks, a forge, lacquer) with a small title, so the
demo looks like the portal without shipping anyone's photographs. Deterministic: the same
scene and seed give the same pixels, hence the same SHA-256, so a second run finds every
photo already in the media store.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

_FONTS = (
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "C:/Windows/Fonts/arialbd.ttf",
    "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
)
RGB = tuple[int, int, int]


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    for path in _FONTS:
        if Path(path).is_file():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def _gradient(size: tuple[int, int], top: RGB, bottom: RGB) -> Image.Image:
    ramp = Image.linear_gradient("L").resize(size)
    return ImageOps.colorize(ramp, top, bottom).convert("RGB")


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _kiln(im: Image.Image, rng: random.Random) -> None:
    w, h = im.size
    im.paste(_gradient((w, h), (44, 62, 102), (236, 150, 90)))
    d = ImageDraw.Draw(im)
    ground = int(h * 0.72)
    d.rectangle((0, ground, w, h), fill=(96, 62, 40))
    cx, top = int(w * 0.42), int(h * 0.3)
    d.pieslice(
        (cx - w * 0.26, top, cx + w * 0.26, ground + (ground - top)), 180, 360, fill=(150, 70, 46)
    )
    for row in range(8):  # brick courses
        y = top + (ground - top) * (row + 1) / 9
        d.line((cx - w * 0.26, y, cx + w * 0.26, y), fill=(120, 55, 38), width=max(1, w // 400))
    d.chord(
        (cx - w * 0.07, ground - h * 0.2, cx + w * 0.07, ground + h * 0.2),
        180,
        360,
        fill=(255, 170, 40),
    )
    d.chord(
        (cx - w * 0.045, ground - h * 0.13, cx + w * 0.045, ground + h * 0.13),
        180,
        360,
        fill=(255, 230, 120),
    )
    chim = (cx + w * 0.16, top - h * 0.12, cx + w * 0.21, top + h * 0.12)
    d.rectangle(chim, fill=(110, 50, 36))
    for k in range(6):  # smoke
        r = w * (0.02 + 0.012 * k)
        x, y = chim[0] + w * 0.025 + k * w * 0.03, chim[1] - k * h * 0.05
        d.ellipse((x - r, y - r, x + r, y + r), fill=_mix((200, 190, 190), (236, 150, 90), k / 8))
    for k in range(7):  # pots drying in the yard
        x = w * 0.7 + (k % 4) * w * 0.07
        y = ground + h * 0.05 + (k // 4) * h * 0.1
        d.ellipse(
            (x, y, x + w * 0.055, y + h * 0.09),
            fill=_mix((170, 90, 50), (210, 140, 90), rng.random()),
        )


def _vases(im: Image.Image, rng: random.Random) -> None:
    w, h = im.size
    im.paste(_gradient((w, h), (238, 230, 214), (205, 190, 165)))
    d = ImageDraw.Draw(im)
    shelf = int(h * 0.78)
    d.rectangle((0, shelf, w, h), fill=(120, 82, 52))
    d.rectangle((0, shelf, w, shelf + h * 0.02), fill=(150, 105, 70))
    count = 5
    for k in range(count):
        vw = w / (count + 1) * (0.7 + 0.2 * rng.random())
        cx = w * (k + 1) / (count + 1)
        vh = h * (0.4 + 0.18 * rng.random())
        body = (cx - vw / 2, shelf - vh * 0.75, cx + vw / 2, shelf)
        d.ellipse(body, fill=(246, 246, 242), outline=(40, 70, 140), width=max(2, w // 300))
        neck = (cx - vw * 0.15, shelf - vh, cx + vw * 0.15, shelf - vh * 0.6)
        d.rectangle(neck, fill=(246, 246, 242), outline=(40, 70, 140), width=max(2, w // 300))
        for ring in range(3):  # blue glaze bands
            y = shelf - vh * (0.18 + 0.2 * ring)
            d.line(
                (cx - vw * 0.42, y, cx + vw * 0.42, y), fill=(30, 60, 150), width=max(2, w // 160)
            )
        for leaf in range(5):
            a = leaf / 5 * math.pi
            x = cx + math.cos(a) * vw * 0.25
            y = shelf - vh * 0.45 + math.sin(a) * vh * 0.06
            d.ellipse(
                (x - w * 0.01, y - h * 0.015, x + w * 0.01, y + h * 0.015), fill=(50, 90, 170)
            )


def _bowls(im: Image.Image, rng: random.Random) -> None:
    w, h = im.size
    im.paste((150, 104, 66), (0, 0, w, h))
    d = ImageDraw.Draw(im)
    for y in range(0, h, max(6, h // 60)):  # wood grain
        d.line((0, y, w, y + rng.randint(-4, 4)), fill=(135, 92, 58), width=2)
    glazes = [(40, 80, 150), (90, 130, 90), (180, 120, 60), (230, 225, 210), (120, 40, 40)]
    step = w / 5
    for row in range(3):
        for col in range(5):
            r = step * (0.34 + 0.06 * rng.random())
            cx = step * (col + 0.5) + (step * 0.25 if row % 2 else 0)
            cy = h * (0.2 + 0.3 * row)
            glaze = glazes[(row * 5 + col) % len(glazes)]
            d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=_mix(glaze, (255, 255, 255), 0.15))
            d.ellipse((cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7), fill=glaze)
            d.ellipse(
                (cx - r * 0.3, cy - r * 0.3, cx + r * 0.3, cy + r * 0.3),
                fill=_mix(glaze, (0, 0, 0), 0.25),
            )


def _weave(
    im: Image.Image, rng: random.Random, light: RGB = (222, 190, 120), dark: RGB = (170, 130, 70)
) -> None:
    w, h = im.size
    d = ImageDraw.Draw(im)
    cell = max(24, w // 22)
    for y in range(0, h + cell, cell):
        for x in range(0, w + cell, cell):
            over = ((x // cell) + (y // cell)) % 2 == 0
            box = (x, y, x + cell, y + cell)
            d.rectangle(box, fill=light if over else dark)
            if over:
                d.line(
                    (x + 3, y + cell // 2, x + cell - 3, y + cell // 2),
                    fill=_mix(light, dark, 0.4),
                    width=2,
                )
            else:
                d.line(
                    (x + cell // 2, y + 3, x + cell // 2, y + cell - 3),
                    fill=_mix(dark, light, 0.3),
                    width=2,
                )
    im.paste(im.filter(ImageFilter.GaussianBlur(1)))


def _brocade(im: Image.Image, rng: random.Random) -> None:
    w, h = im.size
    d = ImageDraw.Draw(im)
    colors = [(26, 26, 30), (170, 30, 40), (235, 190, 60), (30, 90, 80), (240, 236, 225)]
    y, band = 0, 0
    while y < h:
        bh = rng.choice((h // 14, h // 9, h // 20))
        color = colors[band % len(colors)]
        d.rectangle((0, y, w, y + bh), fill=color)
        if bh >= h // 14:  # a row of diamonds on the wider bands
            accent = colors[(band + 2) % len(colors)]
            size = bh * 0.4
            for x in range(0, w + bh, bh):
                cx, cy = x + bh / 2, y + bh / 2
                d.polygon(
                    [(cx, cy - size), (cx + size, cy), (cx, cy + size), (cx - size, cy)],
                    fill=accent,
                )
        y += bh
        band += 1


def _hats(im: Image.Image, rng: random.Random) -> None:
    w, h = im.size
    im.paste(_gradient((w, h), (150, 200, 235), (235, 240, 230)))
    d = ImageDraw.Draw(im)
    d.rectangle((0, int(h * 0.75), w, h), fill=(110, 150, 80))
    for row in range(2):
        for k in range(6):
            cx = w * (k + 0.5 + 0.5 * row) / 6
            base = h * (0.58 + 0.22 * row)
            half = w * 0.075
            d.polygon(
                [(cx - half, base), (cx + half, base), (cx, base - h * 0.26)],
                fill=(236, 222, 180),
                outline=(190, 170, 120),
            )
            for ring in range(1, 5):
                t = ring / 5
                d.line(
                    (
                        cx - half * t,
                        base - h * 0.26 * (1 - t),
                        cx + half * t,
                        base - h * 0.26 * (1 - t),
                    ),
                    fill=(205, 185, 135),
                    width=2,
                )


def _flowers(im: Image.Image, rng: random.Random) -> None:
    w, h = im.size
    im.paste(_gradient((w, h), (255, 246, 232), (250, 225, 215)))
    d = ImageDraw.Draw(im)
    palette = [(230, 70, 110), (250, 160, 40), (150, 70, 170), (240, 110, 80), (60, 150, 200)]
    for _ in range(16):
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        r = rng.uniform(w * 0.04, w * 0.09)
        color = rng.choice(palette)
        for petal in range(8):
            a = petal / 8 * 2 * math.pi
            px, py = cx + math.cos(a) * r * 0.6, cy + math.sin(a) * r * 0.6
            d.ellipse(
                (px - r * 0.45, py - r * 0.45, px + r * 0.45, py + r * 0.45),
                fill=_mix(color, (255, 255, 255), 0.2),
            )
        d.ellipse((cx - r * 0.35, cy - r * 0.35, cx + r * 0.35, cy + r * 0.35), fill=(250, 220, 90))


def _racks(im: Image.Image, rng: random.Random, rounds: bool = True) -> None:
    w, h = im.size
    im.paste(_gradient((w, h), (250, 220, 150), (240, 240, 230)))
    d = ImageDraw.Draw(im)
    for row in range(3):
        y0, y1 = h * (0.1 + 0.3 * row), h * (0.34 + 0.3 * row)
        d.rectangle((w * 0.04, y0, w * 0.96, y1), fill=(180, 140, 80))
        for k in range(7):
            x = w * (0.09 + 0.13 * k)
            if rounds:  # rice paper on the bamboo racks
                r = (y1 - y0) * 0.42
                d.ellipse(
                    (x, (y0 + y1) / 2 - r, x + 2 * r, (y0 + y1) / 2 + r),
                    fill=(248, 244, 232),
                    outline=(220, 210, 190),
                )
            else:  # bundles of noodles hung to dry
                for s in range(9):
                    d.line(
                        (x + s * 4, y0 + 4, x + s * 4 + rng.randint(-3, 3), y1 - 4),
                        fill=(245, 235, 205),
                        width=3,
                    )


def _forge(im: Image.Image, rng: random.Random) -> None:
    w, h = im.size
    im.paste(_gradient((w, h), (30, 26, 30), (70, 45, 35)))
    d = ImageDraw.Draw(im)
    d.ellipse((w * 0.1, h * 0.55, w * 0.45, h * 0.95), fill=(255, 120, 30))
    d.ellipse((w * 0.18, h * 0.62, w * 0.37, h * 0.88), fill=(255, 210, 90))
    d.polygon(
        [(w * 0.5, h * 0.6), (w * 0.85, h * 0.6), (w * 0.8, h * 0.68), (w * 0.55, h * 0.68)],
        fill=(70, 70, 78),
    )
    d.rectangle((w * 0.6, h * 0.68, w * 0.75, h * 0.9), fill=(55, 55, 62))
    d.rectangle((w * 0.55, h * 0.57, w * 0.72, h * 0.6), fill=(255, 140, 40))
    for _ in range(60):  # sparks
        x, y = w * 0.63 + rng.gauss(0, w * 0.08), h * 0.5 + rng.gauss(0, h * 0.12)
        d.ellipse((x, y, x + 4, y + 4), fill=(255, rng.randint(170, 240), 80))


def _lacquer(im: Image.Image, rng: random.Random) -> None:
    w, h = im.size
    im.paste((24, 18, 16), (0, 0, w, h))
    d = ImageDraw.Draw(im)
    d.rectangle(
        (w * 0.05, h * 0.07, w * 0.95, h * 0.93), outline=(190, 150, 60), width=max(3, w // 200)
    )
    for _ in range(9):
        cx, cy, r = (
            rng.uniform(w * 0.15, w * 0.85),
            rng.uniform(h * 0.2, h * 0.8),
            rng.uniform(w * 0.03, w * 0.08),
        )
        d.ellipse(
            (cx - r, cy - r, cx + r, cy + r),
            fill=rng.choice([(170, 30, 30), (210, 170, 70), (236, 226, 200)]),
        )
    for k in range(5):  # a stylised river of gold leaf
        y = h * (0.3 + 0.1 * k)
        d.arc(
            (w * 0.1, y, w * 0.9, y + h * 0.2),
            200,
            340,
            fill=(210, 170, 70),
            width=max(2, w // 300),
        )


def _wood(im: Image.Image, rng: random.Random) -> None:
    w, h = im.size
    d = ImageDraw.Draw(im)
    planks = 6
    for k in range(planks):
        y0, y1 = h * k / planks, h * (k + 1) / planks
        base = _mix((120, 70, 40), (190, 130, 80), rng.random())
        d.rectangle((0, y0, w, y1), fill=base)
        for g in range(12):
            y = y0 + (y1 - y0) * (g + 0.5) / 12
            d.line(
                [(x, y + 3 * math.sin(x / 60 + g)) for x in range(0, w + 20, 20)],
                fill=_mix(base, (60, 35, 20), 0.3),
                width=2,
            )
        d.line((0, y1, w, y1), fill=(50, 30, 20), width=3)
        cx = rng.uniform(w * 0.2, w * 0.8)
        d.ellipse(
            (cx - 20, (y0 + y1) / 2 - 10, cx + 20, (y0 + y1) / 2 + 10),
            outline=(70, 40, 25),
            width=3,
        )


SCENES: dict[str, Callable[[Image.Image, random.Random], None]] = {
    "kiln": _kiln,
    "vases": _vases,
    "bowls": _bowls,
    "bamboo": _weave,
    "sedge": lambda im, rng: _weave(im, rng, (200, 200, 120), (120, 140, 70)),
    "brocade": _brocade,
    "hats": _hats,
    "flowers": _flowers,
    "rice-paper": _racks,
    "noodles": lambda im, rng: _racks(im, rng, rounds=False),
    "forge": _forge,
    "lacquer": _lacquer,
    "wood": _wood,
}


def draw_scene(scene: str, size: tuple[int, int], title: str, seed: int = 0) -> Image.Image:
    """One illustration: the *scene* drawn at *size*, with *title* in a band at the bottom."""
    im = Image.new("RGB", size, (255, 255, 255))
    SCENES[scene](im, random.Random(f"{scene}:{seed}"))
    w, h = size
    font = _font(max(12, h // 22))
    band = Image.new("RGBA", size, (0, 0, 0, 0))
    d = ImageDraw.Draw(band)
    left, top, right, bottom = d.textbbox((0, 0), title, font=font)
    pad = max(6, h // 60)
    box = (pad, h - (bottom - top) - 3 * pad, pad + (right - left) + 2 * pad, h - pad)
    d.rectangle(box, fill=(0, 0, 0, 140))
    d.text((box[0] + pad - left, box[1] + pad - top), title, font=font, fill=(255, 255, 255, 235))
    return Image.alpha_composite(im.convert("RGBA"), band).convert("RGB")


def _gps_exif(lat: float, lon: float) -> Image.Exif:
    def dms(value: float) -> tuple[float, float, float]:
        value = abs(value)
        degrees = int(value)
        minutes = int((value - degrees) * 60)
        return (float(degrees), float(minutes), round((value - degrees - minutes / 60) * 3600, 2))

    exif = Image.Exif()
    exif[0x010F] = "LNV demo"  # Make
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N" if lat >= 0 else "S", 2: dms(lat), 3: "E" if lon >= 0 else "W", 4: dms(lon)})
    return exif


def save_demo_photo(
    path: Path,
    scene: str,
    size: tuple[int, int],
    title: str,
    *,
    seed: int = 0,
    gps: tuple[float, float] | None = None,
) -> Path:
    """Draw a scene and save it as a JPEG at *path*, with a GPS position in its EXIF if
    *gps* is given (renditions strip it: the demo shows that they do)."""
    image = draw_scene(scene, size, title, seed)
    options: dict[str, object] = {"quality": 88}
    if gps is not None:
        options["exif"] = _gps_exif(*gps)
    image.save(path, "JPEG", **options)
    return path
