"""Import: round trip, revisions instead of overwrites, and every kind of hostile bundle
refused before anything is written."""

from __future__ import annotations

import io
import json
import os
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
from bundle_helpers import PORTAL

from lnv_editor.core.errors import BundleError
from lnv_editor.export import reader
from lnv_editor.export.importer import import_bundles
from lnv_editor.export.model import sha256
from lnv_editor.export.run import export_articles


def _export(repo, ids, fmt, out):
    return export_articles(repo, ids, fmt, out, workers=1, portal=PORTAL)


def test_round_trip_gives_the_same_bundle_bytes(repo, newsroom, fresh_repo, tmp_path, read_tree):
    first = newsroom.article("Bài một", photos=2)
    second = newsroom.article("Bài hai", photos=1, related=[first])
    _export(repo, [first, second], "folder", tmp_path / "a")
    report = import_bundles(fresh_repo, tmp_path / "a")
    assert [o.created for o in report.outcomes] == [True, True]
    _export(fresh_repo, fresh_repo.list_ids(), "folder", tmp_path / "b")
    a, b = read_tree(tmp_path / "a"), read_tree(tmp_path / "b")

    def by_bundle(tree):
        # What must differ: the folder name carries the store's article id, and so does a
        # link to another story of the batch (../<slug>-<id>/index.html) and the page's size
        # and checksum in the manifest. Every other byte is the same (photos are numbered by
        # place, media named by content).
        out = {}
        for path, data in tree.items():
            if path != "index.json":
                folder, rest = path.split("/", 1)
                if rest == "index.html":
                    data = re.sub(rb"-\d+/index\.html", b"-ID/index.html", data)
                elif rest == "manifest.json":
                    manifest = json.loads(data)
                    manifest["files"] = [f for f in manifest["files"] if f["path"] != "index.html"]
                    data = manifest
                out[(folder.rsplit("-", 1)[0], rest)] = data
        return out

    assert by_bundle(a) == by_bundle(b)
    imported = fresh_repo.get(fresh_repo.find_by_uri(repo.get(second).extra["uri"]))
    assert [r.target_id for r in fresh_repo.tags.related(imported.id)] == [
        fresh_repo.find_by_uri(repo.get(first).extra["uri"])
    ]
    assert [(t.code, t.name_used) for t in fresh_repo.tags.provinces(imported.id)] == [
        (t.code, t.name_used) for t in repo.tags.provinces(second)
    ]
    photo = fresh_repo.photos.list(imported.id)[0]
    assert fresh_repo.media().has(photo.sha256)  # the largest rendition became the original
    assert f"![](photo:{photo.id})" in imported.body


@pytest.mark.parametrize("fmt", ["zip", "sqlite"])
def test_zip_and_publish_store_import_the_same_articles(repo, newsroom, fresh_repo, tmp_path, fmt):
    article_id = newsroom.article(photos=1)
    out = tmp_path / ("pub.sqlite" if fmt == "sqlite" else "z")
    _export(repo, [article_id], fmt, out)
    source = out if fmt == "sqlite" else next(out.glob("*.zip"))
    report = import_bundles(fresh_repo, source)
    imported = fresh_repo.get(report.outcomes[0].article_id)
    original = repo.get(article_id)
    assert (imported.title, imported.lead, imported.byline, imported.section, imported.version) == (
        original.title,
        original.lead,
        original.byline,
        original.section,
        original.version,
    )


def test_existing_article_gets_a_new_revision_never_an_overwrite(repo, newsroom, tmp_path, state):
    article_id = newsroom.article(photos=1)
    _export(repo, [article_id], "folder", tmp_path / "out")
    exported = repo.get(article_id)
    repo.save(
        article_id,
        {"body": exported.body + "\n\nChữ của tôi sau khi xuất."},
        base_version=exported.version,
        reason="save",
    )
    mine = repo.get(article_id).body
    before = len(repo.revisions(article_id))
    import_bundles(repo, tmp_path / "out")
    after = repo.get(article_id)
    assert after.body == exported.body
    kept = [r for r in repo.revisions(article_id)[: len(repo.revisions(article_id)) - before]]
    assert any(r.body == mine for r in kept)  # my text stays as a revision
    # the same bundle again changes nothing at all
    snapshot = state(repo)
    import_bundles(repo, tmp_path / "out")
    again = state(repo)
    for (table, rows), (_t, rows2) in zip(snapshot[0], again[0], strict=True):
        assert rows == rows2, table
    assert again == snapshot


# ----- hostile input -----------------------------------------------------------------------


@pytest.fixture
def good_bundle(repo, newsroom, tmp_path) -> dict[str, bytes]:
    article_id = newsroom.article(photos=1)
    _export(repo, [article_id], "zip", tmp_path / "good")
    with zipfile.ZipFile(next((tmp_path / "good").glob("*.zip"))) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def _zip(path: Path, members: dict[str, bytes], *, symlink: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.create_system = 3
            info.external_attr = 0o120777 << 16
            archive.writestr(info, "/etc/passwd")
    return path


def _with_manifest(files: dict[str, bytes]) -> dict[str, bytes]:
    """*files* with a manifest that matches them, so only the problem under test remains."""
    manifest = json.loads(files["manifest.json"])
    manifest["files"] = [
        {"path": p, "size": len(d), "sha256": sha256(d)}
        for p, d in sorted(files.items())
        if p != "manifest.json"
    ]
    return files | {"manifest.json": json.dumps(manifest).encode()}


def _article_json(files, text: bytes) -> dict[str, bytes]:
    return _with_manifest(files | {"article.json": text})


CASES = {
    "dotdot": (lambda f: f | {"../evil.txt": b"x"}, "unsafe name"),
    "absolute": (lambda f: f | {"/tmp/evil.txt": b"x"}, "unsafe name"),
    "drive": (lambda f: f | {"C:/evil.txt": b"x"}, "unsafe name"),
    "backslash": (lambda f: f | {"media\\evil.jpg": b"x"}, "unsafe name"),
    "checksum": (
        lambda f: f | {"index.html": f["index.html"] + b"<!-- changed -->"},
        "does not match",
    ),
    "missing": (lambda f: {k: v for k, v in f.items() if k != "index.html"}, "missing"),
    "unlisted": (lambda f: f | {"media/" + "0" * 64 + ".jpg": b"x"}, "not in its manifest"),
    "invalid-json": (lambda f: _article_json(f, b"{not json"), "not valid JSON"),
    "surrogate": (
        lambda f: _article_json(f, f["article.json"].replace(b'"by": "', b'"by": "\\udc80')),
        "surrogate",
    ),
    "duplicate-key": (
        lambda f: _article_json(f, f["article.json"].replace(b'"by": ', b'"by": "x", "by": ')),
        "twice",
    ),
    "huge-number": (
        lambda f: _article_json(
            f,
            f["article.json"].replace(
                b'"sizeInBytes": ', b'"sizeInBytes": ' + b"9" * 5000 + b', "x": '
            ),
        ),
        "number",
    ),
    "deep": (
        lambda f: _article_json(
            f,
            f["article.json"].replace(
                b'"by": ', b'"edNote": ' + b"[" * 500 + b"]" * 500 + b', "by": '
            ),
        ),
        "nested",
    ),
    "not-ninjs": (
        lambda f: _article_json(f, f["article.json"].replace(b'"by": ', b'"secret": 1, "by": ')),
        "not valid ninjs",
    ),
    "manifest-json": (
        lambda f: f | {"manifest.json": b'{"format": "lnv-bundle", "format": 1}'},
        "twice",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_zip_is_refused_and_nothing_is_written(
    good_bundle, fresh_repo, tmp_path, state, case
):
    change, message = CASES[case]
    bad = _zip(tmp_path / f"{case}.zip", change(dict(good_bundle)))
    before = state(fresh_repo)
    with pytest.raises(BundleError, match=message):
        import_bundles(fresh_repo, bad)
    assert state(fresh_repo) == before


def test_symlink_members_are_refused(good_bundle, fresh_repo, tmp_path, state):
    bad = _zip(tmp_path / "link.zip", good_bundle, symlink="media/link.jpg")
    before = state(fresh_repo)
    with pytest.raises(BundleError, match="link"):
        import_bundles(fresh_repo, bad)
    folder = tmp_path / "linkdir"
    folder.mkdir()
    for name, data in good_bundle.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    os.symlink("/etc/passwd", folder / "media" / "passwd.jpg")
    with pytest.raises(BundleError, match="link"):
        import_bundles(fresh_repo, folder)
    assert state(fresh_repo) == before


def test_zip_bombs_are_stopped_by_counting_bytes(
    good_bundle, fresh_repo, tmp_path, monkeypatch, state
):
    before = state(fresh_repo)
    bomb = _zip(tmp_path / "bomb.zip", good_bundle | {"index.html": b"\0" * 30_000_000})
    with pytest.raises(BundleError, match="too large"):
        import_bundles(fresh_repo, bomb)
    # a declared size that lies is never trusted: bytes are counted as they are read
    data = bytearray(bomb.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        assert archive.getinfo("index.html").file_size == 30_000_000
    monkeypatch.setattr(reader, "MAX_MEMBERS", 3)
    with pytest.raises(BundleError, match="too large"):
        import_bundles(fresh_repo, _zip(tmp_path / "many.zip", good_bundle))
    monkeypatch.setattr(reader, "MAX_MEMBERS", 2_000)
    monkeypatch.setattr(reader, "MAX_TOTAL_BYTES", 1000)
    with pytest.raises(BundleError, match="too large"):
        import_bundles(fresh_repo, _zip(tmp_path / "total.zip", good_bundle))
    assert state(fresh_repo) == before


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM article; END",
        "CREATE VIEW v AS SELECT * FROM article",
    ],
)
def test_publish_store_with_code_in_it_is_refused(repo, newsroom, fresh_repo, tmp_path, state, sql):
    article_id = newsroom.article(photos=1)
    pub = tmp_path / "pub.sqlite"
    _export(repo, [article_id], "sqlite", pub)
    conn = sqlite3.connect(pub)
    conn.execute(sql)
    conn.commit()
    conn.close()
    before = state(fresh_repo)
    with pytest.raises(BundleError, match="not safe to read"):
        import_bundles(fresh_repo, pub)
    assert state(fresh_repo) == before


def test_a_photo_with_metadata_is_refused(good_bundle, fresh_repo, tmp_path, state):
    from PIL import Image

    name = next(n for n in good_bundle if n.startswith("media/"))
    with Image.open(io.BytesIO(good_bundle[name])) as im:
        exif = Image.Exif()
        exif[0x010F] = "Canon"
        buffer = io.BytesIO()
        im.save(buffer, "JPEG", exif=exif)
    before = state(fresh_repo)
    with pytest.raises(BundleError, match="metadata|checksum|does not match"):
        import_bundles(
            fresh_repo,
            _zip(tmp_path / "exif.zip", _with_manifest(good_bundle | {name: buffer.getvalue()})),
        )
    assert state(fresh_repo) == before


def test_cancelled_import_leaves_the_store_unchanged(repo, newsroom, fresh_repo, tmp_path, state):
    ids = [newsroom.article(f"Bài {n}", photos=1) for n in range(3)]
    _export(repo, ids, "folder", tmp_path / "out")
    before = state(fresh_repo)
    seen = []
    with pytest.raises(BundleError, match="cancelled"):
        import_bundles(
            fresh_repo,
            tmp_path / "out",
            progress=lambda d, t: seen.append(d),
            cancel=lambda: len(seen) >= 2,
        )
    assert seen == [1, 2]
    assert state(fresh_repo) == before  # photos copied for the first two were removed again
