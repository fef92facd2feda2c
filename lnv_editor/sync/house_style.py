"""The newsroom dictionary and the house-style rules, carried through the server (migration
s0006) so that they travel with the newsroom, not just with one store.

Both are append-only. Words: the union of every laptop's, one per lookup key (two laptops
adding words offline both keep theirs). Rules: every version is kept; the one in force is the
newest by its saved time (store/house_rules.py), so a newer version from elsewhere becomes the
current one here and the older stays in the history. Editors and the desk send theirs (the
server refuses a reporter's, so a reporter's laptop keeps its own additions to itself); every
laptop receives them. What was exchanged is noted in ``sync_pushed`` (kinds "word", "rules")."""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy import insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from lnv_editor.core.errors import QT_TRANSLATE_NOOP
from lnv_editor.core.spelling.lexicon import key
from lnv_editor.core.vietnamese import nfc
from lnv_editor.store.changes import Part
from lnv_editor.store.models import DictionaryWord, HouseRules
from lnv_editor.sync import local
from lnv_editor.sync.checks import Hostile, check_text, check_uuid
from lnv_editor.sync.docs import iso, parse_time
from lnv_editor.sync.messages import translated
from lnv_editor.sync.report import Refusal, SyncReport
from lnv_editor.sync.server import RowRefused, as_json, call

D = DictionaryWord.__table__
H = HouseRules.__table__
KINDS = ("dictionary_word", "house_rules")
WRITERS = ("editor", "desk")  # the roles the server takes them from
NAMESPACE = uuid.UUID("6c6e7601-0000-4000-8000-686f75736572")  # house rules versions


def version_uuid(text: str, saved) -> str:
    """A version's id on the server: from its text and when it was saved, so the same
    version is the same id on every laptop that holds it."""
    digest = hashlib.sha256(nfc(text).encode()).hexdigest()
    return str(uuid.uuid5(NAMESPACE, f"{iso(saved)}\n{digest}"))


def _shipped(text: str, saved_by: str) -> bool:
    from lnv_editor.core.spelling.house import shipped_text

    return saved_by == "" and text == nfc(shipped_text())  # every store's first version


def push(session, report: SyncReport) -> None:
    """Send this laptop's words and rule versions the server has not had from it."""
    repo = session.repo
    with repo.writes.reading() as conn:
        if local.get_meta(conn, local.ROLE) not in WRITERS:
            return
        sent_words = set(local.pushed_digests(conn, "word"))
        sent_rules = set(local.pushed_digests(conn, "rules"))
        words = [
            {"key": k, "word": w, "added": iso(a)}
            for k, w, a in conn.execute(select(D.c.key, D.c.word, D.c.added).order_by(D.c.id))
            if k not in sent_words
        ]
        versions = [
            {"uuid": version_uuid(t, s), "text": t, "saved": iso(s)}
            for t, s, by in conn.execute(select(H.c.text, H.c.saved, H.c.saved_by).order_by(H.c.id))
            if not _shipped(t, by)
        ]
    versions = [v for v in versions if v["uuid"] not in sent_rules]
    done: list[tuple[str, str]] = []
    try:
        for kind, sql, docs, ref in (
            ("word", "SELECT lnv.push_word(%s, %s, %s)", words, "key"),
            ("rules", "SELECT lnv.push_rules(%s, %s, %s)", versions, "uuid"),
        ):
            for doc in docs:
                params = (str(uuid.uuid4()), session.laptop, as_json(doc))
                try:
                    call(session.conn, session.address, sql, params)
                except RowRefused as exc:
                    report.refused.append(Refusal("", doc.get("word", ""), exc.message))
                    continue
                done.append((kind, doc[ref]))
    finally:
        if done:
            with repo.writes.transaction() as tx:
                for kind, ref in done:
                    local.mark_pushed(tx.conn, kind, ref)
            report.sent += len(done)


def apply(repo, report: SyncReport, rows: list[tuple[str, object]]) -> None:
    """Write the server's words and rule versions not here yet, in one transaction (one
    change record for each of the dictionary and the rules, when something came)."""
    if not rows:
        return
    received = 0
    with repo.writes.incoming(), repo.writes.transaction() as tx:
        conn = tx.conn
        for kind, raw in rows:
            doc = raw if isinstance(raw, dict) else {}
            try:
                if kind == "dictionary_word":
                    received += _word(conn, doc)
                    tx.touch(None, Part.DICTIONARY)
                else:
                    received += _version(conn, doc)
                    tx.touch(None, Part.HOUSE_RULES)
            except Hostile as exc:
                message = translated("Sync", exc.template, **exc.params)
                report.refused.append(Refusal("", "", message))
    report.received += received


def _word(conn, doc: dict) -> int:
    word = " ".join(nfc(check_text(doc.get("word"), "word", 80)).split())
    if not word:
        return 0
    found = conn.execute(select(D.c.id).where(D.c.key == key(word))).first()
    local.mark_pushed(conn, "word", key(word))
    if found:
        return 0
    added = parse_time(doc.get("added"))
    conn.execute(
        sqlite_insert(D)
        .values(
            word=word,
            key=key(word),
            added=added or _now(),
            added_by=check_text(doc.get("added_by"), "added_by", 200),
        )
        .on_conflict_do_nothing()
    )
    return 1


def _version(conn, doc: dict) -> int:
    server_uuid = check_uuid(doc.get("uuid"), "house rules")
    if local.pushed_digest(conn, "rules", server_uuid) is not None:
        return 0  # ours coming back, or seen already
    text = nfc(check_text(doc.get("text"), "text", 1024 * 1024))
    saved = parse_time(doc.get("saved")) or _now()
    from lnv_editor.core.spelling.house import HouseRulesError, parse_rules

    try:
        parse_rules(text)
    except HouseRulesError as exc:
        raise Hostile(
            QT_TRANSLATE_NOOP(
                "Sync", "A version of the house style rules from the server is not valid: {reason}"
            ),
            reason=str(exc),
        ) from None
    conn.execute(
        insert(H).values(
            text=text, saved=saved, saved_by=check_text(doc.get("saved_by"), "saved_by", 200)
        )
    )
    local.mark_pushed(conn, "rules", server_uuid)
    local.mark_pushed(conn, "rules", version_uuid(text, saved))  # as this store now holds it
    return 1


def _now():
    from lnv_editor.store.clock import utcnow

    return utcnow()
