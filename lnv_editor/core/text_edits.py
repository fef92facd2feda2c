"""Where an edit changed a text: what its old and new versions share at their start and at
their end, found by comparing slices of characters (C) rather than one character at a time.

A keystroke in a 20,000-word body changes one character of 130,000: the preview's block
split, the comment marks that follow the text and the spelling underlines of the paragraph
being typed all need only the edited stretch.
"""

from __future__ import annotations


def shared_start(a: str, b: str, limit: int | None = None) -> int:
    """How many characters *a* and *b* share at their start, at most *limit*: slices of
    4,096 characters compared while they match, then halved down to one."""
    limit = min(len(a), len(b)) if limit is None else limit
    n, step = 0, 4096
    while step:
        while n + step <= limit and a[n : n + step] == b[n : n + step]:
            n += step
        step //= 2
    return n


def shared_end(a: str, b: str, limit: int | None = None) -> int:
    """How many characters *a* and *b* share at their end, at most *limit*."""
    la, lb = len(a), len(b)
    limit = min(la, lb) if limit is None else limit
    n, step = 0, 4096
    while step:
        while n + step <= limit and a[la - n - step : la - n] == b[lb - n - step : lb - n]:
            n += step
        step //= 2
    return n


def edited_span(old: str, new: str) -> tuple[int, int, int]:
    """(start, old_end, new_end): *new* is *old* with ``old[start:old_end]`` replaced by
    ``new[start:new_end]``, the shortest such stretch (no character counted in both the
    shared start and the shared end)."""
    head = shared_start(old, new)
    tail = shared_end(old, new, min(len(old), len(new)) - head)
    return head, len(old) - tail, len(new) - tail
