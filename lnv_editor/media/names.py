"""A photo's original file name, made safe to show and to reuse as a file name anywhere.

Photos are stored by content hash, so a name never chooses where bytes land; it is kept only to
show the reporter which file a photo came from, and an export may write it back out. So the
name must read the same on every system (macOS hands us decomposed NFD Vietnamese, Windows
and Linux usually NFC), carry nothing that can redirect a path or reorder text on screen, and
be a legal file name on Windows too.
"""

from __future__ import annotations

import re
import unicodedata

# Windows refuses these as a file's stem whatever the extension ("CON.jpg" opens the console);
# the superscript-digit variants are reserved too.
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{dev}{n}" for dev in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")
}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_SPACES = re.compile(r"\s+")
MAX_NAME_BYTES = 255  # the common limit of ext4, NTFS and APFS
FALLBACK_NAME = "photo"


def _visible(ch: str) -> bool:
    # Cc: control characters; Cf: format characters such as the right-to-left override, which
    # can make "gpj.exe" display as "exe.jpg"; Zl/Zp: line breaks that would split a list row.
    return unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp")


def _split_ext(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > 10:
        return name, ""
    return stem, "." + ext


def _truncate(text: str, max_bytes: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    return encoded[:max_bytes].decode("utf-8", errors="ignore")


def safe_display_name(name: str) -> str:
    """The base name of *name* in NFC, without path parts, control characters or Windows traps.

    Both ``/`` and ``\\`` count as separators, because a name that arrives from another system
    (a zip, a phone) may use either. Never empty.
    """
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[/\\]", name)[-1]
    name = "".join(ch for ch in name if _visible(ch))
    name = _FORBIDDEN.sub("_", name)
    name = _SPACES.sub(" ", name).strip()
    # Leading dots hide a file on Unix; trailing dots and spaces are dropped silently by Windows.
    name = name.lstrip(".").rstrip(". ")
    stem, ext = _split_ext(name)
    if stem.split(".")[0].rstrip(" ").upper() in _RESERVED:
        stem = "_" + stem
    stem = _truncate(stem, MAX_NAME_BYTES - len(ext.encode("utf-8"))).rstrip(". ")
    name = stem + ext
    return name if stem else FALLBACK_NAME + ext
