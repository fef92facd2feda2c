"""Waiting on a web page the way a test must: on something the page reports, never a fixed time.

``js`` evaluates in the page (JavaScript calls to one page run in the order they were sent,
so a later call sees everything an earlier one, or the app's own calls, did). ``page_settled``
waits for the document's load to finish with every image loaded or failed (their ``error``
handlers have run by then), then for a painted frame. ``watch_follow`` counts, inside the
preview's own world, each ``lnvFollow`` call, each scroll it asks for and whether a scroll is
still running (``scrollend``), so "the page did not scroll" is read off the page, not assumed
after a pause.
"""

from __future__ import annotations

import itertools
import json

from PySide6.QtWebEngineCore import QWebEngineScript
from pytestqt.exceptions import TimeoutError  # noqa: A004 - what waitUntil raises

APP = QWebEngineScript.ScriptWorldId.ApplicationWorld
MAIN = QWebEngineScript.ScriptWorldId.MainWorld
_tokens = itertools.count(1)


def js(qtbot, view, code: str, world=APP, timeout=5000):
    """Evaluate *code* in the page (as JSON, so any value comes back intact). None if the
    page gave no answer (a script sent while a new document loads is dropped)."""
    box = []
    view.page().runJavaScript(f"JSON.stringify({code})", world, box.append)
    try:
        qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    except TimeoutError:
        return None
    return json.loads(box[0]) if box[0] else None


def next_frame(qtbot, view, world=APP, timeout=5000) -> None:
    """Wait until the page has produced two more animation frames (laid out and painted)."""
    token = next(_tokens)
    js(
        qtbot,
        view,
        f"requestAnimationFrame(() => requestAnimationFrame(() => {{ window.__frame = {token}; }}))",
        world,
    )
    qtbot.waitUntil(
        lambda: js(qtbot, view, "window.__frame", world, 1000) == token, timeout=timeout
    )


def page_settled(qtbot, view, world=APP, timeout=10000) -> None:
    """The document and every image in it finished loading (or failed), and a frame followed."""
    qtbot.waitUntil(
        lambda: (
            js(
                qtbot,
                view,
                "document.readyState === 'complete' && [...document.images].every(i => i.complete)",
                world,
                1000,
            )
            is True
        ),
        timeout=timeout,
    )
    next_frame(qtbot, view, world)


WATCH = """(() => {
  if (window.__watch) return true;
  const w = window.__watch = {follows: 0, line: null, intoView: 0, scrolling: false, scrolls: 0};
  const follow = window.lnvFollow;
  window.lnvFollow = function (line) { w.follows++; w.line = line; return follow(line); };
  const intoView = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = function (...args) {
    w.intoView++; w.scrolling = true; return intoView.apply(this, args);
  };
  window.addEventListener('scroll', () => { w.scrolls++; w.scrolling = true; });
  window.addEventListener('scrollend', () => { w.scrolling = false; });
  return true;
})()"""


def watch_follow(qtbot, view) -> None:
    """Count the preview's follow calls and scrolls from now on (until the page reloads)."""
    assert js(qtbot, view, WATCH) is True


def watched(qtbot, view) -> dict:
    return js(qtbot, view, "window.__watch")


def scroll_at_rest(qtbot, view, timeout=5000) -> None:
    """Wait until no scroll is running (the last one reached its ``scrollend``)."""
    qtbot.waitUntil(lambda: watched(qtbot, view)["scrolling"] is False, timeout=timeout)
