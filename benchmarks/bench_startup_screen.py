"""Start-up as a person sees it: the whole screen, watched from exec until it stops moving.

Runs the real app under its own Xvfb server (1280x800, or ``--size``) and grabs the root window over the X
protocol (python-xlib, XGetImage) as fast as it can, ~10-30 ms a frame. Prints, median of
the counted runs:

- first frame: the first grab that differs from the empty screen (the window is there);
- settled: the last grab that changed more than a caret blink (a change inside a box at most
  4 px wide and 40 px tall) before 3 s of stillness. Between the two the window is moving:
  what a reporter who clicks or types at that moment hits.

Every run closes the window as a user would (WM_DELETE_WINDOW), so the next start has the
layout the last one saved, as it does for a reporter; the first, uncounted, run starts from
no saved layout at all. Targets (issue 16): settled <= 0.8 s on the demo store and <= 1.0 s
on 100,000 articles. Peer: ReText's figure is printed beside ours when `retext` is installed.

    python bench_startup_screen.py [--runs 5] [--large]      (needs Xvfb and python-xlib)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, synthetic_store
from _xvfb import missing, start_xvfb, x_env

WIDTH, HEIGHT = 1280, 800
STILL_S = 3.0
LIMIT_S = 20.0
CARET_W, CARET_H = 4, 40


class Screen:
    def __init__(self, display_name: str) -> None:
        from Xlib import X, display

        self.X = X
        self.display = display.Display(display_name)
        self.root = self.display.screen().root

    def grab(self) -> bytes:
        image = self.root.get_image(0, 0, WIDTH, HEIGHT, self.X.ZPixmap, 0xFFFFFFFF)
        return image.data

    def close_app_windows(self) -> bool:
        """WM_DELETE_WINDOW to every top-level window that speaks it, as a window manager's
        close button does. Returns whether there was one."""
        from Xlib import protocol

        wm_protocols = self.display.intern_atom("WM_PROTOCOLS")
        wm_delete = self.display.intern_atom("WM_DELETE_WINDOW")
        sent = False
        for window in self.root.query_tree().children:
            try:
                protocols = window.get_wm_protocols() or []
                mapped = window.get_attributes().map_state == self.X.IsViewable
            except Exception:  # noqa: BLE001 - a window that went away meanwhile
                continue
            if wm_delete in protocols and mapped:
                event = protocol.event.ClientMessage(
                    window=window, client_type=wm_protocols, data=(32, [wm_delete, 0, 0, 0, 0])
                )
                window.send_event(event)
                sent = True
        self.display.flush()
        return sent


def changed_box(a: bytes, b: bytes) -> tuple[int, int] | None:
    """Width and height of the box holding every pixel that differs, or None if none."""
    stride = WIDTH * 4
    rows = [
        y
        for y in range(HEIGHT)
        if a[y * stride : (y + 1) * stride] != b[y * stride : (y + 1) * stride]
    ]
    if not rows:
        return None
    left, right = WIDTH, -1
    for y in rows:
        ra, rb = a[y * stride : (y + 1) * stride], b[y * stride : (y + 1) * stride]
        x0 = 0
        while ra[x0 * 4 : x0 * 4 + 64] == rb[x0 * 4 : x0 * 4 + 64]:
            x0 += 16
        x1 = WIDTH
        while ra[(x1 - 16) * 4 : x1 * 4] == rb[(x1 - 16) * 4 : x1 * 4]:
            x1 -= 16
        left, right = min(left, x0), max(right, x1)
    return right - left, rows[-1] - rows[0] + 1


def is_blink(box: tuple[int, int]) -> bool:
    # Chunks of 16 px: a 1-2 px caret shows as a box up to 32 px wide at a chunk border.
    width, height = box
    return width <= max(CARET_W, 32) and height <= CARET_H


def save_frame(folder: Path, at: float, frame: bytes) -> None:
    """One grab as a PNG named by its time from exec (``--frames``: what changed, and when)."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    Image.frombytes("RGB", (WIDTH, HEIGHT), frame, "raw", "BGRX").save(folder / f"{at:06.3f}.png")


def watch(
    command: list[str], env: dict, screen: Screen, frames: Path | None = None
) -> tuple[float, float]:
    empty = screen.grab()
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    first = settled = None
    previous = empty
    last_change = start
    try:
        while True:
            frame = screen.grab()
            now = time.perf_counter()
            if first is None and frame != empty:
                first = settled = now - start
                last_change = now
                if frames is not None:
                    save_frame(frames, settled, frame)
            elif first is not None and frame != previous:
                box = changed_box(previous, frame)
                if box is not None and not is_blink(box):
                    settled = now - start
                    last_change = now
                    if frames is not None:
                        save_frame(frames, settled, frame)
            previous = frame
            if first is not None and now - last_change >= STILL_S:
                break
            if now - start > LIMIT_S or proc.poll() is not None:
                break
    finally:
        if proc.poll() is None:
            screen.close_app_windows()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
    if first is None:
        raise SystemExit(f"nothing appeared on the screen: {' '.join(command)}")
    return first, settled


def run_series(
    label: str, command: list[str], env: dict, screen: Screen, runs: int, frames: Path | None
) -> None:
    watch(command, env, screen)  # uncounted: starts with no saved layout, saves one
    firsts, settles = [], []
    for n in range(runs):
        folder = None
        if frames is not None:
            folder = frames / re.sub(r"\W+", "-", label).strip("-") / f"run{n + 1}"
        first, settled = watch(command, env, screen, folder)
        firsts.append(first)
        settles.append(settled)
    print(
        f"{label:<44} first frame {statistics.median(firsts):5.2f} s   "
        f"settled {statistics.median(settles):5.2f} s   "
        f"(settled min {min(settles):.2f}, max {max(settles):.2f}; {runs} runs)",
        flush=True,
    )
    return statistics.median(settles)


def main() -> int:
    global WIDTH, HEIGHT
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--large", action="store_true", help="also on 100,000 articles")
    parser.add_argument(
        "--size", default=f"{WIDTH}x{HEIGHT}", help="the screen, WIDTHxHEIGHT (e.g. 1024x700)"
    )
    parser.add_argument(
        "--frames",
        type=Path,
        help="save each frame that changed, as PNGs here (<store>/run<n>/<seconds>.png)",
    )
    args = parser.parse_args()
    WIDTH, HEIGHT = (int(n) for n in args.size.lower().split("x"))
    need = missing()
    if need:
        print(need, file=sys.stderr)
        return 2
    server, display = start_xvfb(WIDTH, HEIGHT)
    work = Path(tempfile.mkdtemp(prefix="lnv-screen-"))
    try:
        screen = Screen(display)
        env = x_env(
            os.environ,
            display,
            PYTHONPATH=str(ROOT),
            LNV_CONFIG_DIR=str(work / "config"),
            LNV_DATA_DIR=str(work / "data"),
        )
        demo = work / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "lnv_editor", "demo", "--store", str(demo)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(f"Screen {WIDTH}x{HEIGHT} under Xvfb; exec to first frame / to settled.")
        results = {}
        app = [sys.executable, "-m", "lnv_editor", "--store"]
        results["demo"] = run_series(
            "LNV Editor, demo store", app + [str(demo)], env, screen, args.runs, args.frames
        )
        if args.large:
            big = synthetic_store(Path(tempfile.gettempdir()) / "lnv-bench-100k.sqlite", 100_000)
            results["large"] = run_series(
                "LNV Editor, 100,000 articles",
                app + [str(big)],
                env,
                screen,
                args.runs,
                args.frames,
            )
        if shutil.which("retext"):
            sample = work / "bai.md"
            sample.write_text("# Làng gốm\n\nLò gốm đỏ lửa quanh năm.\n" * 40, encoding="utf-8")
            run_series(
                "ReText, one document", ["retext", str(sample)], env, screen, args.runs, None
            )
        else:
            print("ReText: not installed here (its figure under Xvfb, earlier: settled 1.76 s)")
        failed = results["demo"] > 0.8 or results.get("large", 0) > 1.0
        if failed:
            print("MISSED: settled must be <= 0.8 s (demo) and <= 1.0 s (100,000 articles)")
        return 1 if failed else 0
    finally:
        server.terminate()
        server.wait(5)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
