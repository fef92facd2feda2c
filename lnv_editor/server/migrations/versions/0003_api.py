"""The SQL API the laptops call (docs/server.md lists it): push_article, push_comment,
push_transition, put_blob, get_blob, get_thumb, pull, hello.

Every function is SECURITY INVOKER: row-level security and the guard triggers bind it exactly as
they bind raw SQL. A push with an operation id already seen returns the stored result and applies
nothing; a push based on an older version keeps the incoming text as a conflict revision.

Revision ID: s0003
Revises: s0002
Create Date: 2026-12-03
"""

from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None

HELPERS = r"""
CREATE FUNCTION lnv.to_uuid(value text, what text) RETURNS uuid
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF value IS NULL OR value !~* '^\{?[0-9a-f]{8}-?([0-9a-f]{4}-?){3}[0-9a-f]{12}\}?$' THEN
        PERFORM lnv.refuse('22023', format('Mã %s «%s» không phải là một uuid: hãy cập nhật '
            'LNV Editor trên máy gửi.', what, coalesce(left(value, 60), '')));
    END IF;
    RETURN value::uuid;
END $$;

-- NULL when op_id is new (its row now exists, locked until commit), else the stored result.
-- A concurrent push with the same op_id waits here for the first to finish.
CREATE FUNCTION lnv.op_begin(op_id uuid, laptop uuid) RETURNS jsonb LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    stored jsonb;
BEGIN
    IF op_begin.op_id IS NULL THEN
        PERFORM lnv.refuse('22023', 'Thiếu mã thao tác (op_id): hãy cập nhật LNV Editor.');
    END IF;
    INSERT INTO lnv.op (op_id, login, at) VALUES (op_begin.op_id, current_user, now())
        ON CONFLICT (op_id) DO NOTHING;
    IF NOT FOUND THEN
        SELECT result INTO stored FROM lnv.op WHERE op_id = op_begin.op_id;
        IF NOT FOUND THEN
            PERFORM lnv.refuse('42501', 'Mã thao tác này đã được một tài khoản khác dùng.');
        END IF;
        RETURN stored;
    END IF;
    IF op_begin.laptop IS NOT NULL THEN
        INSERT INTO lnv.laptop (id, login, last_sync) VALUES (op_begin.laptop, current_user, now())
            ON CONFLICT (id) DO UPDATE SET login = current_user, last_sync = now();
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION lnv.op_end(op_id uuid, result jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
#variable_conflict use_column
BEGIN
    UPDATE lnv.op SET result = op_end.result WHERE op_id = op_end.op_id;
    RETURN op_end.result;
END $$;

-- Why an UPDATE that row-level security hid from this person changed nothing.
CREATE FUNCTION lnv.explain_hidden(a lnv.article) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF a.status = 'published' THEN
        PERFORM lnv.refuse('42501', format('Bài «%s» đã xuất bản: không ai sửa được nội dung '
            'khi chưa mở lại. Hãy nhờ thư ký tòa soạn mở lại bài.', left(a.title, 80)));
    END IF;
    IF a.owner <> current_user THEN
        PERFORM lnv.refuse('42501', format('Bài «%s» là của %s: phóng viên chỉ sửa bài của '
            'mình.', left(a.title, 80), a.owner));
    END IF;
    PERFORM lnv.refuse('42501', format('Bài «%s» đang %s: phóng viên chỉ sửa bài khi bài là '
        'Nháp hoặc Trả lại. Hãy chờ biên tập viên trả lại bài.', left(a.title, 80),
        lnv.status_vi(a.status)));
END $$;
"""

PUSH_ARTICLE = r"""
CREATE FUNCTION lnv.push_article(op_id uuid, laptop uuid, base_version integer, doc jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    stored jsonb;
    v_uri uuid;
    v_version integer;
    cur_row lnv.article;
    v_revision uuid;
BEGIN
    stored := lnv.op_begin(push_article.op_id, push_article.laptop);
    IF stored IS NOT NULL THEN
        RETURN stored;
    END IF;
    IF jsonb_typeof(doc) IS DISTINCT FROM 'object' THEN
        PERFORM lnv.refuse('22023', 'Bài gửi lên không phải là một đối tượng JSON: hãy cập nhật '
            'LNV Editor trên máy gửi.');
    END IF;
    IF base_version IS NULL OR base_version < 0 THEN
        PERFORM lnv.refuse('22023', format('Phiên bản gốc %s không hợp lệ: hãy cập nhật LNV '
            'Editor trên máy gửi.', coalesce(base_version::text, 'NULL')));
    END IF;
    v_uri := lnv.to_uuid(doc->>'uri', 'bài');

    IF base_version > 0 THEN
        UPDATE lnv.article SET
            title = coalesce(doc->>'title', ''), lead = coalesce(doc->>'lead', ''),
            body = coalesce(doc->>'body', ''), byline = coalesce(doc->>'byline', ''),
            section = coalesce(doc->>'section', ''), status = coalesce(doc->>'status', 'draft'),
            updated = coalesce((doc->>'updated')::timestamptz, now()),
            deleted_at = (doc->>'deleted_at')::timestamptz,
            provinces = coalesce(doc->'provinces', '[]'), related = coalesce(doc->'related', '[]'),
            photos = coalesce(doc->'photos', '[]')
        WHERE uri = v_uri AND version = base_version
        RETURNING version INTO v_version;
    END IF;
    IF v_version IS NULL THEN
        SELECT * INTO cur_row FROM lnv.article WHERE uri = v_uri;
        IF NOT FOUND THEN
            INSERT INTO lnv.article (uri, title, lead, body, byline, section, status, created,
                                     updated, deleted_at, provinces, related, photos)
            VALUES (v_uri, coalesce(doc->>'title', ''), coalesce(doc->>'lead', ''),
                    coalesce(doc->>'body', ''), coalesce(doc->>'byline', ''),
                    coalesce(doc->>'section', ''), coalesce(doc->>'status', 'draft'),
                    coalesce((doc->>'created')::timestamptz, now()),
                    coalesce((doc->>'updated')::timestamptz, now()),
                    (doc->>'deleted_at')::timestamptz, coalesce(doc->'provinces', '[]'),
                    coalesce(doc->'related', '[]'), coalesce(doc->'photos', '[]'))
            ON CONFLICT (uri) DO NOTHING
            RETURNING version INTO v_version;
            IF v_version IS NULL THEN  -- created by someone else meanwhile
                SELECT * INTO cur_row FROM lnv.article WHERE uri = v_uri;
            END IF;
        ELSIF cur_row.version = base_version THEN
            PERFORM lnv.explain_hidden(cur_row);  -- the UPDATE was hidden by row security
        END IF;
    END IF;
    IF v_version IS NOT NULL THEN
        RETURN lnv.op_end(push_article.op_id,
                          jsonb_build_object('result', 'applied', 'version', v_version));
    END IF;

    -- Based on an older version: the newer text stays, the incoming one is kept beside it.
    INSERT INTO lnv.revision (article_uri, article_version, reason, title, lead, body, byline,
                              section, status, extras)
    VALUES (v_uri, base_version, 'conflict', coalesce(doc->>'title', ''),
            coalesce(doc->>'lead', ''), coalesce(doc->>'body', ''),
            coalesce(doc->>'byline', ''), coalesce(doc->>'section', ''),
            coalesce(doc->>'status', 'draft'),
            jsonb_build_object('provinces', coalesce(doc->'provinces', '[]'),
                               'related', coalesce(doc->'related', '[]'),
                               'photos', coalesce(doc->'photos', '[]'),
                               'updated', doc->'updated', 'deleted_at', doc->'deleted_at',
                               'laptop', push_article.laptop))
    RETURNING uuid INTO v_revision;
    RETURN lnv.op_end(push_article.op_id, jsonb_build_object(
        'result', 'conflict', 'version', cur_row.version, 'revision', v_revision));
END $$;
"""

PUSH_OTHERS = r"""
CREATE FUNCTION lnv.push_comment(op_id uuid, laptop uuid, doc jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    stored jsonb;
BEGIN
    stored := lnv.op_begin(push_comment.op_id, push_comment.laptop);
    IF stored IS NOT NULL THEN
        RETURN stored;
    END IF;
    IF jsonb_typeof(doc) IS DISTINCT FROM 'object' THEN
        PERFORM lnv.refuse('22023', 'Góp ý gửi lên không phải là một đối tượng JSON.');
    END IF;
    INSERT INTO lnv.comment AS c (uuid, article_uri, parent_uuid, field, photo_uuid, start,
                                  "end", quote, prefix, suffix, text, created, resolved,
                                  orphaned)
    VALUES (lnv.to_uuid(doc->>'uuid', 'góp ý'), lnv.to_uuid(doc->>'article_uri', 'bài'),
            CASE WHEN doc->>'parent_uuid' IS NOT NULL
                 THEN lnv.to_uuid(doc->>'parent_uuid', 'góp ý gốc') END,
            coalesce(doc->>'field', 'body'),
            CASE WHEN doc->>'photo_uuid' IS NOT NULL
                 THEN lnv.to_uuid(doc->>'photo_uuid', 'ảnh') END,
            coalesce((doc->>'start')::integer, 0), coalesce((doc->>'end')::integer, 0),
            coalesce(doc->>'quote', ''), coalesce(doc->>'prefix', ''),
            coalesce(doc->>'suffix', ''), coalesce(doc->>'text', ''),
            coalesce((doc->>'created')::timestamptz, now()),
            coalesce((doc->>'resolved')::boolean, false),
            coalesce((doc->>'orphaned')::boolean, false))
    ON CONFLICT (uuid) DO UPDATE SET
        field = excluded.field, photo_uuid = excluded.photo_uuid, start = excluded.start,
        "end" = excluded."end", quote = excluded.quote, prefix = excluded.prefix,
        suffix = excluded.suffix, text = excluded.text, resolved = excluded.resolved,
        orphaned = excluded.orphaned;
    RETURN lnv.op_end(push_comment.op_id, '{"result": "applied"}');
END $$;

-- Moves the article (rights checked by article_guard) and records the step. The step already
-- taken (the article is at to_status) is recorded only; a step from a status the article has
-- left meanwhile is answered "stale" and changes nothing.
CREATE FUNCTION lnv.push_transition(op_id uuid, laptop uuid, doc jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    stored jsonb;
    v_uuid uuid;
    v_uri uuid;
    v_from text := doc->>'from_status';
    v_to text := doc->>'to_status';
    v_version integer;
    cur_row lnv.article;
BEGIN
    stored := lnv.op_begin(push_transition.op_id, push_transition.laptop);
    IF stored IS NOT NULL THEN
        RETURN stored;
    END IF;
    IF jsonb_typeof(doc) IS DISTINCT FROM 'object' THEN
        PERFORM lnv.refuse('22023', 'Bước duyệt gửi lên không phải là một đối tượng JSON.');
    END IF;
    v_uuid := lnv.to_uuid(doc->>'uuid', 'bước duyệt');
    v_uri := lnv.to_uuid(doc->>'article_uri', 'bài');
    IF NOT EXISTS (SELECT FROM lnv.rule WHERE action = doc->>'action'
                   AND from_status = v_from AND to_status = v_to) THEN
        PERFORM lnv.refuse('22023', format('Bước duyệt «%s» từ %s sang %s không có trong quy '
            'trình: hãy cập nhật LNV Editor trên máy gửi.', left(doc->>'action', 40),
            lnv.status_vi(left(v_from, 40)), lnv.status_vi(left(v_to, 40))));
    END IF;
    IF doc->>'action' = 'return' AND btrim(coalesce(doc->>'reason', '')) = '' THEN
        PERFORM lnv.refuse('22023', 'Hãy nói lý do trả lại bài: trả lại cần một lý do.');
    END IF;
    SELECT * INTO cur_row FROM lnv.article WHERE uri = v_uri;
    IF NOT FOUND THEN
        PERFORM lnv.refuse('22023', 'Bài của bước duyệt này chưa có trên máy chủ: hãy gửi bài '
            'trước rồi gửi bước duyệt.');
    END IF;
    IF EXISTS (SELECT FROM lnv.transition WHERE uuid = v_uuid) THEN
        RETURN lnv.op_end(push_transition.op_id, jsonb_build_object(
            'result', 'applied', 'status', cur_row.status, 'version', cur_row.version));
    END IF;
    IF cur_row.status = v_from THEN
        UPDATE lnv.article SET status = v_to WHERE uri = v_uri AND status = v_from
            RETURNING * INTO cur_row;
        IF NOT FOUND THEN
            SELECT * INTO cur_row FROM lnv.article WHERE uri = v_uri;
            IF cur_row.status = v_from THEN
                PERFORM lnv.explain_hidden(cur_row);
            END IF;
        END IF;
    END IF;
    IF cur_row.status <> v_to THEN
        RETURN lnv.op_end(push_transition.op_id, jsonb_build_object(
            'result', 'stale', 'status', cur_row.status, 'version', cur_row.version));
    END IF;
    INSERT INTO lnv.transition (uuid, article_uri, action, from_status, to_status, reason,
                                article_version, at)
    VALUES (v_uuid, v_uri, doc->>'action', v_from, v_to, coalesce(doc->>'reason', ''),
            coalesce((doc->>'article_version')::integer, cur_row.version),
            coalesce((doc->>'at')::timestamptz, now()));
    RETURN lnv.op_end(push_transition.op_id, jsonb_build_object(
        'result', 'applied', 'status', cur_row.status, 'version', cur_row.version));
END $$;

CREATE FUNCTION lnv.put_blob(sha256 text, data bytea, thumb bytea DEFAULT NULL)
RETURNS void LANGUAGE plpgsql AS $$
#variable_conflict use_column
BEGIN
    -- blob_guard checks the bytes against the name even when the blob is already there.
    INSERT INTO lnv.blob (sha256, data, thumb, size)
    VALUES (put_blob.sha256, put_blob.data, put_blob.thumb, 0)
    ON CONFLICT (sha256) DO NOTHING;
END $$;

CREATE FUNCTION lnv.get_blob(sha256 text) RETURNS bytea LANGUAGE sql STABLE AS $$
    SELECT b.data FROM lnv.blob b WHERE b.sha256 = lower(get_blob.sha256)
$$;

CREATE FUNCTION lnv.get_thumb(sha256 text) RETURNS bytea LANGUAGE sql STABLE AS $$
    SELECT b.thumb FROM lnv.blob b WHERE b.sha256 = lower(get_thumb.sha256)
$$;

-- Who this login is, and the laptop's last contact.
CREATE FUNCTION lnv.hello(laptop uuid, name text DEFAULT '') RETURNS jsonb
LANGUAGE plpgsql AS $$
#variable_conflict use_column
BEGIN
    IF hello.laptop IS NOT NULL THEN
        INSERT INTO lnv.laptop (id, login, name, last_sync)
        VALUES (hello.laptop, current_user, coalesce(hello.name, ''), now())
        ON CONFLICT (id) DO UPDATE SET login = current_user, last_sync = now(),
            name = coalesce(nullif(excluded.name, ''), lnv.laptop.name);
    END IF;
    RETURN jsonb_build_object(
        'login', current_user, 'role', lnv.my_role(),
        'display_name', (SELECT display_name FROM lnv.account WHERE login = current_user),
        'schema', (SELECT version_num FROM lnv.alembic_version LIMIT 1));
END $$;
"""

PULL = r"""
-- Every row whose writing transaction the snapshot `since` did not see (all rows when NULL),
-- articles first, each kind in change order. Call it in a REPEATABLE READ transaction together
-- with pg_current_snapshot()::text, the next cursor: a transaction still open now is in that
-- snapshot's in-progress list, so the next pull returns its rows.
CREATE FUNCTION lnv.pull(since text) RETURNS TABLE (kind text, doc jsonb)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    snap pg_snapshot;
    t text;
BEGIN
    IF current_setting('transaction_isolation') NOT IN ('repeatable read', 'serializable') THEN
        PERFORM lnv.refuse('25000', 'lnv.pull must run in a REPEATABLE READ transaction, with '
            'pg_current_snapshot() read in the same transaction as the next cursor.');
    END IF;
    IF since IS NOT NULL THEN
        IF since !~ '^[0-9]+:[0-9]+:([0-9]+(,[0-9]+)*)?$' THEN
            PERFORM lnv.refuse('22023', format('Mốc đồng bộ «%s» không hợp lệ: hãy đồng bộ lại '
                'từ đầu.', left(since, 60)));
        END IF;
        snap := since::pg_snapshot;
    END IF;
    FOREACH t IN ARRAY ARRAY['article', 'revision', 'comment', 'transition'] LOOP
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

GRANTS = r"""
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA lnv FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA lnv TO lnv_member, lnv_admin;
"""


def run_sql(sql: str) -> None:
    op.get_bind().connection.driver_connection.execute(sql)


def upgrade() -> None:
    run_sql(HELPERS)
    run_sql(PUSH_ARTICLE)
    run_sql(PUSH_OTHERS)
    run_sql(PULL)
    run_sql(GRANTS)


def downgrade() -> None:
    raise NotImplementedError("the newsroom schema is only upgraded")
