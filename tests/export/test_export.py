"""Export: deterministic bundles, atomic writes, the publish gate and the export record."""

from __future__ import annotations

import json
import stat
import zipfile
from datetime import UTC

import pytest
from bundle_helpers import PORTAL

from lnv_editor.core.errors import BundleError
from lnv_editor.export.model import sha256
from lnv_editor.export.run import ExportRefused, export_articles
from lnv_editor.store.bundles import BundleWrites


def test_two_exports_are_byte_identical_folder_and_zip(repo, newsroom, tmp_path, read_tree):
    ids = [newsroom.article("Bài một"), newsroom.article("Bài hai", photos=1)]
    export_articles(repo, ids, "folder", tmp_path / "a", workers=1, portal=PORTAL)
    version = repo.get(ids[0]).version
    export_articles(
        repo, ids, "folder", tmp_path / "b", workers=2, portal=PORTAL
    )  # the pool gives the same bytes
    assert repo.get(ids[0]).version == version  # already published: nothing changed
    first, second = read_tree(tmp_path / "a"), read_tree(tmp_path / "b")
    assert first == second
    assert {p.split("/")[0] for p in first} == {"index.json"} | {
        f"{repo.get(i).slug}-{i}" for i in ids
    }
    export_articles(repo, ids, "zip", tmp_path / "z1", workers=1, portal=PORTAL)
    export_articles(repo, ids, "zip", tmp_path / "z2", workers=1, portal=PORTAL)
    assert read_tree(tmp_path / "z1") == read_tree(tmp_path / "z2")
    # and the zip holds exactly the folder's files
    zpath = tmp_path / "z1" / f"{repo.get(ids[0]).slug}-{ids[0]}.zip"
    with zipfile.ZipFile(zpath) as archive:
        names = [i.filename for i in archive.infolist()]
        assert names == sorted(names)
        updated = repo.get(ids[0]).updated.astimezone(UTC)
        for info in archive.infolist():
            assert info.date_time == (
                updated.year,
                updated.month,
                updated.day,
                updated.hour,
                updated.minute,
                updated.second - updated.second % 2,
            )
            assert stat.S_IMODE(info.external_attr >> 16) == 0o644
            assert info.extra == b""
            folder = tmp_path / "a" / f"{repo.get(ids[0]).slug}-{ids[0]}" / info.filename
            assert archive.read(info) == folder.read_bytes()


def test_bundle_layout_manifest_and_record(repo, newsroom, tmp_path):
    article_id = newsroom.article(photos=2)
    before = repo.get(article_id)
    assert before.status == "ready"
    report = export_articles(
        repo, [article_id], "folder", tmp_path / "out", workers=1, portal=PORTAL
    )
    after = repo.get(article_id)
    # the workflow's publish step: the status changes, the text's version does not
    assert after.status == "published" and after.version == before.version
    assert [t.action for t in repo.review.timeline(article_id)][-1] == "publish"
    assert BundleWrites(repo).exported_version(article_id) == after.version
    root = tmp_path / "out" / f"{after.slug}-{article_id}"
    assert report.exported[0].path == root.name
    manifest = json.loads((root / "manifest.json").read_bytes())
    assert manifest["format_version"] == 1 and manifest["version"] == after.version
    listed = {f["path"]: f for f in manifest["files"]}
    on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()} - {
        "manifest.json"
    }
    assert set(listed) == on_disk
    assert len([p for p in on_disk if p.startswith("media/")]) == 6  # 2 photos x 3 widths
    for path, entry in listed.items():
        data = (root / path).read_bytes()
        assert entry["size"] == len(data) and entry["sha256"] == sha256(data)
        if path.startswith("media/"):
            assert path == f"media/{sha256(data)}.jpg"  # named by content
    index = json.loads((tmp_path / "out" / "index.json").read_bytes())
    assert index["articles"][0]["manifest_sha256"] == sha256((root / "manifest.json").read_bytes())
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".lnv-tmp-")]


@pytest.mark.parametrize(
    "problem", ["title", "lead", "alt", "caption", "removed-photo", "deleted-related"]
)
def test_unpublishable_articles_are_refused_with_reasons(repo, newsroom, tmp_path, problem):
    good = newsroom.article("Bài tốt", photos=1)
    other = newsroom.article("Tin sẽ bị xoá", photos=0)
    bad = newsroom.article("Bài có lỗi", photos=2, related=[other])
    photos = repo.photos.list(bad)
    version = repo.get(bad).version
    if problem in ("title", "lead"):
        repo.save(bad, {problem: ""}, base_version=version, reason="save")
    elif problem in ("alt", "caption"):
        repo.photos.update(photos[1].id, **{problem: ""})
    elif problem == "removed-photo":
        repo.photos.set_removed(photos[1].id, True)
    else:
        repo.delete(other)
    statuses = {i: repo.get(i).status for i in (good, bad)}
    with pytest.raises(ExportRefused) as caught:
        export_articles(repo, [good, bad], "folder", tmp_path / "out", workers=1, portal=PORTAL)
    assert list(caught.value.problems) == [bad]
    reasons = " ".join(r.english() for r in caught.value.problems[bad][1])
    expected = {
        "title": "no title",
        "lead": "no lead",
        "alt": "no alt text",
        "caption": "no caption",
        "removed-photo": f"photo:{photos[1].id}",
        "deleted-related": "deleted",
    }[problem]
    assert expected in reasons
    assert not (tmp_path / "out").exists()  # nothing written, nothing published
    assert {i: repo.get(i).status for i in (good, bad)} == statuses
    assert BundleWrites(repo).exported_version(good) is None


def test_reexport_replaces_the_previous_bundle_whole(repo, newsroom, tmp_path, read_tree):
    article_id = newsroom.article(photos=1)
    export_articles(repo, [article_id], "folder", tmp_path / "out", workers=1, portal=PORTAL)
    article = repo.get(article_id)
    repo.save(
        article_id,
        {"body": article.body + "\n\nĐoạn mới."},
        base_version=article.version,
        reason="save",
    )
    newsroom.approve(article_id)  # the edits of a published article go out once approved
    export_articles(repo, [article_id], "folder", tmp_path / "out", workers=1, portal=PORTAL)
    tree = read_tree(tmp_path / "out")
    assert any(
        "Đoạn mới" in data.decode("utf-8", "replace")
        for p, data in tree.items()
        if p.endswith("index.html")
    )
    assert len([p for p in tree if p.endswith("manifest.json")]) == 1


def test_cancel_keeps_finished_bundles_only(repo, newsroom, tmp_path):
    ids = [newsroom.article(f"Bài {n}", photos=0) for n in range(4)]
    seen = []

    def progress(done, total):
        seen.append(done)

    with pytest.raises(BundleError, match="cancelled"):
        export_articles(
            repo,
            ids,
            "folder",
            tmp_path / "out",
            workers=1,
            progress=progress,
            cancel=lambda: len(seen) >= 2,
            portal=PORTAL,
        )
    bundles = [p for p in (tmp_path / "out").iterdir() if p.is_dir()]
    assert len(bundles) == 2 and all((b / "manifest.json").is_file() for b in bundles)
    assert sum(BundleWrites(repo).exported_version(i) is not None for i in ids) == 2


def test_cancel_on_the_process_pool(repo, newsroom, tmp_path):
    ids = [newsroom.article(f"Bài {n}", photos=0) for n in range(12)]
    done = []
    with pytest.raises(BundleError, match="cancelled"):
        export_articles(
            repo,
            ids,
            "zip",
            tmp_path / "out",
            workers=2,
            progress=lambda d, t: done.append(d),
            cancel=lambda: bool(done),
            portal=PORTAL,
        )
    written = sorted((tmp_path / "out").glob("*.zip"))
    assert 1 <= len(written) < len(ids)  # stopped early, and what was finished is kept
    recorded = [i for i in ids if BundleWrites(repo).exported_version(i) is not None]
    assert len(recorded) == len(written)
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".lnv-tmp-")]


def test_an_unwritable_target_publishes_nothing(repo, newsroom, tmp_path):
    article_id = newsroom.article(photos=0)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for target, out in (("folder", blocker), ("zip", blocker / "sub"), ("sqlite", tmp_path)):
        with pytest.raises(BundleError, match="Cannot write the export"):
            export_articles(repo, [article_id], target, out, workers=1, portal=PORTAL)
    assert repo.get(article_id).status == "ready"
    assert BundleWrites(repo).exported_version(article_id) is None
