"""Every right of the newsroom, proved with a raw psycopg connection as the person it binds:
what the app would send, and what a modified client sending its own SQL tries."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg.types.json import Jsonb
from server_helpers import article, article_doc, push_article, push_comment, push_transition

from lnv_editor.server import admin

pytestmark = pytest.mark.required

Denied = psycopg.errors.InsufficientPrivilege


@pytest.fixture
def people(newsroom):
    return {
        "lan": newsroom.person("reporter", "lan"),
        "minh": newsroom.person("reporter", "minh"),
        "hung": newsroom.person("editor", "hung"),
        "thu": newsroom.person("desk", "thu"),
    }


def _at(conn, uri: str, *steps: tuple[str, str, str]) -> None:
    for action, source, target in steps:
        result = push_transition(conn, uri, action, source, target, reason="lý do")
        assert result["result"] == "applied", result


def _story(people, status: str = "draft") -> dict:
    """Lan's article, moved to *status* by the people who may."""
    doc = article_doc()
    with people["lan"].connect() as lan:
        push_article(lan, doc, 0)
        if status == "draft":
            return doc
        _at(lan, doc["uri"], ("submit", "draft", "review"))
    if status == "review":
        return doc
    with people["hung"].connect() as hung:
        if status == "returned":
            _at(hung, doc["uri"], ("return", "review", "returned"))
            return doc
        _at(hung, doc["uri"], ("approve", "review", "ready"))
    if status == "published":
        with people["thu"].connect() as thu:
            _at(thu, doc["uri"], ("publish", "ready", "published"))
    return doc


def test_the_whole_review_round_trip_by_the_people_who_may(people):
    doc = _story(people)
    uri = doc["uri"]
    with people["lan"].connect() as lan:
        assert push_article(lan, {**doc, "body": "Bản hai."}, 1)["version"] == 2
        _at(lan, uri, ("submit", "draft", "review"))
    with people["hung"].connect() as hung:
        # An editor edits the text in review, and returns it with a reason.
        assert (
            push_article(hung, {**doc, "body": "Biên tập.", "status": "review"}, 2)["version"] == 3
        )
        _at(hung, uri, ("return", "review", "returned"))
    with people["lan"].connect() as lan:
        assert (
            push_article(lan, {**doc, "body": "Sửa theo góp ý.", "status": "returned"}, 3)["result"]
            == "applied"
        )
        _at(lan, uri, ("submit", "returned", "review"))
    with people["hung"].connect() as hung:
        _at(hung, uri, ("approve", "review", "ready"))
        assert article(hung, uri)["approved_version"] == 4
    with people["thu"].connect() as thu:
        _at(thu, uri, ("publish", "ready", "published"), ("reopen", "published", "draft"))
    with people["lan"].connect() as lan:  # reopened: hers to edit again
        assert push_article(lan, {**doc, "body": "Cập nhật."}, 4)["version"] == 5
        steps = lan.execute(
            "SELECT action, person FROM lnv.transition WHERE article_uri = %s ORDER BY seq",
            (uri,),
        ).fetchall()
    logins = {name: p.login for name, p in people.items()}
    assert steps == [
        ("submit", logins["lan"]),
        ("return", logins["hung"]),
        ("submit", logins["lan"]),
        ("approve", logins["hung"]),
        ("publish", logins["thu"]),
        ("reopen", logins["thu"]),
    ]


def test_a_reporter_cannot_edit_another_reporters_article(people):
    doc = _story(people)
    with people["minh"].connect() as minh:
        with pytest.raises(Denied, match="phóng viên chỉ sửa bài của mình"):
            push_article(minh, {**doc, "body": "Minh sửa."}, 1)
        raw = minh.execute(
            "UPDATE lnv.article SET body = 'Minh sửa.' WHERE uri = %s", (doc["uri"],)
        )
        assert raw.rowcount == 0  # row security: the row is not hers to update
        with pytest.raises(Denied):
            push_transition(minh, doc["uri"], "submit", "draft", "review")
        assert article(minh, doc["uri"])["body"] == doc["body"]  # but she reads it


def test_a_reporter_cannot_edit_her_own_article_in_review_or_approve_it(people):
    doc = _story(people, "review")
    with people["lan"].connect() as lan:
        with pytest.raises(Denied, match="Chờ duyệt"):
            push_article(lan, {**doc, "body": "Lén sửa."}, 1)
        raw = lan.execute("UPDATE lnv.article SET body = 'x' WHERE uri = %s", (doc["uri"],))
        assert raw.rowcount == 0
        assert article(lan, doc["uri"])["body"] == doc["body"]
        with pytest.raises(Denied):
            push_transition(lan, doc["uri"], "approve", "review", "ready")
        assert (
            lan.execute(
                "UPDATE lnv.article SET status = 'ready' WHERE uri = %s", (doc["uri"],)
            ).rowcount
            == 0
        )
        assert article(lan, doc["uri"])["status"] == "review"


def test_an_editor_cannot_publish_or_reopen(people):
    doc = _story(people, "ready")
    with people["hung"].connect() as hung:
        with pytest.raises(Denied, match="Xuất bản"):
            push_transition(hung, doc["uri"], "publish", "ready", "published")
        with pytest.raises(Denied):
            hung.execute(
                "UPDATE lnv.article SET status = 'published' WHERE uri = %s", (doc["uri"],)
            )
        with pytest.raises(Denied):
            push_transition(hung, doc["uri"], "reopen", "ready", "draft")
        assert article(hung, doc["uri"])["status"] == "ready"


def test_an_editor_cannot_edit_a_reporters_draft(people):
    doc = _story(people)
    with people["hung"].connect() as hung, pytest.raises(Denied, match="Nháp"):
        push_article(hung, {**doc, "body": "Sửa hộ."}, 1)


def test_editing_an_approved_text_sends_it_back_to_review(people):
    doc = _story(people, "ready")
    with people["hung"].connect() as hung:
        assert (
            push_article(hung, {**doc, "body": "Sửa sau duyệt.", "status": "ready"}, 1)["version"]
            == 2
        )
        row = article(hung, doc["uri"])
        assert (row["status"], row["approved_version"]) == ("review", 1)


@pytest.mark.parametrize("who", ["lan", "hung", "thu"])
def test_nobody_edits_a_published_text(people, who):
    doc = _story(people, "published")
    with people[who].connect() as conn:
        with pytest.raises(Denied, match="đã xuất bản"):
            push_article(conn, {**doc, "body": "Sửa bài đã đăng.", "status": "published"}, 1)
        result = None
        try:
            result = conn.execute(
                "UPDATE lnv.article SET title = 'Đổi tít' WHERE uri = %s", (doc["uri"],)
            )
        except Denied:
            pass
        assert result is None or result.rowcount == 0
        assert article(conn, doc["uri"])["title"] == doc["title"]


def test_a_modified_client_inserting_rows_directly_is_refused(people):
    doc = _story(people, "review")
    others = _story(people)
    lan_login = people["lan"].login
    with people["minh"].connect() as minh:
        # An article in someone else's name, or already approved or published.
        with pytest.raises(Denied):
            minh.execute(
                "INSERT INTO lnv.article (uri, owner, title) VALUES (%s, %s, 'Giả')",
                (str(uuid.uuid4()), lan_login),
            )
        for status in ("ready", "published"):
            with pytest.raises(Denied):
                minh.execute(
                    "INSERT INTO lnv.article (uri, title, status) VALUES (%s, 'Giả', %s)",
                    (str(uuid.uuid4()), status),
                )
        # A review step she may not take, recorded by hand.
        with pytest.raises(Denied):
            minh.execute(
                "INSERT INTO lnv.transition (uuid, article_uri, action, from_status, to_status) "
                "VALUES (%s, %s, 'approve', 'review', 'ready')",
                (str(uuid.uuid4()), doc["uri"]),
            )
        # Accounts, rules, deletion: no grant at all.
        for statement in (
            "INSERT INTO lnv.account (login, role) VALUES ('ke_gian', 'desk')",
            "UPDATE lnv.rule SET role = 'reporter'",
            f"DELETE FROM lnv.article WHERE uri = '{others['uri']}'",
            f"DELETE FROM lnv.comment WHERE article_uri = '{others['uri']}'",
            "TRUNCATE lnv.article CASCADE",
            "ALTER TABLE lnv.article DISABLE ROW LEVEL SECURITY",
            "DROP TRIGGER guard ON lnv.article",
        ):
            with pytest.raises(Denied):
                minh.execute(statement)
        # A comment in another's name is written in her own.
        comment = str(uuid.uuid4())
        minh.execute(
            "INSERT INTO lnv.comment (uuid, article_uri, text, author, role) "
            "VALUES (%s, %s, 'Góp ý', %s, 'desk')",
            (comment, others["uri"], lan_login),
        )
        author, role = minh.execute(
            "SELECT author, role FROM lnv.comment WHERE uuid = %s", (comment,)
        ).fetchone()
        assert (author, role) == (people["minh"].login, "reporter")
        # Bookkeeping the server owns: the version and the owner.
        minh.execute("UPDATE lnv.article SET version = 99 WHERE owner = current_user")
        mine = article_doc()
        push_article(minh, mine, 0)
        minh.execute("UPDATE lnv.article SET version = 99 WHERE uri = %s", (mine["uri"],))
        assert article(minh, mine["uri"])["version"] == 1
        with pytest.raises(Denied):
            minh.execute(
                "UPDATE lnv.article SET owner = %s WHERE uri = %s", (lan_login, mine["uri"])
            )


def test_comments_anywhere_but_only_ones_own_text_is_edited(people):
    doc = _story(people, "review")
    comment = str(uuid.uuid4())
    with people["hung"].connect() as hung:
        push_comment(hung, doc["uri"], "Thiếu nguồn.", comment)
    with people["minh"].connect() as minh:
        push_comment(minh, doc["uri"], "Ảnh đẹp.")  # on another's article
        with pytest.raises(Denied, match="chỉ người viết"):
            push_comment(minh, doc["uri"], "Sửa góp ý của người khác.", comment)
    with people["lan"].connect() as lan:
        # The reporter marks the editor's comment resolved: allowed, the text stays.
        lan.execute("UPDATE lnv.comment SET resolved = true WHERE uuid = %s", (comment,))
        row = lan.execute(
            "SELECT text, resolved FROM lnv.comment WHERE uuid = %s", (comment,)
        ).fetchone()
        assert row == ("Thiếu nguồn.", True)
    with people["hung"].connect() as hung:
        push_comment(hung, doc["uri"], "Thiếu nguồn ở đoạn 2.", comment)
        assert hung.execute(
            "SELECT text FROM lnv.comment WHERE uuid = %s", (comment,)
        ).fetchone() == ("Thiếu nguồn ở đoạn 2.",)


def test_a_return_needs_a_reason(people):
    doc = _story(people, "review")
    with (
        people["hung"].connect() as hung,
        pytest.raises(psycopg.errors.InvalidParameterValue, match="lý do"),
    ):
        hung.execute(
            "SELECT lnv.push_transition(%s, NULL, %s)",
            (
                str(uuid.uuid4()),
                Jsonb(
                    {
                        "uuid": str(uuid.uuid4()),
                        "article_uri": doc["uri"],
                        "action": "return",
                        "from_status": "review",
                        "to_status": "returned",
                    }
                ),
            ),
        )


def test_a_stale_step_changes_nothing(people):
    doc = _story(people, "ready")
    with people["hung"].connect() as hung:
        result = push_transition(hung, doc["uri"], "return", "review", "returned", reason="x")
    assert result["result"] == "stale" and result["status"] == "ready"


def test_a_login_without_a_newsroom_role_reads_nothing(newsroom, pg_server):
    name = f"outsider_{uuid.uuid4().hex[:8]}"
    with newsroom.admin() as conn:
        conn.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'outsider-pw'")
    url = pg_server.url(newsroom.database, name, "outsider-pw")
    with psycopg.connect(url, autocommit=True) as conn, pytest.raises(Denied):
        conn.execute("SELECT count(*) FROM lnv.article")


def test_a_disabled_account_cannot_log_in_and_its_session_ends(newsroom, people):
    lan = people["lan"]
    session = lan.connect()
    admin.disable_user(newsroom.url, lan.login)
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        lan.connect()
    with pytest.raises(psycopg.OperationalError):
        session.execute("SELECT 1")
    session.close()
    listed = {a.login: a.disabled for a in admin.list_users(newsroom.url)}
    assert listed[lan.login] is True and listed[people["hung"].login] is False


def test_only_the_desk_purges_and_only_what_is_in_the_trash(people, newsroom):
    doc = _story(people)
    with people["lan"].connect() as lan:
        comment = push_comment(lan, doc["uri"], "Góp ý")
        assert comment["result"] == "applied"
    # A live article: nobody deletes it, the desk neither (row security shows it no such row).
    with people["thu"].connect() as thu:
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            thu.execute("SELECT lnv.purge_article(%s)", (doc["uri"],))
        assert thu.execute("DELETE FROM lnv.article WHERE uri = %s", (doc["uri"],)).rowcount == 0
    with people["lan"].connect() as lan:
        push_article(lan, doc | {"deleted_at": "2026-12-03T10:00:00+00:00"}, 1)
    # In the trash: the reporter who wrote it and the editor are refused, by the function and by
    # raw SQL alike, and nothing is deleted.
    for who in ("lan", "hung"):
        with people[who].connect() as conn:
            with pytest.raises(Denied):
                conn.execute("SELECT lnv.purge_article(%s)", (doc["uri"],))
        for statement in (
            "DELETE FROM lnv.transition WHERE article_uri = %s",
            "DELETE FROM lnv.comment WHERE article_uri = %s",
            "DELETE FROM lnv.revision WHERE article_uri = %s",
            "DELETE FROM lnv.article WHERE uri = %s",
        ):
            with people[who].connect() as conn, pytest.raises(Denied):
                conn.execute(statement, (doc["uri"],))
    with people["lan"].connect() as lan:
        assert article(lan, doc["uri"])["deleted_at"] is not None
    # The desk purges it, with its comments; again is harmless.
    with people["thu"].connect() as thu:
        result = thu.execute("SELECT lnv.purge_article(%s)", (doc["uri"],)).fetchone()[0]
        assert result == {"result": "purged"}
        assert article(thu, doc["uri"]) is None
        assert (
            thu.execute(
                "SELECT count(*) FROM lnv.comment WHERE article_uri = %s", (doc["uri"],)
            ).fetchone()[0]
            == 0
        )
        again = thu.execute("SELECT lnv.purge_article(%s)", (doc["uri"],)).fetchone()[0]
        assert again == {"result": "gone"}
