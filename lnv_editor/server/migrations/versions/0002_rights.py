"""Rights: group roles, row-level security (ENABLEd and FORCEd on every table) and the BEFORE
triggers that check data and workflow moves for whoever writes, app or raw SQL.

Refusals: SQLSTATE 42501 for rights, 22001/22023 for bad data, each with a Vietnamese message
that says what to do. Members of ``lnv_admin`` (and superusers) repair data and are not bound
by the workflow checks.

Revision ID: s0002
Revises: s0001
Create Date: 2026-12-03
"""

from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None

ROLES = r"""
DO $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['lnv_member', 'lnv_admin', 'lnv_reporter', 'lnv_editor', 'lnv_desk']
    LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
    END LOOP;
    FOREACH g IN ARRAY ARRAY['lnv_reporter', 'lnv_editor', 'lnv_desk'] LOOP
        IF NOT pg_has_role(g, 'lnv_member', 'MEMBER') THEN
            EXECUTE format('GRANT lnv_member TO %I', g);
        END IF;
    END LOOP;
    -- A managed server's administrator is no superuser: it manages the newsroom as lnv_admin.
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT lnv_admin TO %I', current_user);
    END IF;
END $$;

CREATE FUNCTION lnv.my_role() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN pg_has_role(current_user, 'lnv_desk', 'MEMBER') THEN 'desk'
        WHEN pg_has_role(current_user, 'lnv_editor', 'MEMBER') THEN 'editor'
        WHEN pg_has_role(current_user, 'lnv_reporter', 'MEMBER') THEN 'reporter'
    END
$$;

CREATE FUNCTION lnv.is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, 'lnv_admin', 'MEMBER')
$$;

CREATE FUNCTION lnv.status_vi(status text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE status
        WHEN 'draft' THEN 'Nháp' WHEN 'returned' THEN 'Trả lại' WHEN 'review' THEN 'Chờ duyệt'
        WHEN 'ready' THEN 'Sẵn sàng' WHEN 'published' THEN 'Xuất bản' ELSE status
    END
$$;

CREATE FUNCTION lnv.role_vi(role text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE role
        WHEN 'reporter' THEN 'phóng viên' WHEN 'editor' THEN 'biên tập viên'
        WHEN 'desk' THEN 'thư ký tòa soạn' ELSE coalesce(role, 'không có vai trò')
    END
$$;

CREATE FUNCTION lnv.refuse(code text, message text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = code, MESSAGE = message;
END $$;

CREATE FUNCTION lnv.check_text(value text, what text, max_chars integer) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF char_length(value) > max_chars THEN
        PERFORM lnv.refuse('22001', format(
            '%s dài %s ký tự, quá giới hạn %s ký tự: hãy rút ngắn rồi đồng bộ lại.',
            what, char_length(value), max_chars));
    END IF;
END $$;
"""

GUARDS = r"""
CREATE FUNCTION lnv.article_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r text := lnv.my_role();
    admin boolean := lnv.is_admin();
    content_changed boolean;
BEGIN
    IF NEW.status IS NULL OR NEW.status NOT IN ('draft', 'returned', 'review', 'ready', 'published')
    THEN
        PERFORM lnv.refuse('22023', format('Trạng thái bài «%s» không có trong quy trình '
            '(draft, returned, review, ready, published): hãy cập nhật LNV Editor trên máy gửi.',
            left(NEW.status, 40)));
    END IF;
    PERFORM lnv.check_text(NEW.title, 'Tiêu đề', 1000);
    PERFORM lnv.check_text(NEW.lead, 'Sapo', 10000);
    PERFORM lnv.check_text(NEW.byline, 'Tên tác giả', 1000);
    PERFORM lnv.check_text(NEW.section, 'Chuyên mục', 200);
    IF octet_length(NEW.body) > 2097152 THEN
        PERFORM lnv.refuse('22001', format('Thân bài nặng %s MB, quá giới hạn 2 MB: hãy tách '
            'bài thành nhiều bài rồi đồng bộ lại.', round(octet_length(NEW.body) / 1048576.0, 1)));
    END IF;
    IF jsonb_typeof(NEW.provinces) <> 'array' OR jsonb_typeof(NEW.related) <> 'array'
       OR jsonb_typeof(NEW.photos) <> 'array' THEN
        PERFORM lnv.refuse('22023', 'Danh sách tỉnh, bài liên quan và ảnh phải là mảng JSON: '
            'hãy cập nhật LNV Editor trên máy gửi.');
    END IF;
    NEW.title := normalize(NEW.title, NFC);
    NEW.lead := normalize(NEW.lead, NFC);
    NEW.body := normalize(NEW.body, NFC);
    NEW.byline := normalize(NEW.byline, NFC);
    NEW.section := normalize(NEW.section, NFC);

    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
        NEW.approved_version := CASE WHEN NEW.status IN ('ready', 'published') THEN 1 END;
        IF NOT admin THEN
            IF NEW.owner <> current_user THEN
                PERFORM lnv.refuse('42501', format('Bài mới thuộc về người gửi nó (%s), không '
                    'phải %s.', current_user, NEW.owner));
            END IF;
            IF r IS NULL OR (NEW.status = 'ready' AND r = 'reporter')
               OR (NEW.status = 'published' AND r <> 'desk') THEN
                PERFORM lnv.refuse('42501', format('Là %s, bạn không gửi được một bài mới ở '
                    'trạng thái %s lên máy chủ: hãy đưa bài về Nháp hoặc gửi duyệt.',
                    lnv.role_vi(r), lnv.status_vi(NEW.status)));
            END IF;
        END IF;
        RETURN NEW;
    END IF;

    content_changed := (NEW.title, NEW.lead, NEW.body, NEW.byline, NEW.section, NEW.provinces,
        NEW.related, NEW.photos, NEW.deleted_at) IS DISTINCT FROM (OLD.title, OLD.lead,
        OLD.body, OLD.byline, OLD.section, OLD.provinces, OLD.related, OLD.photos,
        OLD.deleted_at);
    IF NOT admin THEN
        IF NEW.owner <> OLD.owner OR NEW.uri <> OLD.uri THEN
            PERFORM lnv.refuse('42501', 'Không ai đổi được người sở hữu hay mã của một bài.');
        END IF;
        IF content_changed THEN
            IF OLD.status = 'published' THEN
                PERFORM lnv.refuse('42501', format('Bài «%s» đã xuất bản: không ai sửa được '
                    'nội dung khi chưa mở lại. Hãy nhờ thư ký tòa soạn mở lại bài.',
                    left(OLD.title, 80)));
            END IF;
            IF r = 'reporter' AND (OLD.owner <> current_user
                                   OR OLD.status NOT IN ('draft', 'returned')) THEN
                PERFORM lnv.refuse('42501', format('Phóng viên chỉ sửa bài của mình khi bài '
                    'là Nháp hoặc Trả lại; bài «%s» của %s đang %s.', left(OLD.title, 80),
                    OLD.owner, lnv.status_vi(OLD.status)));
            END IF;
            IF r IN ('editor', 'desk') AND OLD.owner <> current_user
               AND OLD.status NOT IN ('review', 'ready') THEN
                PERFORM lnv.refuse('42501', format('Bài «%s» của %s đang %s: %s chỉ sửa bài '
                    'của người khác khi bài đang Chờ duyệt hoặc Sẵn sàng.', left(OLD.title, 80),
                    OLD.owner, lnv.status_vi(OLD.status), lnv.role_vi(r)));
            END IF;
            IF r IS NULL THEN
                PERFORM lnv.refuse('42501', format('Tài khoản %s không có vai trò nào trong tòa '
                    'soạn: hãy nhờ người quản trị thêm vai trò.', current_user));
            END IF;
            -- Editing an approved text sends it back for review (core/workflow.py).
            IF OLD.status = 'ready' AND NEW.status = 'ready' THEN
                NEW.status := 'review';
            END IF;
        END IF;
        IF NEW.status <> OLD.status AND NOT EXISTS (
            SELECT FROM lnv.rule WHERE from_status = OLD.status AND to_status = NEW.status
                AND role = r) THEN
            PERFORM lnv.refuse('42501', format('Là %s, bạn không chuyển được bài «%s» từ %s '
                'sang %s.', lnv.role_vi(r), left(OLD.title, 80), lnv.status_vi(OLD.status),
                lnv.status_vi(NEW.status)));
        END IF;
        NEW.created := OLD.created;
    END IF;
    NEW.version := OLD.version + CASE WHEN content_changed THEN 1 ELSE 0 END;
    IF NEW.status = 'ready' AND OLD.status <> 'ready' THEN
        NEW.approved_version := NEW.version;
    ELSIF NOT admin THEN
        NEW.approved_version := OLD.approved_version;
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION lnv.revision_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM lnv.check_text(NEW.title, 'Tiêu đề', 1000);
    PERFORM lnv.check_text(NEW.lead, 'Sapo', 10000);
    PERFORM lnv.check_text(NEW.byline, 'Tên tác giả', 1000);
    PERFORM lnv.check_text(NEW.section, 'Chuyên mục', 200);
    IF octet_length(NEW.body) > 2097152 THEN
        PERFORM lnv.refuse('22001', 'Thân bài quá giới hạn 2 MB: hãy tách bài.');
    END IF;
    IF NOT lnv.is_admin() THEN
        NEW.author := current_user;
        NEW.created := now();
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION lnv.comment_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM lnv.check_text(NEW.text, 'Góp ý', 20000);
    PERFORM lnv.check_text(NEW.quote, 'Đoạn được góp ý', 20000);
    PERFORM lnv.check_text(NEW.prefix, 'Đoạn trước góp ý', 1000);
    PERFORM lnv.check_text(NEW.suffix, 'Đoạn sau góp ý', 1000);
    IF NEW.field NOT IN ('title', 'lead', 'body', 'byline', 'section', 'caption') THEN
        PERFORM lnv.refuse('22023', format('Góp ý gắn vào trường «%s» không có trong bài: hãy '
            'cập nhật LNV Editor trên máy gửi.', left(NEW.field, 40)));
    END IF;
    NEW.text := normalize(NEW.text, NFC);
    IF lnv.is_admin() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF lnv.my_role() IS NULL THEN
            PERFORM lnv.refuse('42501', format('Tài khoản %s không có vai trò nào trong tòa '
                'soạn: hãy nhờ người quản trị thêm vai trò.', current_user));
        END IF;
        NEW.author := current_user;
        NEW.role := lnv.my_role();
        RETURN NEW;
    END IF;
    IF NEW.text IS DISTINCT FROM OLD.text AND OLD.author <> current_user THEN
        PERFORM lnv.refuse('42501', format('Góp ý này của %s: chỉ người viết mới sửa được. '
            'Hãy trả lời góp ý thay vì sửa.', OLD.author));
    END IF;
    NEW.author := OLD.author;
    NEW.role := OLD.role;
    NEW.article_uri := OLD.article_uri;
    NEW.parent_uuid := OLD.parent_uuid;
    NEW.created := OLD.created;
    RETURN NEW;
END $$;

-- A review step is recorded after the article's status moved (lnv.push_transition), by the
-- person who may make that move.
CREATE FUNCTION lnv.transition_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r text := lnv.my_role();
    article_status text;
    article_owner name;
BEGIN
    PERFORM lnv.check_text(NEW.reason, 'Lý do', 5000);
    IF lnv.is_admin() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        PERFORM lnv.refuse('42501', 'Các bước duyệt đã ghi không sửa được.');
    END IF;
    NEW.person := current_user;
    NEW.role := coalesce(r, '');
    IF NOT EXISTS (SELECT FROM lnv.rule WHERE action = NEW.action
                   AND from_status = NEW.from_status AND to_status = NEW.to_status AND role = r)
    THEN
        PERFORM lnv.refuse('42501', format('Là %s, bạn không được %s một bài từ %s sang %s.',
            lnv.role_vi(r), left(NEW.action, 40), lnv.status_vi(NEW.from_status),
            lnv.status_vi(NEW.to_status)));
    END IF;
    SELECT status, owner INTO article_status, article_owner
        FROM lnv.article WHERE uri = NEW.article_uri;
    IF r = 'reporter' AND article_owner <> current_user THEN
        PERFORM lnv.refuse('42501', format('Bài này của %s: phóng viên chỉ gửi duyệt bài '
            'của mình.', article_owner));
    END IF;
    IF article_status IS DISTINCT FROM NEW.to_status THEN
        PERFORM lnv.refuse('22023', format('Bước duyệt không khớp bài: bài đang %s, không phải '
            '%s.', lnv.status_vi(article_status), lnv.status_vi(NEW.to_status)));
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION lnv.blob_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.sha256 := lower(NEW.sha256);
    IF NEW.sha256 IS NULL OR NEW.sha256 !~ '^[0-9a-f]{64}$' THEN
        PERFORM lnv.refuse('22023', format('«%s» không phải là một mã SHA-256 (64 chữ số '
            'hệ 16): hãy cập nhật LNV Editor trên máy gửi.', left(NEW.sha256, 80)));
    END IF;
    IF NEW.data IS NULL OR encode(sha256(NEW.data), 'hex') <> NEW.sha256 THEN
        PERFORM lnv.refuse('22023', format('Ảnh %s… bị hỏng khi gửi: nội dung không khớp mã '
            'SHA-256. Hãy đồng bộ lại; nếu vẫn lỗi, nhập lại ảnh từ tệp gốc.',
            left(NEW.sha256, 12)));
    END IF;
    IF octet_length(NEW.thumb) > 4194304 THEN
        PERFORM lnv.refuse('22001', 'Ảnh thu nhỏ quá 4 MB: hãy cập nhật LNV Editor.');
    END IF;
    NEW.size := octet_length(NEW.data);
    IF NOT lnv.is_admin() THEN
        NEW.uploaded_by := current_user;
        NEW.created := now();
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER guard BEFORE INSERT OR UPDATE ON lnv.article
    FOR EACH ROW EXECUTE FUNCTION lnv.article_guard();
CREATE TRIGGER guard BEFORE INSERT OR UPDATE ON lnv.revision
    FOR EACH ROW EXECUTE FUNCTION lnv.revision_guard();
CREATE TRIGGER guard BEFORE INSERT OR UPDATE ON lnv.comment
    FOR EACH ROW EXECUTE FUNCTION lnv.comment_guard();
CREATE TRIGGER guard BEFORE INSERT OR UPDATE ON lnv.transition
    FOR EACH ROW EXECUTE FUNCTION lnv.transition_guard();
CREATE TRIGGER guard BEFORE INSERT OR UPDATE ON lnv.blob
    FOR EACH ROW EXECUTE FUNCTION lnv.blob_guard();
"""

POLICIES = r"""
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['account', 'article', 'revision', 'comment', 'transition', 'blob',
                             'op', 'laptop', 'rule']
    LOOP
        EXECUTE format('ALTER TABLE lnv.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE lnv.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY admin ON lnv.%I TO lnv_admin USING (true) '
                       'WITH CHECK (true)', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['account', 'article', 'revision', 'comment', 'transition', 'blob',
                             'laptop', 'rule']
    LOOP
        EXECUTE format('CREATE POLICY member_read ON lnv.%I FOR SELECT TO lnv_member '
                       'USING (true)', t);
    END LOOP;
END $$;

-- Articles: a reporter writes her own, while draft or returned; editors and the desk write any
-- (article_guard checks the status and the move); nobody deletes (trash = deleted_at).
CREATE POLICY reporter_insert ON lnv.article FOR INSERT TO lnv_reporter
    WITH CHECK (owner = current_user AND status IN ('draft', 'returned', 'review'));
CREATE POLICY editor_insert ON lnv.article FOR INSERT TO lnv_editor
    WITH CHECK (owner = current_user AND status <> 'published');
CREATE POLICY desk_insert ON lnv.article FOR INSERT TO lnv_desk
    WITH CHECK (owner = current_user);
CREATE POLICY reporter_update ON lnv.article FOR UPDATE TO lnv_reporter
    USING (owner = current_user AND status IN ('draft', 'returned'))
    WITH CHECK (owner = current_user AND status IN ('draft', 'returned', 'review'));
CREATE POLICY editor_update ON lnv.article FOR UPDATE TO lnv_editor, lnv_desk
    USING (true) WITH CHECK (true);

CREATE POLICY member_insert ON lnv.revision FOR INSERT TO lnv_member
    WITH CHECK (author = current_user);
CREATE POLICY member_insert ON lnv.comment FOR INSERT TO lnv_member
    WITH CHECK (author = current_user);
CREATE POLICY member_update ON lnv.comment FOR UPDATE TO lnv_member
    USING (true) WITH CHECK (true);
CREATE POLICY member_insert ON lnv.transition FOR INSERT TO lnv_member
    WITH CHECK (person = current_user);
CREATE POLICY member_insert ON lnv.blob FOR INSERT TO lnv_member
    WITH CHECK (uploaded_by = current_user);
CREATE POLICY own ON lnv.op TO lnv_member
    USING (login = current_user) WITH CHECK (login = current_user);
CREATE POLICY member_insert ON lnv.laptop FOR INSERT TO lnv_member
    WITH CHECK (login = current_user);
CREATE POLICY member_update ON lnv.laptop FOR UPDATE TO lnv_member
    USING (true) WITH CHECK (login = current_user);

GRANT USAGE ON SCHEMA lnv TO lnv_member, lnv_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA lnv TO lnv_member;
GRANT INSERT, UPDATE ON lnv.article, lnv.comment, lnv.op, lnv.laptop TO lnv_member;
GRANT INSERT ON lnv.revision, lnv.transition, lnv.blob TO lnv_member;
GRANT USAGE ON SEQUENCE lnv.seq TO lnv_member;
GRANT ALL ON ALL TABLES IN SCHEMA lnv TO lnv_admin;
GRANT ALL ON SEQUENCE lnv.seq TO lnv_admin;
"""


def run_sql(sql: str) -> None:
    op.get_bind().connection.driver_connection.execute(sql)


def upgrade() -> None:
    run_sql(ROLES)
    run_sql(GUARDS)
    run_sql(POLICIES)


def downgrade() -> None:
    raise NotImplementedError("the newsroom schema is only upgraded")
