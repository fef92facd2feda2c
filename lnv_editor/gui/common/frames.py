"""When work that a keystroke sets going may start: after the key's own frame is on screen.

A key is drawn by the GUI thread (the editor's paint), then flushed to the window system,
which draws it (the X server here). Work started at the end of the paint (the preview's
render, a due autosave) took the interpreter and the cores from that flush: the keystroke
to pixels p95 at 20,000 words with the preview open was 7.1–7.8 ms starting at once and
5.4–5.9 ms starting ``AFTER_FRAME_MS`` later (bench_typing_echo.py --trace, quiet machine,
2026-12-04), with the next key of a fast typist still 60 ms or more away.
"""

from __future__ import annotations

AFTER_FRAME_MS = 8
