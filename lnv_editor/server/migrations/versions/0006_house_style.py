"""The newsroom dictionary and the house-style rules travel through the server.

``lnv.dictionary_word`` (one row per word, by its lookup key: lower case, one tone style) and
``lnv.house_rules`` (one row per version of the rule file, by uuid) are append-only: editors and
the desk add rows, every member reads them, nobody changes or deletes one. Two laptops adding
words offline both keep their words (the union: a key already there is left as it is), and
every version of the rules is kept; the one in force on each laptop is the newest by its
``saved`` time (then uuid), so all laptops agree once synced. ``lnv.pull`` returns them like any
other change (kinds ``dictionary_word`` and ``house_rules``), stamped with ``seq`` and ``xact``.

``lnv.push_word(op_id, laptop, doc)`` and ``lnv.push_rules(op_id, laptop, doc)`` (SECURITY
INVOKER) return ``{"result": "applied"}``; a reporter is refused (42501), as raw SQL is.

Revision ID: s0006
Revises: s0005
Create Date: 2026-12-03
"""

from alembic import op

revision = "s0006"
down_revision = "s0005"
branch_labels = None
depends_on = None

TABLES = r"""
CREATE TABLE lnv.dictionary_word (
    key text PRIMARY KEY,
    word text NOT NULL,
    added timestamptz NOT NULL DEFAULT now(),
    added_by name NOT NULL DEFAULT current_user,
    seq bigint NOT NULL,
    xact xid8 NOT NULL
);
CREATE TABLE lnv.house_rules (
    uuid uuid PRIMARY KEY,
    text text NOT NULL,
    saved timestamptz NOT NULL DEFAULT now(),
    saved_by name NOT NULL DEFAULT current_user,
    seq bigint NOT NULL,
    xact xid8 NOT NULL
);
CREATE INDEX dictionary_word_xact ON lnv.dictionary_word (xact);
CREATE INDEX house_rules_xact ON lnv.house_rules (xact);

CREATE FUNCTION lnv.house_style_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'dictionary_word' THEN
        NEW.word := normalize(btrim(NEW.word), NFC);
        NEW.key := normalize(NEW.key, NFC);
        IF char_length(NEW.word) NOT BETWEEN 1 AND 80 OR char_length(NEW.key) NOT BETWEEN 1 AND 80
        THEN
            PERFORM lnv.refuse('22001', 'Một từ của từ điển tòa soạn phải có 1 đến 80 ký tự.');
        END IF;
        IF NOT lnv.is_admin() THEN
            NEW.added_by := current_user;
        END IF;
    ELSE
        NEW.text := normalize(NEW.text, NFC);
        IF octet_length(NEW.text) > 1048576 THEN
            PERFORM lnv.refuse('22001', 'Tệp quy tắc văn phong quá 1 MB: hãy rút gọn rồi đồng bộ '
                'lại.');
        END IF;
        IF NOT lnv.is_admin() THEN
            NEW.saved_by := current_user;
        END IF;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER guard BEFORE INSERT OR UPDATE ON lnv.dictionary_word
    FOR EACH ROW EXECUTE FUNCTION lnv.house_style_guard();
CREATE TRIGGER guard BEFORE INSERT OR UPDATE ON lnv.house_rules
    FOR EACH ROW EXECUTE FUNCTION lnv.house_style_guard();
CREATE TRIGGER zz_stamp BEFORE INSERT OR UPDATE ON lnv.dictionary_word
    FOR EACH ROW EXECUTE FUNCTION lnv.stamp();
CREATE TRIGGER zz_stamp BEFORE INSERT OR UPDATE ON lnv.house_rules
    FOR EACH ROW EXECUTE FUNCTION lnv.stamp();

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['dictionary_word', 'house_rules'] LOOP
        EXECUTE format('ALTER TABLE lnv.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE lnv.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY admin ON lnv.%I TO lnv_admin USING (true) '
                       'WITH CHECK (true)', t);
        EXECUTE format('CREATE POLICY member_read ON lnv.%I FOR SELECT TO lnv_member '
                       'USING (true)', t);
        EXECUTE format('GRANT SELECT ON lnv.%I TO lnv_member', t);
        EXECUTE format('GRANT INSERT ON lnv.%I TO lnv_editor, lnv_desk', t);
        EXECUTE format('GRANT ALL ON lnv.%I TO lnv_admin', t);
    END LOOP;
END $$;
CREATE POLICY editor_insert ON lnv.dictionary_word FOR INSERT TO lnv_editor, lnv_desk
    WITH CHECK (added_by = current_user);
CREATE POLICY editor_insert ON lnv.house_rules FOR INSERT TO lnv_editor, lnv_desk
    WITH CHECK (saved_by = current_user);
"""

API = r"""
CREATE FUNCTION lnv.push_word(op_id uuid, laptop uuid, doc jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    stored jsonb;
BEGIN
    stored := lnv.op_begin(push_word.op_id, push_word.laptop);
    IF stored IS NOT NULL THEN
        RETURN stored;
    END IF;
    IF lnv.my_role() NOT IN ('editor', 'desk') THEN
        PERFORM lnv.refuse('42501', 'Chỉ biên tập viên và thư ký tòa soạn thêm được từ vào từ '
            'điển tòa soạn; từ của bạn vẫn dùng được trên máy này.');
    END IF;
    INSERT INTO lnv.dictionary_word (key, word, added)
    VALUES (doc->>'key', doc->>'word', coalesce((doc->>'added')::timestamptz, now()))
    ON CONFLICT (key) DO NOTHING;  -- the union: a word already there stays as it is
    RETURN lnv.op_end(push_word.op_id, '{"result": "applied"}');
END $$;

CREATE FUNCTION lnv.push_rules(op_id uuid, laptop uuid, doc jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    stored jsonb;
BEGIN
    stored := lnv.op_begin(push_rules.op_id, push_rules.laptop);
    IF stored IS NOT NULL THEN
        RETURN stored;
    END IF;
    IF lnv.my_role() NOT IN ('editor', 'desk') THEN
        PERFORM lnv.refuse('42501', 'Chỉ biên tập viên và thư ký tòa soạn sửa được quy tắc văn '
            'phong của tòa soạn; bản của bạn vẫn dùng được trên máy này.');
    END IF;
    INSERT INTO lnv.house_rules (uuid, text, saved)
    VALUES (lnv.to_uuid(doc->>'uuid', 'phiên bản quy tắc'), coalesce(doc->>'text', ''),
            coalesce((doc->>'saved')::timestamptz, now()))
    ON CONFLICT (uuid) DO NOTHING;  -- versions are never rewritten
    RETURN lnv.op_end(push_rules.op_id, '{"result": "applied"}');
END $$;

REVOKE EXECUTE ON FUNCTION lnv.push_word(uuid, uuid, jsonb), lnv.push_rules(uuid, uuid, jsonb),
    lnv.house_style_guard() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lnv.push_word(uuid, uuid, jsonb), lnv.push_rules(uuid, uuid, jsonb),
    lnv.house_style_guard() TO lnv_member, lnv_admin;
"""

# lnv.pull of s0005 with the two tables added (after the articles' rows, before the purges).
PULL = r"""
CREATE OR REPLACE FUNCTION lnv.pull(since text) RETURNS TABLE (kind text, doc jsonb)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    snap pg_snapshot;
    t text;
BEGIN
    IF current_setting('transaction_isolation') NOT IN ('repeatable read', 'serializable') THEN
        PERFORM lnv.refuse('25000', 'lnv.pull must run in a REPEATABLE READ transaction, with '
            'pg_current_snapshot() read in the same transaction as the next cursor.');
    END IF;
    IF since LIKE '%@%' THEN
        IF split_part(since, '@', 2) IS DISTINCT FROM lnv.server_id() THEN
            PERFORM lnv.refuse('22023', 'Mốc đồng bộ là của một máy chủ khác (máy chủ đã được '
                'khôi phục hoặc thay): hãy đồng bộ lại từ đầu.');
        END IF;
        since := split_part(since, '@', 1);
    END IF;
    IF since IS NOT NULL THEN
        IF since !~ '^[0-9]+:[0-9]+:([0-9]+(,[0-9]+)*)?$' THEN
            PERFORM lnv.refuse('22023', format('Mốc đồng bộ «%s» không hợp lệ: hãy đồng bộ lại '
                'từ đầu.', left(since, 60)));
        END IF;
        snap := since::pg_snapshot;
        IF pg_snapshot_xmax(snap) > pg_snapshot_xmax(pg_current_snapshot()) THEN
            PERFORM lnv.refuse('22023', 'Mốc đồng bộ là của một máy chủ khác (máy chủ đã được '
                'khôi phục hoặc thay): hãy đồng bộ lại từ đầu.');
        END IF;
    END IF;
    -- Purges last: what a laptop must delete comes after what it must write.
    FOREACH t IN ARRAY ARRAY['article', 'revision', 'comment', 'transition', 'dictionary_word',
                             'house_rules', 'purge'] LOOP
        IF snap IS NULL THEN
            RETURN QUERY EXECUTE format(
                'SELECT %L::text, to_jsonb(r) - ''xact'' FROM lnv.%I r ORDER BY r.seq', t, t);
        ELSE
            RETURN QUERY EXECUTE format(
                'SELECT %L::text, to_jsonb(r) - ''xact'' FROM lnv.%I r '
                'WHERE r.xact >= pg_snapshot_xmin($1) AND NOT pg_visible_in_snapshot(r.xact, $1) '
                'ORDER BY r.seq', t, t) USING snap;
        END IF;
    END LOOP;
END $$;
"""


def run_sql(sql: str) -> None:
    op.get_bind().connection.driver_connection.execute(sql)


def upgrade() -> None:
    run_sql(TABLES)
    run_sql(API)
    run_sql(PULL)


def downgrade() -> None:
    raise NotImplementedError("the newsroom schema is only upgraded")
