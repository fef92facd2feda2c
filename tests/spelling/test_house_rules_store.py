"""The house-style rules live in the store: seeded from the app's file, one version per save
(who, when, text), a bad file refused with its line and nothing written, restore as undo."""

from __future__ import annotations

import sqlite3

import pytest

from lnv_editor.core.spelling.house import HouseRulesError, check_article, shipped_text
from lnv_editor.store.changes import Part
from lnv_editor.store.repository import Repository

HEADER = "id\tpattern\tmessage\tfix\tseverity\n"


def _rows(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, text, saved_by FROM house_rules ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def repo(tmp_path):
    repo = Repository.open(tmp_path / "s.sqlite")
    yield repo
    repo.close()


def test_a_new_store_starts_with_the_shipped_rules(repo):
    current = repo.house_rules.current()
    assert current.version == 1 and current.saved_by == ""
    assert current.text == shipped_text()
    assert [r.id for r in repo.house_rules.rules()][:3] == ["H001", "H002", "H003"]


def test_a_save_is_one_change_and_a_new_version(repo, tmp_path):
    changes = []
    repo.writes.subscribe(changes.append)
    text = shipped_text() + "H099\t\\bthăm quan\\b\tTòa soạn viết “tham quan”.\ttham quan\tinfo\n"
    assert repo.house_rules.save(text, saved_by="Trần Hoà") == 2
    assert [c.parts for c in changes] == [frozenset({Part.HOUSE_RULES})]
    assert repo.house_rules.rules()[-1].id == "H099"
    found = check_article(title="", lead="", body="Đoàn thăm quan.", rules=repo.house_rules.rules())
    assert [(f.rule, f.fix) for f in found] == [("H099", "tham quan")]
    # Saving the same text again is no version and no change.
    assert repo.house_rules.save(text, saved_by="Trần Hoà") is None
    assert len(changes) == 1
    history = repo.house_rules.history()
    assert [(v.version, v.saved_by) for v in history] == [(2, "Trần Hoà"), (1, "")]
    assert history[0].saved >= history[1].saved


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("H050\t(tỉnh\tThiếu ngoặc.\t\twarning", ["Line 7", "H050", "regular expression"]),
        ("H050\tx*\tKhớp rỗng.\t\twarning", ["Line 7", "empty text"]),
        ("H050\t(a)b\tNhóm.\t\\2\twarning", ["Line 7", "fix", "1"]),
        ("H050\tabc\tMức.\t\tfatal", ["Line 7", "fatal", "warning or info"]),
        ("H001\tabc\tTrùng.\t\twarning", ["Line 7", "H001", "line 5"]),
        ("H050\tabc\t\t\twarning", ["Line 7", "message is empty"]),
        ("H050\tabc\tm\t\twarning\tthừa", ["Line 7", "6 columns"]),
    ],
)
def test_a_bad_rule_is_refused_with_its_line_and_the_store_is_untouched(repo, line, words):
    path = repo.path
    before = _rows(path)
    changes = []
    repo.writes.subscribe(changes.append)
    text = (
        "# Quy tắc tòa soạn\n# version: 2\n\n"
        + HEADER
        + "H001\tTPHCM\tViết TP.HCM.\tTP.HCM\twarning\n"
        + "H002\tSài gòn\tViết Sài Gòn.\tSài Gòn\twarning\n"
        + line
        + "\n"
    )
    with pytest.raises(HouseRulesError) as caught:
        repo.house_rules.save(text, saved_by="Lê Nam")
    message = str(caught.value)
    for word in words:
        assert word in message, message
    assert _rows(path) == before
    assert changes == []
    assert repo.house_rules.current().version == 1


def test_restore_puts_an_older_version_back_as_a_new_one(repo):
    original = repo.house_rules.current().text
    repo.house_rules.save(HEADER + "H1\tabc\tm\t\twarning\n", saved_by="A")
    assert [r.id for r in repo.house_rules.rules()] == ["H1"]
    assert repo.house_rules.restore(1, saved_by="B") == 3
    assert repo.house_rules.current().text == original
    assert [(v.version, v.saved_by) for v in repo.house_rules.history()] == [
        (3, "B"),
        (2, "A"),
        (1, ""),
    ]


def test_the_rules_travel_with_a_copy_of_the_store(repo, tmp_path):
    repo.house_rules.save(HEADER + "H1\tabc\tm\t\twarning\n", saved_by="A")
    copy = tmp_path / "copy.sqlite"
    src, dst = sqlite3.connect(repo.path), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    other = Repository.open(copy)
    try:
        assert [r.id for r in other.house_rules.rules()] == ["H1"]
    finally:
        other.close()
