"""The photos a bundle carries: renditions with no metadata at all, though the originals
carried EXIF with GPS and a comment."""

from __future__ import annotations

import io

from bundle_helpers import PORTAL
from PIL import Image

from lnv_editor.export.run import export_articles


def test_exported_renditions_carry_no_metadata(repo, newsroom, tmp_path, read_tree):
    article_id = newsroom.article(photos=2)
    original = repo.media().original_path(repo.photos.list(article_id)[0].sha256)
    with Image.open(original) as im:  # the test's premise: the original does carry GPS
        assert im.getexif().get_ifd(0x8825) and im.info.get("comment")
    export_articles(repo, [article_id], "folder", tmp_path / "out", workers=1, portal=PORTAL)
    media = {p: d for p, d in read_tree(tmp_path / "out").items() if "/media/" in p}
    assert len(media) == 6
    for path, data in media.items():
        with Image.open(io.BytesIO(data)) as im:
            assert im.format == "JPEG"
            assert not im.getexif(), path
            assert im.getexif().get_ifd(0x8825) == {}
            assert "exif" not in im.info and "xmp" not in im.info and "comment" not in im.info
            assert "photoshop" not in im.info  # IPTC lives in Photoshop's APP13 block
            assert not any(
                marker in data
                for marker in (b"Exif\x00\x00", b"http://ns.adobe.com/xap", b"Photoshop 3.0")
            )
            assert b"105.8542" not in data and b"Canon" not in data
        assert max(Image.open(io.BytesIO(data)).size) <= 1600
