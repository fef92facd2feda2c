"""The server remembers every purge, so the other laptops learn of it.

``lnv.purge`` holds one row per article deleted for good (its uri, who, when), stamped with
``seq`` and ``xact`` like the synced tables: ``lnv.pull`` returns it (kind ``purge``) to every
laptop whose cursor did not see it, with the same never-skip-a-slow-transaction rule. The rows
are kept for good (a uuid, a login and a time each), so a laptop offline for months still
learns of every purge.

Nobody writes the table: the row is written by a trigger on the DELETE of an article (the
desk's ``lnv.purge_article``, or the same DELETE typed as raw SQL), whose function runs as the
schema's owner; no member has INSERT, UPDATE or DELETE on it. An article once purged is not
created again under its uri by anyone but an administrator: the push of a laptop that still
holds it is refused with SQLSTATE ``LNV01``, and the laptop keeps its text as a new article.

``lnv.server_id()`` now names the database too (its oid): a dump restored into a new database
of the same cluster is another server for the laptops' cursors, so each compares its articles
with the server's in full once (lnv_editor/sync/compare.py).

Revision ID: s0005
Revises: s0004
Create Date: 2026-12-03
"""

from alembic import op

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None

TABLE = r"""
CREATE TABLE lnv.purge (
    uri uuid PRIMARY KEY,
    purged_by name NOT NULL DEFAULT session_user,
    purged_at timestamptz NOT NULL DEFAULT now(),
    seq bigint NOT NULL,
    xact xid8 NOT NULL
);
CREATE INDEX purge_xact ON lnv.purge (xact);

CREATE TRIGGER zz_stamp BEFORE INSERT OR UPDATE ON lnv.purge
    FOR EACH ROW EXECUTE FUNCTION lnv.stamp();

ALTER TABLE lnv.purge ENABLE ROW LEVEL SECURITY;
ALTER TABLE lnv.purge FORCE ROW LEVEL SECURITY;
CREATE POLICY admin ON lnv.purge TO lnv_admin USING (true) WITH CHECK (true);
CREATE POLICY member_read ON lnv.purge FOR SELECT TO lnv_member USING (true);
GRANT SELECT ON lnv.purge TO lnv_member;
GRANT ALL ON lnv.purge TO lnv_admin;

-- Runs as the schema's owner (the only writer of lnv.purge); session_user is the person who
-- signed in and deleted the article.
CREATE FUNCTION lnv.record_purge() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO lnv.purge AS p (uri, purged_by, purged_at)
    VALUES (OLD.uri, session_user, now())
    ON CONFLICT (uri) DO UPDATE SET purged_by = excluded.purged_by,
        purged_at = excluded.purged_at;
    RETURN NULL;
END $$;

CREATE TRIGGER record_purge AFTER DELETE ON lnv.article
    FOR EACH ROW EXECUTE FUNCTION lnv.record_purge();

-- "guard" < "not_purged" < "zz_stamp": BEFORE triggers fire in name order.
CREATE FUNCTION lnv.refuse_purged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT lnv.is_admin() AND EXISTS (SELECT FROM lnv.purge p WHERE p.uri = NEW.uri) THEN
        PERFORM lnv.refuse('LNV01', format('Bài «%s» đã bị thư ký tòa soạn xóa hẳn khỏi máy '
            'chủ: không gửi lại được dưới mã cũ. LNV Editor giữ bản của bạn thành một bài mới.',
            left(NEW.title, 80)));
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER not_purged BEFORE INSERT ON lnv.article
    FOR EACH ROW EXECUTE FUNCTION lnv.refuse_purged();

REVOKE EXECUTE ON FUNCTION lnv.record_purge(), lnv.refuse_purged() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lnv.refuse_purged() TO lnv_member, lnv_admin;
"""

PULL = r"""
CREATE OR REPLACE FUNCTION lnv.server_id() RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
    db text := (SELECT oid::text FROM pg_database WHERE datname = current_database());
BEGIN
    IF has_function_privilege('pg_control_system()', 'EXECUTE')
       AND has_function_privilege('pg_control_checkpoint()', 'EXECUTE') THEN
        RETURN (SELECT system_identifier::text FROM pg_control_system()) || '.'
            || (SELECT timeline_id::text FROM pg_control_checkpoint()) || '.' || db;
    END IF;
    RETURN current_database() || '.' || db;  -- a server that hides its control data
END $$;

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
    FOREACH t IN ARRAY ARRAY['article', 'revision', 'comment', 'transition', 'purge'] LOOP
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
    run_sql(TABLE)
    run_sql(PULL)


def downgrade() -> None:
    raise NotImplementedError("the newsroom schema is only upgraded")
