"""The article as IPTC ninjs 3.1 (``article.json``), and back.

Where each part of an article goes (docs/bundle.md has the full table):

- title -> ``headlines[role=main]``; lead -> ``descriptions[role=summary]``;
  sanitised body HTML -> ``bodies[role=main, contentType=text/html]``;
  the Markdown source -> ``bodies[role=source, contentType=text/markdown]`` (our documented
  extension inside an allowed place, so an import gets the exact text back);
- byline -> ``by``; section -> ``subjects[rel=section]``; slug -> ``slugline``;
- each province tag -> ``places[rel=about]`` (current name, ``literal`` = province code), and
  the name the story used -> ``places[rel=mentions]`` with the same code;
- photos -> ``associations[type=picture]`` named ``photo<N>``, with renditions, caption and alt
  text as ``descriptions`` with roles ``caption`` and ``alt``, the credit line as role
  ``credit``, the cover as ``rel=cover``, the photo's original file name as ``title``; related stories -> ``associations[type=text,
  rel=related]`` by uri.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from lnv_editor.export.model import (
    ArticleExport,
    PhotoExport,
    ProvinceExport,
    RelatedExport,
    iso,
    parse_iso,
)
from lnv_editor.export.portal import Portal

NINJS_STANDARD = {
    "name": "ninjs",
    "version": "3.1",
    "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
}
PROFILE = "lnv-article-1"
HTML = "text/html"
MARKDOWN = "text/markdown"
PLAIN = "text/plain"
MEDIA_PREFIX = "media/"


def _text(value: str, role: str, content_type: str = PLAIN) -> dict[str, str]:
    return {"role": role, "contentType": content_type, "value": value}


def _photo(photo: PhotoExport, portal: Portal) -> dict[str, Any]:
    named = {"title": photo.original_name} if photo.original_name else {}
    return {
        "name": f"photo{photo.number}",
        **named,
        "rel": "cover" if photo.cover else "photo",
        "uri": photo.uri,
        "type": "picture",
        "descriptions": [
            _text(photo.caption, "caption"),
            _text(photo.alt, "alt"),
            _text(photo.credit, "credit"),
        ],
        "renditions": [
            {
                "name": f"w{r.width}",
                "href": portal.media_url(r.name),
                "contentType": "image/jpeg",
                "width": r.actual_width,
                "height": r.actual_height,
                "sizeInBytes": len(r.data),
            }
            for r in photo.renditions
        ],
    }


def to_ninjs(
    article: ArticleExport, body_html: str, portal: Portal | None = None
) -> dict[str, Any]:
    """The ninjs object of *article*; *body_html* is the sanitised body the page shows.
    Rendition ``href``s are absolute at the *portal* (relative without its address: then
    the document is not valid ninjs, whose ``href`` is ``"format": "uri"``)."""
    portal = portal or Portal()
    places: list[dict[str, str]] = []
    for tag in article.provinces:
        places.append({"name": tag.name, "rel": "about", "literal": tag.code})
        if tag.name_used:
            places.append({"name": tag.name_used, "rel": "mentions", "literal": tag.code})
    doc: dict[str, Any] = {
        "uri": article.uri,
        "standard": NINJS_STANDARD,
        "type": "text",
        "representationType": "full",
        "profile": PROFILE,
        "version": str(article.version),
        "firstCreated": iso(article.created),
        "versionCreated": iso(article.updated),
        "pubStatus": "usable",
        "language": "vi",
        "slugline": article.slug,
        "headlines": [_text(article.title, "main")],
        "descriptions": [_text(article.lead, "summary")],
        "bodies": [
            _text(body_html, "main", HTML),
            _text(article.body, "source", MARKDOWN),
        ],
        "by": article.byline,
        "places": places,
        "subjects": [{"name": article.section, "rel": "section"}] if article.section else [],
        "associations": [_photo(p, portal) for p in article.photos]
        + [
            {
                "name": f"related{n}",
                "rel": "related",
                "uri": r.uri,
                "type": "text",
                "headlines": [_text(r.title, "main")],
            }
            for n, r in enumerate(article.related, start=1)
        ],
    }
    return doc


@lru_cache(maxsize=2)
def _validator(formats: bool):
    from jsonschema import Draft202012Validator

    from lnv_editor.paths import asset

    schema = json.loads(asset("ninjs", "ninjs-schema_3.1.json").read_text(encoding="utf-8"))
    checker = Draft202012Validator.FORMAT_CHECKER if formats else None
    return Draft202012Validator(schema, format_checker=checker)


def schema_problems(doc: Any, *, formats: bool = False) -> list[str]:
    """Why *doc* is not valid ninjs 3.1 (empty if it is). With *formats*, ``uri`` and
    ``date-time`` values are checked too, as IPTC's validator does (jsonschema checks them
    with ``rfc3986-validator`` and ``rfc3339-validator``, dependencies of this package);
    without, only the structure (an import accepts bundles made without a portal address)."""
    errors = sorted(_validator(formats).iter_errors(doc), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors]


def rendition_member(href: str) -> str:
    """The bundle file a rendition ``href`` names: ``media/<name>`` for a relative href or
    one at the portal (``https://lnv.vn/media/<name>``)."""
    if href.startswith(MEDIA_PREFIX):
        return href
    head, sep, name = href.rpartition("/" + MEDIA_PREFIX)
    return MEDIA_PREFIX + name if sep and "://" in head and "/" not in name else href


# ----- reading -----------------------------------------------------------------------------


class NinjsShapeError(ValueError):
    """Valid ninjs, but not the shape an LNV article has."""


def _one(
    items: list[dict],
    *,
    role: str | None = None,
    rel: str | None = None,
    content_type: str | None = None,
) -> dict:
    found = [
        i
        for i in items
        if (role is None or i.get("role") == role)
        and (rel is None or i.get("rel") == rel)
        and (content_type is None or i.get("contentType") == content_type)
    ]
    if len(found) != 1:
        what = role or rel or content_type
        raise NinjsShapeError(f"expected one entry with {what!r}, found {len(found)}")
    return found[0]


def _str(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise NinjsShapeError(f"{what} is not text")
    return value


def from_ninjs(doc: dict[str, Any]) -> tuple[ArticleExport, list[dict[str, Any]]]:
    """The article in a valid ninjs *doc* (ids 0, photos without data) and the rendition
    entries of each photo, by photo number. ``NinjsShapeError`` if a part is missing."""
    if doc.get("profile") != PROFILE:
        raise NinjsShapeError(f"profile is {doc.get('profile')!r}, not {PROFILE!r}")
    try:
        version = int(_str(doc.get("version"), "version"))
        created = parse_iso(_str(doc.get("firstCreated"), "firstCreated"))
        updated = parse_iso(_str(doc.get("versionCreated"), "versionCreated"))
    except ValueError as exc:
        raise NinjsShapeError(str(exc)) from None
    if version < 1:
        raise NinjsShapeError("version must be 1 or more")
    bodies = doc.get("bodies", [])
    article = ArticleExport(
        id=0,
        uri=_str(doc["uri"], "uri"),
        slug=_str(doc.get("slugline", ""), "slugline"),
        title=_str(_one(doc.get("headlines", []), role="main")["value"], "title"),
        lead=_str(_one(doc.get("descriptions", []), role="summary")["value"], "lead"),
        body=_str(_one(bodies, role="source", content_type=MARKDOWN)["value"], "body"),
        byline=_str(doc.get("by", ""), "by"),
        section="",
        status="published",
        created=created,
        updated=updated,
        version=version,
    )
    sections = [s for s in doc.get("subjects", []) if s.get("rel") == "section"]
    if sections:
        article.section = _str(sections[0].get("name", ""), "section")
    used = {
        p.get("literal"): p.get("name", "")
        for p in doc.get("places", [])
        if p.get("rel") == "mentions"
    }
    for place in doc.get("places", []):
        if place.get("rel") == "about":
            code = _str(place.get("literal"), "place code")
            article.provinces.append(
                ProvinceExport(
                    code, _str(place.get("name", ""), "place"), _str(used.get(code, ""), "place")
                )
            )
    renditions: list[dict[str, Any]] = []
    for assoc in doc.get("associations", []):
        if assoc.get("type") == "picture":
            number = len(article.photos) + 1
            if assoc.get("name") != f"photo{number}":
                raise NinjsShapeError(f"photo {number} is named {assoc.get('name')!r}")
            texts = assoc.get("descriptions", [])
            article.photos.append(
                PhotoExport(
                    number=number,
                    store_id=0,
                    caption=_str(_one(texts, role="caption")["value"], "caption"),
                    alt=_str(_one(texts, role="alt")["value"], "alt"),
                    credit=_str(_one(texts, role="credit")["value"], "credit"),
                    cover=assoc.get("rel") == "cover",
                    renditions=(),
                    original_name=_str(assoc.get("title", ""), "photo title"),
                )
            )
            entries = assoc.get("renditions", [])
            if not entries:
                raise NinjsShapeError(f"photo {number} has no renditions")
            renditions.append({"uri": assoc["uri"], "renditions": entries})
        elif assoc.get("rel") == "related":
            title = assoc.get("headlines", [{}])[0].get("value", "")
            article.related.append(
                RelatedExport(_str(assoc["uri"], "related uri"), _str(title, "related title"))
            )
        else:
            raise NinjsShapeError(
                f"association {assoc.get('name')!r} is neither a photo nor a related story"
            )
    return article, renditions
