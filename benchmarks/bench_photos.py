"""Benchmark: import 20 photos of 24 MP and make all their renditions.

    python benchmarks/bench_photos.py [--count 20] [--workers 2] [--keep DIR]

Synthetic camera JPEGs (6000 x 4000, gradients plus noise so they compress like real photos,
about 12 MB each; every fourth one stored sideways with EXIF orientation 6 and GPS) are
generated first, in a child process, and timed apart. The measured run happens in a second
child, started from this small process: Linux counts the memory of the process that starts a
child in the child's ``ru_maxrss``, so the generator's must stay out of the measuring one. It
imports every file with ``import_many`` in a worker thread, as the GUI will, then makes all
renditions with ``make_renditions(workers=2)``.

Printed: time per phase and in total, photos per second, peak memory (``ru_maxrss`` of the
measuring process and of its largest pool worker, and the whole process tree's resident size
sampled every 20 ms on Linux), and the longest the main thread was kept waiting for the GIL
while the work ran (a stand-in for the GUI's event-loop stall).
Targets from issue 3: import + renditions < 20 s on two cores, peak memory < 1 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

TARGET_SECONDS = 20.0
TARGET_MEMORY_MB = 1024.0


def generate(directory: Path, count: int, size: tuple[int, int]) -> list[Path]:
    """*count* distinct camera-like JPEGs in *directory*."""
    from PIL import Image, ImageChops

    width, height = size
    noise = Image.effect_noise(size, 18)
    horizontal = Image.linear_gradient("L").rotate(90).resize(size)
    vertical = Image.linear_gradient("L").resize(size)
    radial = Image.radial_gradient("L").resize(size)
    paths = []
    for n in range(count):
        # A different slice of the noise and mix of gradients makes each file's bytes unique.
        grain = ImageChops.offset(noise, 997 * n, 613 * n)
        bands = [
            ImageChops.add(base, ImageChops.offset(grain, 71 * k, 37 * k), offset=-128)
            for k, base in enumerate((horizontal, radial, ImageChops.invert(vertical)))
        ]
        im = Image.merge("RGB", bands[n % 3 :] + bands[: n % 3])
        exif = Image.Exif()
        exif[0x010F], exif[0x0110] = "Benchmark", f"Camera {n}"
        if n % 4 == 0:
            exif[0x0112] = 6
            gps = exif.get_ifd(0x8825)
            gps[1], gps[2] = "N", (21.0, 1.0, float(n))
        path = directory / f"DSC_{n:04d}.JPG"
        im.save(path, "JPEG", quality=92, exif=exif)
        paths.append(path)
    return paths


def _tree_rss_kb(pid: int) -> int:
    """Resident size of *pid* and all its descendants, from /proc (0 where unavailable)."""
    total = 0
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
                total += sum(_tree_rss_kb(int(child)) for child in fh.read().split())
    except (OSError, ValueError):
        pass
    return total


def _watch(work) -> tuple[float, float, int]:
    """Run *work* in a worker thread; meanwhile tick the main thread every 5 ms.

    Returns (seconds, longest main-thread stall in seconds, peak tree RSS in KB).
    """
    done = threading.Event()
    failure: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # reported in the main thread
            failure.append(exc)
        finally:
            done.set()

    tick, worst, peak_kb, ticks = 0.005, 0.0, 0, 0
    start = time.perf_counter()
    threading.Thread(target=run, daemon=True).start()
    while not done.is_set():
        before = time.perf_counter()
        time.sleep(tick)
        worst = max(worst, time.perf_counter() - before - tick)
        ticks += 1
        if ticks % 4 == 0:
            peak_kb = max(peak_kb, _tree_rss_kb(os.getpid()))
    elapsed = time.perf_counter() - start
    if failure:
        raise failure[0]
    return elapsed, worst, peak_kb


def measure(directory: Path, workers: int) -> dict:
    """Import every JPEG in *directory* into a new store there and make all renditions."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from lnv_editor.media import PhotoError, PhotoStore, import_many, make_renditions

    store = PhotoStore(directory / "bench.sqlite.media")
    paths = sorted(directory.glob("*.JPG"))
    imported: list = []
    renditions: dict = {}
    import_s, import_stall, import_peak = _watch(lambda: imported.extend(import_many(store, paths)))
    shas = [r.sha256 for r in imported if not isinstance(r, PhotoError)]
    render_s, render_stall, render_peak = _watch(
        lambda: renditions.update(make_renditions(store, shas, workers=workers))
    )
    failures = [str(r) for r in [*imported, *renditions.values()] if isinstance(r, PhotoError)]
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024  # ru_maxrss: KB on Linux
    return {
        "photos": len(paths),
        "imported": len(shas),
        "failures": failures,
        "originals_mb": sum(p.stat().st_size for p in paths) / 1e6,
        "import_s": import_s,
        "renditions_s": render_s,
        "stall_ms": 1000 * max(import_stall, render_stall),
        "self_max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale,
        "worker_max_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale,
        "tree_peak_rss_mb": max(import_peak, render_peak) / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--width", type=int, default=6000)
    parser.add_argument("--height", type=int, default=4000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--generate", type=Path, help=argparse.SUPPRESS)  # a child's part
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # a child's part
    args = parser.parse_args(argv)
    if args.generate:
        generate(args.generate, args.count, (args.width, args.height))
        return 0
    if args.measure:
        print(json.dumps(measure(args.measure, args.workers)))
        return 0

    with tempfile.TemporaryDirectory(prefix="lnv-bench-") as scratch:
        directory = args.keep or Path(scratch)
        directory.mkdir(parents=True, exist_ok=True)
        megapixels = args.width * args.height / 1e6
        print(f"generating {args.count} JPEGs of {args.width}x{args.height} ({megapixels:.0f} MP)")
        start = time.perf_counter()
        size = [
            "--count",
            str(args.count),
            "--width",
            str(args.width),
            "--height",
            str(args.height),
        ]
        subprocess.run([sys.executable, __file__, "--generate", str(directory), *size], check=True)
        print(f"  generated in {time.perf_counter() - start:.1f} s (not part of the figures)")
        child = subprocess.run(
            [sys.executable, __file__, "--measure", str(directory), "--workers", str(args.workers)],
            check=True,
            capture_output=True,
            text=True,
        )
        r = json.loads(child.stdout.strip().splitlines()[-1])

    total = r["import_s"] + r["renditions_s"]
    peak = max(r["tree_peak_rss_mb"], r["self_max_rss_mb"] + args.workers * r["worker_max_rss_mb"])
    print(
        f"photos: {r['imported']}/{r['photos']} imported, {r['originals_mb']:.0f} MB of originals"
    )
    print(f"import:     {r['import_s']:6.2f} s")
    print(f"renditions: {r['renditions_s']:6.2f} s  ({args.workers} workers, widths 1600/800/320)")
    print(
        f"total:      {total:6.2f} s  = {r['photos'] / total:.2f} photos/s  (target < {TARGET_SECONDS:.0f} s)"
    )
    print(
        f"peak RSS:   importing process {r['self_max_rss_mb']:.0f} MB, largest worker "
        f"{r['worker_max_rss_mb']:.0f} MB, whole tree sampled {r['tree_peak_rss_mb']:.0f} MB"
    )
    print(
        f"            worst case (process + {args.workers} x worker): {peak:.0f} MB  "
        f"(target < {TARGET_MEMORY_MB:.0f} MB)"
    )
    print(f"main-thread stall: worst {r['stall_ms']:.1f} ms")
    for failure in r["failures"]:
        print(f"FAILED: {failure}")
    ok = total < TARGET_SECONDS and peak < TARGET_MEMORY_MB and not r["failures"]
    print("OK: within targets" if ok else "NOT within targets")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
