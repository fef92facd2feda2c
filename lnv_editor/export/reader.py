"""Reading bundles from untrusted places: a folder, a zip or a publish store.

Everything is checked before anything is used: member names (no ``..``, absolute paths,
drive letters, backslashes, links), sizes (caps on members, total bytes and compression
ratio, counted while reading; declared sizes are never trusted), the manifest (every file
listed, every listed file present, sizes and SHA-256 equal), the JSON (strict: see
``safejson``), article.json against the ninjs 3.1 schema, and each photo (a plain JPEG
without metadata). The first problem raises one ``BundleError`` that names it.
"""

from __future__ import annotations

import io
import os
import re
import sqlite3
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from lnv_editor.export import errors, safejson
from lnv_editor.export.model import (
    ARTICLE_JSON,
    FORMAT,
    FORMAT_VERSION,
    INDEX_HTML,
    MANIFEST,
    ArticleExport,
    PhotoExport,
    Rendition,
    sha256,
)
from lnv_editor.export.ninjs import (
    NinjsShapeError,
    from_ninjs,
    rendition_member,
    schema_problems,
)
from lnv_editor.media.formats import MAX_PIXELS

MAX_MEMBERS = 2_000
MAX_MEMBER_BYTES = 50_000_000
MAX_TOTAL_BYTES = 1_000_000_000
MAX_RATIO = 100  # uncompressed / compressed; text compresses ~5x, JPEG ~1x
MAX_BUNDLES = 100_000
CHUNK = 1 << 16
_MEMBER = re.compile(r"(article\.json|index\.html|manifest\.json|media/[0-9a-f]{64}\.jpg)")
_SHA = re.compile(r"[0-9a-f]{64}")


@dataclass(slots=True)
class IncomingBundle:
    """A verified bundle: the article (photos with their rendition bytes) and its files."""

    source: str
    article: ArticleExport
    files: dict[str, bytes]


def check_member_name(bundle: str, name: str) -> str:
    """*name* if it is a safe relative path inside a bundle, else ``unsafe_path``."""
    if (
        not name
        or "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or re.match(r"^[A-Za-z]:", name)
        or any(part in ("", ".", "..") for part in name.rstrip("/").split("/"))
    ):
        raise errors.unsafe_path(bundle, name)
    return name


class _Budget:
    """Bytes and members read so far across one import, against the caps."""

    def __init__(self, bundle: str) -> None:
        self.bundle, self.members, self.total = bundle, 0, 0

    def member(self) -> None:
        self.members += 1
        if self.members > MAX_MEMBERS:
            raise errors.too_big(self.bundle, "files", MAX_MEMBERS)

    def read(self, stream, limit_for_member: int) -> bytes:
        chunks, size = [], 0
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            self.total += len(chunk)
            if size > min(MAX_MEMBER_BYTES, limit_for_member):
                raise errors.too_big(
                    self.bundle, "bytes in one file", min(MAX_MEMBER_BYTES, limit_for_member)
                )
            if self.total > MAX_TOTAL_BYTES:
                raise errors.too_big(self.bundle, "bytes in all", MAX_TOTAL_BYTES)
            chunks.append(chunk)


def read_zip(path: Path, budget: _Budget | None = None) -> dict[str, bytes]:
    name = str(path)
    budget = budget or _Budget(name)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise errors.not_a_bundle(name, f"not a readable zip ({exc})") from exc
    files: dict[str, bytes] = {}
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise errors.too_big(name, "files", MAX_MEMBERS)
        for info in infos:
            member = check_member_name(name, info.filename)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise errors.symlink(name, member)
            if info.is_dir():
                continue
            if member in files:
                raise errors.unsafe_path(name, member)
            budget.member()
            cap = max(info.compress_size, 1) * MAX_RATIO + CHUNK
            try:
                with archive.open(info) as stream:
                    files[member] = budget.read(stream, cap)
            except (
                zipfile.BadZipFile,
                OSError,
                EOFError,
                NotImplementedError,
                RuntimeError,
            ) as exc:
                raise errors.checksum(name, member) from exc
    return files


def read_folder(path: Path, budget: _Budget | None = None) -> dict[str, bytes]:
    name = str(path)
    budget = budget or _Budget(name)
    files: dict[str, bytes] = {}
    for root, dirs, names in os.walk(path, followlinks=False):
        for entry in sorted(dirs + names):
            full = Path(root) / entry
            member = full.relative_to(path).as_posix()
            check_member_name(name, member)
            st = os.lstat(full)
            if stat.S_ISLNK(st.st_mode):
                raise errors.symlink(name, member)
            if stat.S_ISDIR(st.st_mode):
                continue
            if not stat.S_ISREG(st.st_mode):
                raise errors.unsafe_path(name, member)
            budget.member()
            with open(full, "rb", buffering=0) as stream:
                files[member] = budget.read(stream, MAX_MEMBER_BYTES)
    return files


def verify_files(bundle: str, files: dict[str, bytes]) -> dict:
    """Check *files* against their manifest; return the parsed manifest."""
    if MANIFEST not in files:
        raise errors.not_a_bundle(bundle, "it has no manifest.json")
    manifest = _json(bundle, MANIFEST, files[MANIFEST])
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise errors.not_a_bundle(bundle, "manifest.json does not name the LNV bundle format")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise errors.bad_format_version(bundle, manifest.get("format_version"))
    listed: dict[str, dict] = {}
    entries = manifest.get("files")
    if not isinstance(entries, list):
        raise errors.bad_json(bundle, MANIFEST, "files is not a list")
    for entry in entries:
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("path"), str)
            or not isinstance(entry.get("size"), int)
            or not isinstance(entry.get("sha256"), str)
            or not _SHA.fullmatch(entry["sha256"])
        ):
            raise errors.bad_json(bundle, MANIFEST, "a files entry lacks path, size or sha256")
        member = check_member_name(bundle, entry["path"])
        if member == MANIFEST or member in listed:
            raise errors.bad_json(
                bundle, MANIFEST, f"{member} is listed twice or lists the manifest"
            )
        listed[member] = entry
    for member in sorted(files):
        if member != MANIFEST and member not in listed:
            raise errors.unlisted_file(bundle, member)
    for member, entry in sorted(listed.items()):
        if member not in files:
            raise errors.missing_file(bundle, member)
        data = files[member]
        if len(data) != entry["size"] or sha256(data) != entry["sha256"]:
            raise errors.checksum(bundle, member)
        if not _MEMBER.fullmatch(member):
            raise errors.unlisted_file(bundle, member)
    for required in (ARTICLE_JSON, INDEX_HTML):
        if required not in listed:
            raise errors.missing_file(bundle, required)
    return manifest


def _json(bundle: str, member: str, data: bytes):
    try:
        return safejson.loads(data)
    except ValueError as exc:
        raise errors.bad_json(bundle, member, str(exc)) from None


def _check_jpeg(bundle: str, member: str, data: bytes, width: int, height: int) -> None:
    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.format != "JPEG":
                raise ValueError(f"it is {im.format}, not JPEG")
            if im.width * im.height > MAX_PIXELS:
                raise ValueError("too many pixels")
            if (im.width, im.height) != (width, height):
                raise ValueError("its size differs from article.json")
            if im.getexif() or any(
                k in im.info for k in ("exif", "xmp", "XML:com.adobe.xmp", "photoshop", "comment")
            ):
                raise ValueError("it carries metadata (EXIF, XMP, IPTC or a comment)")
            im.load()
    except ValueError as exc:
        raise errors.bad_photo(bundle, member, str(exc)) from None
    except Exception as exc:  # any decoder complaint means a damaged or hostile file
        raise errors.bad_photo(bundle, member, str(exc) or type(exc).__name__) from None


def verify_bundle(bundle: str, files: dict[str, bytes]) -> IncomingBundle:
    """Every check on one bundle's files; the article with its photos' bytes."""
    manifest = verify_files(bundle, files)
    doc = _json(bundle, ARTICLE_JSON, files[ARTICLE_JSON])
    problems = schema_problems(doc)
    if problems:
        raise errors.bad_ninjs(bundle, problems[0])
    try:
        article, rendition_lists = from_ninjs(doc)
    except (NinjsShapeError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise errors.bad_ninjs(bundle, str(exc)) from None
    if manifest.get("uri") != article.uri or manifest.get("version") != article.version:
        raise errors.bad_json(bundle, MANIFEST, "its uri or version differs from article.json")
    photos = []
    for photo, entry in zip(article.photos, rendition_lists, strict=True):
        renditions = []
        for r in entry["renditions"]:
            href, width, height = r.get("href"), r.get("width"), r.get("height")
            href = rendition_member(href) if isinstance(href, str) else href
            if not isinstance(href, str) or href not in files or not href.startswith("media/"):
                raise errors.missing_file(bundle, str(href))
            if not isinstance(width, int) or not isinstance(height, int):
                raise errors.bad_ninjs(bundle, f"rendition {href} has no width and height")
            try:
                nominal = int(str(r.get("name", "")).removeprefix("w"))
            except ValueError:
                raise errors.bad_ninjs(bundle, f"rendition {href} has no size name") from None
            _check_jpeg(bundle, href, files[href], width, height)
            renditions.append(Rendition(nominal, width, height, href, files[href]))
        renditions.sort(key=lambda r: -r.width)
        photos.append(
            PhotoExport(
                photo.number,
                0,
                photo.caption,
                photo.credit,
                photo.alt,
                photo.cover,
                tuple(renditions),
                photo.original_name,
            )
        )
        if f"urn:sha256:{sha256(renditions[0].data)}" != entry["uri"]:
            raise errors.bad_ninjs(
                bundle, f"photo {photo.number}'s uri is not the hash of its largest rendition"
            )
    article.photos = photos
    return IncomingBundle(bundle, article, files)


# ----- publish store ------------------------------------------------------------------------


def read_publish_store(path: Path) -> list[tuple[str, dict[str, bytes]]]:
    """Each article of a publish store as bundle files, read without running anything the
    file could hold: read-only, ``trusted_schema=OFF``, no triggers or views."""
    from lnv_editor.export.publish_store import check_schema

    name = str(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise errors.not_a_bundle(name, str(exc)) from exc
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        check_schema(conn, name)
        budget = _Budget(name)
        out = []
        rows = conn.execute(
            "SELECT uri, html, ninjs, manifest FROM article ORDER BY uri"
        ).fetchall()
        if len(rows) > MAX_BUNDLES:
            raise errors.too_big(name, "articles", MAX_BUNDLES)
        for uri, html, ninjs_text, manifest in rows:
            files = {
                INDEX_HTML: _text_bytes(name, html),
                ARTICLE_JSON: _text_bytes(name, ninjs_text),
                MANIFEST: _text_bytes(name, manifest),
            }
            for (media_name,) in conn.execute(
                "SELECT DISTINCT name FROM rendition WHERE article_uri = ? ORDER BY name", (uri,)
            ):
                media = conn.execute(
                    "SELECT data FROM media WHERE name = ?", (media_name,)
                ).fetchone()
                if media is None or not isinstance(media[0], bytes):
                    raise errors.missing_file(f"{name}#{uri}", str(media_name))
                budget.member()
                budget.read(io.BytesIO(media[0]), MAX_MEMBER_BYTES)
                files[check_member_name(name, str(media_name))] = media[0]
            out.append((f"{name}#{uri}", files))
        return out
    except sqlite3.DatabaseError as exc:
        raise errors.unsafe_store(name, str(exc)) from exc
    finally:
        conn.close()


def _text_bytes(bundle: str, value) -> bytes:
    if not isinstance(value, str):
        raise errors.unsafe_store(bundle, "a text column holds something else")
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError:
        raise errors.bad_json(bundle, ARTICLE_JSON, "a lone surrogate in a text") from None


def is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def read_any(path: Path) -> list[IncomingBundle]:
    """Every bundle at *path* (a bundle folder, a batch folder of folders or zips, a zip, or
    a publish store), each verified. Raises the first problem found."""
    path = Path(path)
    name = str(path)
    if path.is_symlink():
        raise errors.symlink(name, path.name)
    if path.is_dir():
        if (path / MANIFEST).exists() or (path / MANIFEST).is_symlink():
            return [verify_bundle(name, read_folder(path))]
        budget = _Budget(name)
        out = []
        for entry in sorted(path.iterdir()):
            if entry.name == "index.json" or entry.name.startswith("."):
                continue
            if entry.is_symlink():
                raise errors.symlink(name, entry.name)
            if entry.is_dir():
                out.append(verify_bundle(str(entry), read_folder(entry, budget)))
            elif entry.suffix == ".zip":
                out.append(verify_bundle(str(entry), read_zip(entry, budget)))
            else:
                raise errors.unlisted_file(name, entry.name)
        if not out:
            raise errors.not_a_bundle(name, "the folder holds no bundle")
        return out
    if not path.is_file():
        raise errors.not_a_bundle(name, "there is no such file or folder")
    if is_sqlite(path):
        return [verify_bundle(source, files) for source, files in read_publish_store(path)]
    return [verify_bundle(name, read_zip(path))]
