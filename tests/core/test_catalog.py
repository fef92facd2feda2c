"""The Qt-free reader of compiled translations used by the command line."""

from __future__ import annotations

from lnv_editor.core.catalog import Catalog
from lnv_editor.paths import asset


def test_reads_the_project_catalogue_like_qt_does():
    catalog = Catalog.load(asset("i18n", "lnv_editor_vi.qm"))
    assert len(catalog) > 100
    assert catalog.translate("Cli", "Title") != "Title"
    assert catalog.translate("Errors", "There is no article with id {id}.").count("{id}") == 1


def test_unknown_messages_and_bad_files_fall_back_to_english(tmp_path):
    catalog = Catalog.load(asset("i18n", "lnv_editor_vi.qm"))
    assert catalog.translate("Cli", "never seen text") == "never seen text"
    assert catalog.translate("NoSuchContext", "Title") == "Title"
    junk = tmp_path / "junk.qm"
    junk.write_bytes(b"not a qm file at all")
    assert Catalog.load(junk).translate("Cli", "Title") == "Title"
    assert len(Catalog.load(tmp_path / "missing.qm")) == 0
