"""Read a compiled Qt translation (``.qm``) without Qt, for the headless command line.

The GUI installs the same file with ``QTranslator``; the command line must not pay for (or
depend on) PySide6, so it reads the messages itself: a ``.qm`` file is a 16-byte magic number
and tagged blocks; the messages block holds, per message, its context, source text and
translation(s). Only what lrelease writes for this project is understood; anything else
falls back to the English source text.
"""

from __future__ import annotations

import struct
from pathlib import Path

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8
_HASH, _OBSOLETE1 = 2, 5


class Catalog:
    def __init__(self, messages: dict[tuple[str, str], list[str]] | None = None) -> None:
        self._messages = messages or {}

    @classmethod
    def load(cls, path: Path) -> Catalog:
        """The catalogue in *path*; an empty one if it is missing or unreadable."""
        try:
            data = path.read_bytes()
        except OSError:
            return cls()
        try:
            return cls(_parse(data))
        except (ValueError, struct.error, UnicodeDecodeError):
            return cls()

    def __len__(self) -> int:
        return len(self._messages)

    def translate(self, context: str, text: str, n: int = -1) -> str:
        forms = self._messages.get((context, text))
        if not forms:
            return text
        # Vietnamese has one plural form; lrelease writes one entry per numerus form.
        return forms[min(1, len(forms) - 1)] if n != 1 and len(forms) > 1 else forms[0]


def _parse(data: bytes) -> dict[tuple[str, str], list[str]]:
    if not data.startswith(QM_MAGIC):
        raise ValueError("not a .qm file")
    pos, block = len(QM_MAGIC), b""
    while pos < len(data):
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        if tag == _MESSAGES:
            block = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
    messages: dict[tuple[str, str], list[str]] = {}
    p, context, source, forms = 0, "", "", []
    while p < len(block):
        tag = block[p]
        p += 1
        if tag == _END:
            if source and any(forms):
                messages[(context, source)] = [f for f in forms if f is not None]
            context, source, forms = "", "", []
        elif tag == _TRANSLATION:
            (length,) = struct.unpack_from(">I", block, p)
            p += 4
            if length == 0xFFFFFFFF:
                forms.append(None)
            else:
                forms.append(block[p : p + length].decode("utf-16-be"))
                p += length
        elif tag in (_SOURCE, _CONTEXT, _COMMENT):
            (length,) = struct.unpack_from(">I", block, p)
            p += 4
            value = block[p : p + length].decode("utf-8")
            p += length
            if tag == _SOURCE:
                source = value
            elif tag == _CONTEXT:
                context = value
        elif tag == _HASH:
            p += 4
        elif tag == _OBSOLETE1:
            (length,) = struct.unpack_from(">I", block, p)
            p += 4 + length
        else:
            raise ValueError(f"unknown .qm tag {tag}")
    return messages
