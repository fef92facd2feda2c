"""The newsroom dictionary and the house-style rules travel through the server: editors and
the desk add, everyone receives; words added offline on two laptops are all kept, and a newer
rules version from elsewhere becomes the one in force with the older kept in the history."""

from __future__ import annotations

import psycopg
import pytest
from psycopg.types.json import Jsonb

pytestmark = pytest.mark.required


def words(laptop) -> list[str]:
    repo = laptop.repo()
    try:
        return sorted(repo.dictionary.words())
    finally:
        repo.close()


def rules(laptop):
    repo = laptop.repo()
    try:
        return repo.house_rules.current().text, [v.text for v in repo.house_rules.history()]
    finally:
        repo.close()


def add_words(laptop, *added: str) -> None:
    repo = laptop.repo()
    try:
        for word in added:
            repo.dictionary.add(word, added_by=laptop.login)
    finally:
        repo.close()


def save_rules(laptop, extra: str) -> str:
    repo = laptop.repo()
    try:
        text = repo.house_rules.current().text.rstrip("\n") + "\n" + extra + "\n"
        assert repo.house_rules.save(text, saved_by=laptop.login) is not None
        return repo.house_rules.current().text
    finally:
        repo.close()


def a_rule(laptop, rule_id: str) -> str:
    """A line of the rule file, in the file's own format (copied from its first rule)."""
    repo = laptop.repo()
    try:
        lines = [ln for ln in repo.house_rules.current().text.splitlines() if "\t" in ln]
    finally:
        repo.close()
    first = next(ln for ln in lines if not ln.startswith("#") and ln.split("\t")[0] != "id")
    return "\t".join([rule_id, *first.split("\t")[1:]])


def test_words_added_offline_on_two_laptops_are_all_kept(newsroom):
    minh = newsroom.laptop("editor", "minh")
    thu = newsroom.laptop("desk", "thu")
    lan = newsroom.laptop("reporter", "lan")
    for laptop in (minh, thu, lan):
        assert laptop.sync().ok
    add_words(minh, "Bát Tràng", "OCOP")
    add_words(thu, "Phù Lãng", "ocop")  # the same key as Minh's: one word
    assert minh.sync().ok and thu.sync().ok and minh.sync().ok
    both = sorted(["Bát Tràng", "OCOP", "Phù Lãng"])
    assert words(minh) == both
    assert words(thu) == sorted(["Bát Tràng", "Phù Lãng", "ocop"])  # her spelling of one word
    # The reporter receives them; hers stays on her laptop (the server takes the desk's).
    add_words(lan, "Đông Hồ")
    report = lan.sync()
    assert report.ok and words(lan) == sorted([*both, "Đông Hồ"])
    with newsroom.admin() as conn:
        assert conn.execute("SELECT count(*) FROM lnv.dictionary_word").fetchone()[0] == 3
    assert (minh.sync().received, lan.sync().received, lan.sync().sent) == (0, 0, 0)


def test_a_newer_rules_version_from_elsewhere_becomes_current(newsroom):
    minh = newsroom.laptop("editor", "minh")
    thu = newsroom.laptop("desk", "thu")
    lan = newsroom.laptop("reporter", "lan")
    for laptop in (minh, thu, lan):
        assert laptop.sync().ok
    shipped, _ = rules(minh)
    older = save_rules(minh, a_rule(minh, "minh-rule"))  # Minh first, offline
    newer = save_rules(thu, a_rule(thu, "thu-rule"))  # then Thu, offline
    assert thu.sync().ok and minh.sync().ok and thu.sync().ok and lan.sync().ok
    for laptop in (minh, thu, lan):
        current, history = rules(laptop)
        assert current == newer  # the newest by when it was saved, everywhere
        assert older in history and shipped in history
    assert rules(minh)[1][:2] == [newer, older]
    with newsroom.admin() as conn:
        assert conn.execute("SELECT count(*) FROM lnv.house_rules").fetchone()[0] == 2
    assert (minh.sync().sent, thu.sync().received) == (0, 0)  # nothing sent twice


def test_only_editors_and_the_desk_write_them_and_nobody_rewrites(newsroom):
    people = {role: newsroom.laptop(role, role) for role in ("reporter", "editor", "desk")}
    for laptop in people.values():
        assert laptop.sync().ok
    for role, laptop in people.items():
        with psycopg.connect(laptop.url, autocommit=True) as conn:
            assert conn.execute("SELECT count(*) FROM lnv.house_rules").fetchone()[0] >= 0
            insert_word = "INSERT INTO lnv.dictionary_word (key, word) VALUES (%s, %s)"
            insert_rules = (
                "INSERT INTO lnv.house_rules (uuid, text) VALUES (gen_random_uuid(), 'x')"
            )
            if role == "reporter":
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(insert_word, ("lan", "Lan"))
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(insert_rules)
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(
                        "SELECT lnv.push_word(gen_random_uuid(), NULL, %s)",
                        (Jsonb({"key": "a", "word": "a"}),),
                    )
            else:
                conn.execute(insert_word, (role, role.title()))
                conn.execute(insert_rules)
                # Another's name as the writer: the server writes the login's own.
                conn.execute(
                    "INSERT INTO lnv.dictionary_word (key, word, added_by) "
                    "VALUES (%s, 'x', 'someone_else')",
                    (role + "2",),
                )
                by = conn.execute(
                    "SELECT added_by FROM lnv.dictionary_word WHERE key = %s", (role + "2",)
                ).fetchone()[0]
                assert by == laptop.login
            for statement in (
                "UPDATE lnv.dictionary_word SET word = 'sửa'",
                "DELETE FROM lnv.dictionary_word",
                "UPDATE lnv.house_rules SET text = 'sửa'",
                "DELETE FROM lnv.house_rules",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
