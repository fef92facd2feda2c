"""Rows from the server are input like any other: a peer may have written anything the
server let through. Each document is checked before it touches the store; a bad one is
refused with a message saying what was wrong, and the rest of the sync goes on."""

from __future__ import annotations

import uuid

from lnv_editor.core.article import Status
from lnv_editor.core.errors import QT_TRANSLATE_NOOP

MAX_TITLE = 1_000
MAX_TEXT = 2 * 1024 * 1024  # characters of a lead, body or comment
MAX_SMALL = 10_000  # byline, section, caption, credit, names


class Hostile(Exception):
    """A row from the server the laptop will not store: ``template``/``params`` say why."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


def check_uuid(value: object, what: str) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except (ValueError, TypeError, AttributeError):
        raise Hostile(
            QT_TRANSLATE_NOOP("Sync", "{what} has an invalid id ({value})."),
            what=what,
            value=str(value)[:60],
        ) from None


def check_text(value: object, name: str, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Hostile(QT_TRANSLATE_NOOP("Sync", "The field {field} is not text."), field=name)
    if len(value) > limit:
        raise Hostile(
            QT_TRANSLATE_NOOP(
                "Sync", "The field {field} is too long ({size} characters; at most {limit})."
            ),
            field=name,
            size=f"{len(value):,}",
            limit=f"{limit:,}",
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise Hostile(
            QT_TRANSLATE_NOOP("Sync", "The field {field} is not valid Unicode text."), field=name
        ) from None
    return value.replace("\x00", "")


def check_article(doc: object) -> dict:
    """A server article document, checked: its text fields, status, photos and tags."""
    if not isinstance(doc, dict):
        raise Hostile(QT_TRANSLATE_NOOP("Sync", "An article from the server is not readable."))
    out = dict(doc)
    out["uri"] = check_uuid(doc.get("uri"), "article")
    out["title"] = check_text(doc.get("title"), "title", MAX_TITLE)
    for name in ("lead", "body"):
        out[name] = check_text(doc.get(name), name, MAX_TEXT)
    for name in ("byline", "section"):
        out[name] = check_text(doc.get(name), name, MAX_SMALL)
    try:
        out["status"] = Status(str(doc.get("status") or "draft")).value
    except ValueError:
        raise Hostile(
            QT_TRANSLATE_NOOP("Sync", "Unknown status {status}."),
            status=str(doc.get("status"))[:40],
        ) from None
    version = doc.get("version")
    if not isinstance(version, int) or version < 1:
        raise Hostile(QT_TRANSLATE_NOOP("Sync", "The article has no valid version."))
    out["photos"] = [check_photo(p) for p in _list(doc.get("photos"))]
    out["provinces"] = [
        {
            "code": check_text(p.get("code"), "province", 20),
            "name_used": check_text(p.get("name_used"), "province", MAX_SMALL),
        }
        for p in _list(doc.get("provinces"))
    ]
    out["related"] = [
        {
            "uri": check_uuid(r.get("uri"), "related story"),
            "title": check_text(r.get("title"), "related", MAX_TITLE),
        }
        for r in _list(doc.get("related"))
    ]
    return out


def check_photo(p: dict) -> dict:
    sha = str(p.get("sha256") or "")
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise Hostile(QT_TRANSLATE_NOOP("Sync", "A photo has an invalid SHA-256."))
    out = dict(p)
    out["uuid"] = check_uuid(p.get("uuid"), "photo")
    out["sha256"] = sha
    for name in ("original_name", "caption", "credit", "alt", "format"):
        out[name] = check_text(p.get(name), name, MAX_SMALL)
    for name in ("width", "height", "position"):
        value = p.get(name, 0)
        out[name] = value if isinstance(value, int) and 0 <= value < 1_000_000 else 0
    out["cover"], out["removed"] = bool(p.get("cover")), bool(p.get("removed"))
    return out


def check_comment(doc: dict) -> dict:
    out = dict(doc)
    out["uuid"] = check_uuid(doc.get("uuid"), "comment")
    out["article_uri"] = check_uuid(doc.get("article_uri"), "article")
    for name in ("quote", "prefix", "suffix", "text"):
        out[name] = check_text(doc.get(name), name, MAX_TEXT)
    for name in ("author", "role", "field"):
        out[name] = check_text(doc.get(name), name, MAX_SMALL)
    for name in ("start", "end"):
        value = doc.get(name, 0)
        out[name] = value if isinstance(value, int) and value >= 0 else 0
    return out


def check_transition(doc: dict) -> dict:
    out = dict(doc)
    out["uuid"] = check_uuid(doc.get("uuid"), "workflow step")
    out["article_uri"] = check_uuid(doc.get("article_uri"), "article")
    for name in ("action", "from_status", "to_status", "person", "role", "reason"):
        out[name] = check_text(doc.get(name), name, MAX_SMALL)
    return out


def check_revision(doc: dict) -> dict:
    out = dict(doc)
    out["uuid"] = check_uuid(doc.get("uuid"), "revision")
    out["article_uri"] = check_uuid(doc.get("article_uri"), "article")
    out["title"] = check_text(doc.get("title"), "title", MAX_TITLE)
    for name in ("lead", "body"):
        out[name] = check_text(doc.get(name), name, MAX_TEXT)
    for name in ("byline", "section", "reason", "author"):
        out[name] = check_text(doc.get(name), name, MAX_SMALL)
    try:
        out["status"] = Status(str(doc.get("status") or "draft")).value
    except ValueError:
        out["status"] = Status.DRAFT.value
    return out


def _list(value: object) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
