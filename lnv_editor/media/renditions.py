"""Renditions: the JPEGs made from an original for the preview and for export.

They are what leaves the newsroom, so they carry the pixels and nothing else: orientation is
applied to the pixels, and no EXIF (GPS position, camera serial number), XMP, IPTC or comment
is written. Only the ICC colour profile stays, because without it colours shift; it describes
the colours, not the photographer.

Speed: a JPEG is decoded at the smallest scale libjpeg offers that is still at least the
largest rendition (``Image.draft``: 1/2 of a 24 MP photo for 1600 px), then each width is
resized from the previous one, largest first. For a 24 MP photo that is about four times
faster than decoding fully for each width.

Renditions are made lazily, cached under ``renditions/`` and written atomically, so two
threads or processes that make the same one at once both end with a complete file.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from PIL import Image, ImageOps

from lnv_editor.core.processes import Cancel, is_cancelled, run_in_processes
from lnv_editor.media import errors
from lnv_editor.media.errors import PhotoError
from lnv_editor.media.formats import (
    HEAD_BYTES,
    JPEG_NAMES,
    MAX_PIXELS,
    open_image,
    orientation,
    sniff,
    upright_size,
)
from lnv_editor.media.importer import Progress
from lnv_editor.media.store import PhotoStore, check_sha

RENDITION_WIDTHS = (1600, 800, 320)  # article page, listing/preview, thumbnail
JPEG_QUALITY = 82  # indistinguishable from the original at these sizes, a third of q95's bytes
BACKGROUND = (255, 255, 255)  # what transparent areas become: the portal's page colour
_HIGH_BIT_DEPTH = ("I;16", "I;16L", "I;16B", "I;16N", "I", "F")


def rendition_path(store: PhotoStore, sha256: str, width: int) -> Path:
    """The cached rendition of a photo at *width* (one of ``RENDITION_WIDTHS``), made if needed.

    The width is a maximum: a photo narrower than *width* keeps its own width (no upscaling).
    Raises ``PhotoError`` if the original is missing or cannot be decoded, or the disk is full.
    """
    if width not in RENDITION_WIDTHS:
        raise ValueError(f"rendition width must be one of {RENDITION_WIDTHS}, not {width!r}")
    path = store.rendition_file(sha256, width)
    if not path.is_file():
        # Only the width asked for: a 320 px thumbnail decodes a JPEG at 1/8 scale (draft), far
        # cheaper than the full set, and it runs in the editor's process.
        render(store, sha256, (width,))
    return path


def render(
    store: PhotoStore, sha256: str, widths: Iterable[int] = RENDITION_WIDTHS
) -> dict[int, Path]:
    """Make whichever of *widths* are not cached yet for one photo; their paths by width.

    Decodes the original once for all missing widths.
    """
    paths = {width: store.rendition_file(sha256, width) for width in widths}
    missing = [width for width, path in paths.items() if not path.is_file()]
    if missing:
        source = store.original_path(sha256)
        for width, data in encode_renditions(source, missing, sha256).items():
            try:
                store.write_atomic(paths[width], data)
            except OSError as exc:
                raise errors.rendition_write(sha256, store.root, exc) from exc
    return paths


def _fit(width: int, height: int, max_width: int) -> tuple[int, int]:
    if max_width >= width:
        return width, height
    return max_width, max(1, round(height * max_width / width))


def encode_renditions(source: Path, widths: Iterable[int], sha256: str = "") -> dict[int, bytes]:
    """JPEG bytes of the photo at *source* for each of *widths* (upright, no metadata but ICC).

    *sha256* only names the photo in an error.
    """
    widths = sorted(set(widths), reverse=True)
    name = sha256 or source.name
    try:
        with open(source, "rb") as fh:
            fmt = sniff(fh.read(HEAD_BYTES))[0]
        if fmt is None:
            raise errors.render_failed(name, source, "not a JPEG, PNG, WebP or HEIC file")
        with open_image(source, fmt) as im:
            if im.width * im.height > MAX_PIXELS:
                raise errors.render_failed(name, source, f"more than {MAX_PIXELS} pixels")
            upright = upright_size(im)
            targets = {width: _fit(*upright, width) for width in widths}
            if im.format in JPEG_NAMES:
                largest = targets[widths[0]]
                rotated = orientation(im) in (5, 6, 7, 8)
                im.draft(None, largest[::-1] if rotated else largest)
            im.load()
            icc = im.info.get("icc_profile")
            ImageOps.exif_transpose(im, in_place=True)
            return _encode_cascade(_jpeg_mode(im), targets, icc)
    except PhotoError:
        raise
    except Exception as exc:  # decoders raise many types; all mean "cannot decode this"
        raise errors.render_failed(name, source, str(exc) or type(exc).__name__) from exc


def _encode_cascade(
    pixels: Image.Image, targets: dict[int, tuple[int, int]], icc: bytes | None
) -> dict[int, bytes]:
    """Each target size resized from the previous one, largest first, as JPEG bytes."""
    icc = icc if _icc_fits(icc, pixels.mode) else None
    out: dict[int, bytes] = {}
    current = pixels
    for width, size in sorted(targets.items(), reverse=True):
        if current.size != size:
            # reducing_gap: a box reduction first, then Lanczos, when the factor is large
            # (PNG, WebP and HEIC have no draft); visually the same as Lanczos alone
            current = current.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        out[width] = _jpeg_bytes(current, icc)
    return out


def _jpeg_mode(im: Image.Image) -> Image.Image:
    """*im* as RGB or L, transparent areas on white, 16-bit scaled (not clipped) to 8-bit."""
    has_alpha = im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in im.info
    if has_alpha:
        rgba = im.convert("RGBA")
        flat = Image.new("RGB", rgba.size, BACKGROUND)
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    if im.mode in ("RGB", "L"):
        return im
    if im.mode in _HIGH_BIT_DEPTH:
        return im.convert("I").point(lambda value: value / 257).convert("L")
    return im.convert("RGB")  # CMYK, YCbCr, P, 1, ...


def _icc_fits(icc: bytes | None, mode: str) -> bool:
    # A profile must describe the colour space we write: a CMYK or grey profile on RGB
    # pixels would make every viewer show wrong colours. Bytes 16-19 name the space.
    if not icc or len(icc) < 20:
        return False
    return icc[16:20] == {"RGB": b"RGB ", "L": b"GRAY"}.get(mode)


def _jpeg_bytes(im: Image.Image, icc: bytes | None) -> bytes:
    # Pillow copies ``info`` to derived images and writes a comment found there, so the
    # pixels go out with an empty info and only the options passed here.
    im.info = {}
    options: dict[str, object] = {"quality": JPEG_QUALITY, "progressive": True, "optimize": True}
    if icc:
        options["icc_profile"] = icc
    buffer = io.BytesIO()
    im.save(buffer, "JPEG", **options)
    return buffer.getvalue()


def _render_task(root: str, sha256: str) -> dict[int, Path]:
    """One photo's renditions in a pool worker (module level, so it pickles)."""
    return render(PhotoStore(Path(root)), sha256)


def make_renditions(
    store: PhotoStore,
    sha_list: Iterable[str],
    workers: int = 2,
    progress: Progress | None = None,
    cancel: Cancel = None,
) -> dict[str, dict[int, Path] | PhotoError]:
    """Make all renditions of many photos, *workers* processes at a time.

    Returns, per hash in the order given, the paths by width or the ``PhotoError`` for that
    photo; one failure does not stop the others. Photos whose renditions are all cached are
    not decoded. *progress(done, total)* and *cancel* work as in ``import_many``; a cancelled
    batch returns the photos finished so far (a photo being rendered finishes).

    Processes rather than threads: a photo's decode, transpose and resizes hold the GIL in
    places, and processes also keep the GUI process's memory flat. They are started with
    "spawn", which is safe in a process that runs Qt threads (fork is not).
    """
    shas = [check_sha(sha) for sha in dict.fromkeys(sha_list)]
    results: dict[str, dict[int, Path] | PhotoError] = {}
    todo = []
    for sha in shas:
        paths = {width: store.rendition_file(sha, width) for width in RENDITION_WIDTHS}
        if all(path.is_file() for path in paths.values()):
            results[sha] = paths
        else:
            todo.append(sha)
    total, done = len(todo), 0
    if workers <= 1 or total <= 1:
        for sha in todo:
            if is_cancelled(cancel):
                break
            try:
                results[sha] = render(store, sha)
            except PhotoError as exc:
                results[sha] = exc
            done += 1
            if progress is not None:
                progress(done, total)
    elif not is_cancelled(cancel):  # no point starting processes for nothing
        _render_in_pool(store, todo, min(workers, total), results, progress, cancel)
    return {sha: results[sha] for sha in shas if sha in results}


def _background_priority() -> None:
    """Pool workers yield the CPU to the editor: on two cores, two busy encoders at normal
    priority can keep the GUI thread waiting for a time slice for a fifth of a second."""
    try:
        os.nice(10)
    except (AttributeError, OSError):  # Windows has no nice(); priority stays as it is
        pass


def _render_in_pool(
    store: PhotoStore,
    todo: list[str],
    workers: int,
    results: dict[str, dict[int, Path] | PhotoError],
    progress: Progress | None,
    cancel: Cancel,
) -> None:
    def take(index: int, future: Future) -> None:
        results[todo[index]] = _outcome(future, todo[index], store)

    # Queued photos are dropped on a cancel; the ones running finish, complete and cached.
    run_in_processes(
        _render_task,
        [(str(store.root), sha) for sha in todo],
        workers=workers,
        take=take,
        progress=progress,
        cancel=cancel,
        initializer=_background_priority,
    )


def _outcome(future: Future, sha: str, store: PhotoStore) -> dict[int, Path] | PhotoError:
    try:
        return future.result()
    except PhotoError as exc:
        return exc
    except BrokenProcessPool as exc:  # a worker died, e.g. killed for using too much memory
        reason = str(exc) or "the worker process stopped"
        return errors.render_failed(sha, store.find_original(sha), reason)
