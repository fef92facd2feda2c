"""Shared by the benchmarks that watch a real X screen: their own Xvfb server, what they need."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import time
from pathlib import Path


def missing() -> str | None:
    """What to install before a benchmark can run under Xvfb, or None."""
    if importlib.util.find_spec("Xlib") is None:
        return "needs python-xlib: pip install -e '.[bench]' (or make bench)"
    if not shutil.which("Xvfb"):
        return "needs Xvfb (Debian: apt-get install xvfb)"
    return None


def start_xvfb(width: int, height: int) -> tuple[subprocess.Popen, str]:
    """An Xvfb server of its own (a free display number, 24-bit screen *width* x *height*):
    (the process, its DISPLAY). Terminate the process when done."""
    for n in range(91, 120):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            display = f":{n}"
            server = subprocess.Popen(
                ["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(100):
                if Path(f"/tmp/.X11-unix/X{n}").exists():
                    return server, display
                time.sleep(0.05)
            server.kill()
    raise SystemExit("could not start Xvfb")


def x_env(environ: dict, display: str, **extra: str) -> dict:
    """*environ* for a Qt app on *display* through the xcb platform (plus *extra*)."""
    env = dict(environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", **extra)
    env.pop("QT_QPA_PLATFORM_PLUGIN_PATH", None)
    return env
