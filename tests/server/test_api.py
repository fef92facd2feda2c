"""The SQL API a laptop calls (lnv.push_article, push_comment, push_transition, put_blob,
get_blob, pull) on a real PostgreSQL: versions, conflicts kept, op ids, hostile input."""

from __future__ import annotations

import hashlib
import uuid

import psycopg
import pytest
from psycopg.types.json import Jsonb
from server_helpers import article, article_doc, pull, push_article, push_comment

pytestmark = pytest.mark.required


def test_a_new_article_is_applied_then_updated_on_its_version(newsroom):
    lan = newsroom.person("reporter", "lan")
    with lan.connect() as conn:
        doc = article_doc()
        assert push_article(conn, doc, 0) == {"result": "applied", "version": 1}
        row = article(conn, doc["uri"])
        assert row["owner"] == lan.login
        assert row["title"] == doc["title"] and row["provinces"] == doc["provinces"]
        doc["body"] = "Thân bài mới."
        assert push_article(conn, doc, 1) == {"result": "applied", "version": 2}
        assert article(conn, doc["uri"])["body"] == "Thân bài mới."


def test_a_push_on_an_older_version_keeps_both_texts(newsroom):
    lan = newsroom.person("reporter", "lan")
    with lan.connect() as conn:
        doc = article_doc()
        push_article(conn, doc, 0)
        push_article(conn, {**doc, "body": "Bản từ máy A."}, 1)  # version 2
        stale = {**doc, "body": "Bản từ máy B, viết khi ngoại tuyến."}
        result = push_article(conn, stale, 1)
        assert result["result"] == "conflict" and result["version"] == 2
        # The newer text stays; the incoming one is a conflict revision, nothing lost.
        assert article(conn, doc["uri"])["body"] == "Bản từ máy A."
        rev = conn.execute(
            "SELECT reason, article_version, body, author, extras->'provinces' "
            "FROM lnv.revision WHERE uuid = %s",
            (result["revision"],),
        ).fetchone()
        assert rev == ("conflict", 1, stale["body"], lan.login, doc["provinces"])


def test_the_same_op_id_again_returns_the_stored_result_and_applies_nothing(newsroom):
    lan = newsroom.person("reporter", "lan")
    with lan.connect() as conn:
        doc = article_doc()
        push_article(conn, doc, 0)
        op = str(uuid.uuid4())
        first = push_article(conn, {**doc, "body": "Một lần."}, 1, op_id=op)
        again = push_article(conn, {**doc, "body": "Một lần."}, 1, op_id=op)
        assert first == again == {"result": "applied", "version": 2}
        assert article(conn, doc["uri"])["version"] == 2
        # A retried conflict does not keep the text twice.
        op = str(uuid.uuid4())
        first = push_article(conn, {**doc, "body": "Cũ."}, 1, op_id=op)
        again = push_article(conn, {**doc, "body": "Cũ."}, 1, op_id=op)
        assert first == again and first["result"] == "conflict"
        assert conn.execute("SELECT count(*) FROM lnv.revision").fetchone()[0] == 1


def test_another_login_cannot_read_or_reuse_an_op_id(newsroom):
    lan, minh = newsroom.person("reporter", "lan"), newsroom.person("reporter", "minh")
    op = str(uuid.uuid4())
    with lan.connect() as conn:
        push_article(conn, article_doc(), 0, op_id=op)
    with minh.connect() as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        push_article(conn, article_doc(), 0, op_id=op)


def test_pull_returns_everything_then_only_what_changed(newsroom):
    lan = newsroom.person("reporter", "lan")
    editor = newsroom.person("editor", "hung")
    with lan.connect() as conn, editor.connect() as other:
        docs = [article_doc(title=f"Bài {i}") for i in range(3)]
        for doc in docs:
            push_article(conn, doc, 0)
        push_comment(conn, docs[0]["uri"], "Cần thêm ảnh.")
        rows, cursor = pull(other, None)
        assert [k for k, _ in rows] == ["article"] * 3 + ["comment"]
        assert [d["title"] for k, d in rows if k == "article"] == ["Bài 0", "Bài 1", "Bài 2"]
        assert "xact" not in rows[0][1] and rows[0][1]["seq"] > 0
        assert pull(other, cursor)[0] == []  # nothing new
        assert "@" in cursor and pull(other, cursor.split("@")[0])[0] == []  # a bare snapshot
        # The cluster, its first timeline (a promotion changes it) and the database (a dump
        # restored into a new database is another server).
        system, timeline, database = cursor.split("@")[1].split(".")
        assert timeline == "1" and database == str(
            conn.execute(
                "SELECT oid FROM pg_database WHERE datname = current_database()"
            ).fetchone()[0]
        )
        push_article(conn, {**docs[1], "body": "Đã sửa."}, 1)
        rows, cursor2 = pull(other, cursor)
        assert [(k, d["uri"], d["body"]) for k, d in rows] == [
            ("article", docs[1]["uri"], "Đã sửa.")
        ]
        assert pull(other, cursor2)[0] == []


def test_pull_refuses_outside_repeatable_read_and_a_bad_cursor(newsroom):
    lan = newsroom.person("reporter", "lan")
    with lan.connect() as conn:
        with pytest.raises(psycopg.errors.InvalidTransactionState, match="REPEATABLE READ"):
            conn.execute("SELECT * FROM lnv.pull(NULL)").fetchall()
        with pytest.raises(psycopg.errors.InvalidParameterValue, match="Mốc đồng bộ"):
            pull(conn, "xyz; DROP TABLE lnv.article")
        _, cursor = pull(conn, None)
        with pytest.raises(psycopg.errors.InvalidParameterValue, match="máy chủ khác"):
            pull(conn, cursor.split("@")[0] + "@12345")  # made on another cluster
        with pytest.raises(psycopg.errors.InvalidParameterValue, match="máy chủ khác"):
            pull(conn, "99999999:99999999:")  # from a cluster ahead of this one


def test_slow_commit_is_not_skipped_by_a_pull_made_while_it_was_open(newsroom):
    """A opens a transaction and writes; B writes and commits; a laptop pulls (sees B, not A);
    then A commits: the next pull returns A's row although its seq is older than B's."""
    lan, minh = newsroom.person("reporter", "lan"), newsroom.person("reporter", "minh")
    reader = newsroom.person("editor", "hung")
    slow_doc, fast_doc = article_doc(title="Chậm"), article_doc(title="Nhanh")
    with lan.connect() as a, minh.connect() as b, reader.connect() as laptop:
        _, cursor = pull(laptop, None)
        a.execute("BEGIN")
        push_article(a, slow_doc, 0)
        push_article(b, fast_doc, 0)  # autocommit
        rows, cursor = pull(laptop, cursor)
        assert [d["title"] for _, d in rows] == ["Nhanh"]
        a.execute("COMMIT")
        rows, cursor = pull(laptop, cursor)
        assert [d["title"] for _, d in rows] == ["Chậm"]
        slow_seq = rows[0][1]["seq"]
        assert pull(laptop, cursor)[0] == []
    with newsroom.admin() as conn:
        fast_seq = article(conn, fast_doc["uri"])["seq"]
    assert slow_seq < fast_seq  # a pull by seq alone would have skipped it


def test_pushes_survive_a_server_restart(newsroom):
    lan = newsroom.person("reporter", "lan")
    doc = article_doc()
    with lan.connect() as conn:
        push_article(conn, doc, 0)
    newsroom.server.restart()
    with lan.connect() as conn:
        assert push_article(conn, {**doc, "body": "Sau khi khởi động lại."}, 1)["version"] == 2
        rows, _ = pull(conn, None)
        assert rows[0][1]["body"] == "Sau khi khởi động lại."


def test_a_committed_change_is_notified_to_listeners(newsroom):
    lan, hung = newsroom.person("reporter", "lan"), newsroom.person("editor", "hung")
    with hung.connect() as listener, lan.connect() as conn:
        listener.execute("LISTEN lnv_changes")
        doc = article_doc()
        conn.execute("BEGIN")
        push_article(conn, doc, 0)
        push_comment(conn, doc["uri"], "Góp ý")
        conn.execute("COMMIT")
        notes = []
        for note in listener.notifies(timeout=5):
            notes.append((note.channel, note.payload))
            break
        assert notes == [("lnv_changes", doc["uri"])]
        # Both changes of the one transaction came as one notification.
        assert list(listener.notifies(timeout=0.2, stop_after=1)) == []


def test_nothing_is_notified_for_a_transaction_rolled_back(newsroom):
    lan, hung = newsroom.person("reporter", "lan"), newsroom.person("editor", "hung")
    with hung.connect() as listener, lan.connect() as conn:
        listener.execute("LISTEN lnv_changes")
        conn.execute("BEGIN")
        push_article(conn, article_doc(), 0)
        conn.execute("ROLLBACK")
        marker = article_doc()
        push_article(conn, marker, 0)
        note = next(listener.notifies(timeout=5))
        assert note.payload == marker["uri"]


def test_blobs_are_verified_against_their_sha256(newsroom):
    lan = newsroom.person("reporter", "lan")
    data = b"\xff\xd8 a photo"
    sha = hashlib.sha256(data).hexdigest()
    with lan.connect() as conn:
        conn.execute("SELECT lnv.put_blob(%s, %s, %s)", (sha.upper(), data, b"thumb"))
        conn.execute("SELECT lnv.put_blob(%s, %s, NULL)", (sha, data))  # again: harmless
        assert conn.execute("SELECT lnv.get_blob(%s)", (sha,)).fetchone()[0] == data
        assert conn.execute("SELECT lnv.get_thumb(%s)", (sha,)).fetchone()[0] == b"thumb"
        assert conn.execute("SELECT lnv.get_blob(%s)", ("0" * 64,)).fetchone()[0] is None
        with pytest.raises(psycopg.errors.InvalidParameterValue, match="SHA-256"):
            conn.execute("SELECT lnv.put_blob(%s, %s, NULL)", ("0" * 64, data))
        with pytest.raises(psycopg.errors.InvalidParameterValue, match="SHA-256"):
            conn.execute("INSERT INTO lnv.blob (sha256, data, size) VALUES (%s, 'x', 1)", (sha,))
        assert conn.execute("SELECT count(*) FROM lnv.blob").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        ({"title": "T" * 10_000_000}, psycopg.errors.StringDataRightTruncation, "Tiêu đề dài"),
        ({"body": "x" * 3_000_000}, psycopg.errors.StringDataRightTruncation, "2 MB"),
        ({"status": "approved"}, psycopg.errors.InvalidParameterValue, "Trạng thái"),
        ({"uri": "not-a-uuid"}, psycopg.errors.InvalidParameterValue, "uuid"),
        ({"provinces": {"01": "Hà Nội"}}, psycopg.errors.InvalidParameterValue, "mảng JSON"),
        (
            {"photos": [{"uuid": "x", "sha256": "../../etc/passwd"}]},
            psycopg.errors.InvalidParameterValue,
            "SHA-256",
        ),
        (
            {"related": [{"uri": "x", "title": "T" * 2_000_000}]},
            psycopg.errors.StringDataRightTruncation,
            "1 MB",
        ),
    ],
)
def test_hostile_input_is_refused_with_a_message_and_nothing_written(
    newsroom, fields, error, message
):
    lan = newsroom.person("reporter", "lan")
    with lan.connect() as conn:
        with pytest.raises(error, match=message):
            push_article(conn, article_doc(**fields), 0)
        assert conn.execute("SELECT count(*) FROM lnv.article").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM lnv.op").fetchone()[0] == 0
        # A raw INSERT meets the same checks.
        doc = article_doc(**fields)
        if "uri" not in fields:
            with pytest.raises(error, match=message):
                conn.execute(
                    "INSERT INTO lnv.article (uri, title, body, status, provinces, photos, related) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                    (
                        doc["uri"],
                        doc["title"],
                        doc["body"],
                        doc["status"],
                        Jsonb(doc["provinces"]),
                        Jsonb(doc["photos"]),
                        Jsonb(doc["related"]),
                    ),
                )
        # ...and the next good push goes through.
        assert push_article(conn, article_doc(), 0)["result"] == "applied"


def test_text_is_stored_nfc(newsroom):
    lan = newsroom.person("reporter", "lan")
    decomposed = "Làng nghề"  # NFC
    import unicodedata

    with lan.connect() as conn:
        doc = article_doc(title=unicodedata.normalize("NFD", decomposed))
        push_article(conn, doc, 0)
        assert article(conn, doc["uri"])["title"] == decomposed
