"""article.json is IPTC ninjs 3.1 and carries every part of the article in its place."""

from __future__ import annotations

import hashlib
import json
import re

import jsonschema
import pytest
from bundle_helpers import BASE_URL, PORTAL, ninjs_errors

from lnv_editor.export.build import build_bundle
from lnv_editor.export.collect import collect
from lnv_editor.export.ninjs import rendition_member, schema_problems
from lnv_editor.export.portal import BundleLinks
from lnv_editor.paths import asset

NINJS = asset("ninjs")


def _schema() -> dict:
    """The schema shipped in the package, which runtime validation uses."""
    return json.loads(asset("ninjs", "ninjs-schema_3.1.json").read_text(encoding="utf-8"))


def test_the_shipped_schema_is_iptc_ninjs_3_1_unchanged():
    """The copy in lnv_editor/assets/ninjs/ is IPTC's text byte for byte: SOURCE.md records
    the SHA-256 of the file IPTC publishes, and a schema validator accepts it as a schema."""
    digest = re.search(r"`([0-9a-f]{64})`", (NINJS / "SOURCE.md").read_text(encoding="utf-8"))
    assert digest, "SOURCE.md records the schema's SHA-256"
    data = (NINJS / "ninjs-schema_3.1.json").read_bytes()
    assert hashlib.sha256(data).hexdigest() == digest.group(1)
    schema = _schema()
    assert schema["$id"] == "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_article_json_is_valid_ninjs_with_every_part(repo, newsroom):
    other = newsroom.article("Tin cũ về làng lụa", photos=0, approve=False)
    article_id = newsroom.article(related=[other])
    bundle = build_bundle(collect(repo, article_id), BundleLinks(PORTAL))
    doc = json.loads(bundle.files["article.json"])
    jsonschema.validate(doc, _schema(), cls=jsonschema.Draft202012Validator)
    assert ninjs_errors(doc) == []  # with format checking, as IPTC's validator runs it
    assert schema_problems(doc, formats=True) == []
    article = repo.get(article_id)
    assert doc["uri"] == article.extra["uri"] and doc["version"] == str(article.version)
    assert doc["language"] == "vi" and doc["pubStatus"] == "usable"
    assert doc["headlines"] == [
        {"role": "main", "contentType": "text/plain", "value": article.title}
    ]
    assert doc["descriptions"][0]["value"] == article.lead
    bodies = {b["contentType"]: b["value"] for b in doc["bodies"]}
    assert "<h2>Tiêu đề phụ</h2>" in bodies["text/html"]
    assert "![](photo:1)" in bodies["text/markdown"] and "![](photo:2)" in bodies["text/markdown"]
    assert doc["by"] == "Lê Nam"
    assert doc["subjects"] == [{"name": "Làng nghề", "rel": "section"}]
    about = [p for p in doc["places"] if p["rel"] == "about"]
    assert [p["name"] for p in about] == [
        "Thành phố Hà Nội",
        "Bắc Ninh",
    ]  # Bắc Giang became Bắc Ninh
    used = {p["literal"]: p["name"] for p in doc["places"] if p["rel"] == "mentions"}
    assert used[about[1]["literal"]] == "Bắc Giang"
    pictures = [a for a in doc["associations"] if a["type"] == "picture"]
    assert [p["name"] for p in pictures] == ["photo1", "photo2"]
    assert pictures[0]["rel"] == "cover"
    texts = {d["role"]: d["value"] for d in pictures[0]["descriptions"]}
    assert texts == {
        "caption": "Nghệ nhân bên lò gốm",
        "alt": "Người thợ cầm chiếc bình men lam",
        "credit": "Ảnh: Lê Nam",
    }
    assert [r["name"] for r in pictures[0]["renditions"]] == ["w1600", "w800", "w320"]
    for r in pictures[0]["renditions"]:
        member = rendition_member(r["href"])
        assert r["href"] == f"{BASE_URL}/{member}"  # absolute: "format": "uri"
        assert member in bundle.files and r["sizeInBytes"] == len(bundle.files[member])
    related = [a for a in doc["associations"] if a.get("rel") == "related"]
    assert related == [
        {
            "name": "related1",
            "rel": "related",
            "uri": repo.get(other).extra["uri"],
            "type": "text",
            "headlines": [
                {"role": "main", "contentType": "text/plain", "value": "Tin cũ về làng lụa"}
            ],
        }
    ]


def test_unknown_root_field_is_not_ninjs(repo, newsroom):
    doc = json.loads(build_bundle(collect(repo, newsroom.article(photos=1))).files["article.json"])
    doc["lnvStatus"] = "published"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, _schema(), cls=jsonschema.Draft202012Validator)
    assert schema_problems(doc)


def test_without_a_portal_address_renditions_are_relative_and_not_valid_ninjs(repo, newsroom):
    # What --no-base-url writes: the structure is ninjs, the relative hrefs are not uris.
    bundle = build_bundle(collect(repo, newsroom.article(photos=1)))
    doc = json.loads(bundle.files["article.json"])
    assert schema_problems(doc) == []
    problems = ninjs_errors(doc)
    assert problems and all("is not a 'uri'" in p for p in problems)
    assert doc["associations"][0]["renditions"][0]["href"].startswith("media/")
