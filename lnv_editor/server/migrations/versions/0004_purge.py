"""Purging the trash: the desk may delete for good an article already in the trash (its
tombstone, ``deleted_at`` set) with its revisions, comments and review steps. Nobody else may,
and nobody may purge a live article: DELETE is granted to the desk only, and row-level
security lets it delete only the rows of tombstoned articles, for the app and for raw SQL alike.

``lnv.purge_article(uri)`` (SECURITY INVOKER, so the same rules bind it) deletes them in order
and returns ``{"result": "purged"}``, or ``{"result": "gone"}`` when the server has no such
article; a live article is refused (22023) and anyone but the desk too (42501).

Revision ID: s0004
Revises: s0003
Create Date: 2026-12-03
"""

from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None

PURGE = r"""
CREATE FUNCTION lnv.in_trash(article uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM lnv.article a WHERE a.uri = article AND a.deleted_at IS NOT NULL)
$$;

GRANT DELETE ON lnv.article, lnv.revision, lnv.comment, lnv.transition TO lnv_desk;
CREATE POLICY desk_purge ON lnv.article FOR DELETE TO lnv_desk USING (deleted_at IS NOT NULL);
CREATE POLICY desk_purge ON lnv.revision FOR DELETE TO lnv_desk USING (lnv.in_trash(article_uri));
CREATE POLICY desk_purge ON lnv.comment FOR DELETE TO lnv_desk USING (lnv.in_trash(article_uri));
CREATE POLICY desk_purge ON lnv.transition FOR DELETE TO lnv_desk
    USING (lnv.in_trash(article_uri));

CREATE FUNCTION lnv.purge_article(uri text) RETURNS jsonb
LANGUAGE plpgsql SECURITY INVOKER AS $$
DECLARE
    target uuid := lnv.to_uuid(uri, 'bài');
    trashed timestamptz;
BEGIN
    IF lnv.my_role() IS DISTINCT FROM 'desk' THEN
        PERFORM lnv.refuse('42501', 'Chỉ thư ký tòa soạn mới xóa hẳn bài khỏi máy chủ; bài '
            'vẫn nằm trong thùng rác của máy chủ.');
    END IF;
    SELECT a.deleted_at INTO trashed FROM lnv.article a WHERE a.uri = target;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('result', 'gone');
    END IF;
    IF trashed IS NULL THEN
        PERFORM lnv.refuse('22023', 'Bài này chưa ở thùng rác trên máy chủ (có người vừa khôi '
            'phục hoặc sửa nó): không xóa hẳn.');
    END IF;
    DELETE FROM lnv.transition t WHERE t.article_uri = target;
    DELETE FROM lnv.comment c WHERE c.article_uri = target;
    DELETE FROM lnv.revision r WHERE r.article_uri = target;
    DELETE FROM lnv.article a WHERE a.uri = target;
    PERFORM pg_notify('lnv_changes', target::text);
    RETURN jsonb_build_object('result', 'purged');
END $$;

REVOKE EXECUTE ON FUNCTION lnv.purge_article(text), lnv.in_trash(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lnv.purge_article(text), lnv.in_trash(uuid) TO lnv_member, lnv_admin;
"""


def upgrade() -> None:
    op.get_bind().connection.driver_connection.execute(PURGE)


def downgrade() -> None:
    op.get_bind().connection.driver_connection.execute(
        "DROP FUNCTION lnv.purge_article(text); "
        "DROP POLICY desk_purge ON lnv.article; DROP POLICY desk_purge ON lnv.revision; "
        "DROP POLICY desk_purge ON lnv.comment; DROP POLICY desk_purge ON lnv.transition; "
        "REVOKE DELETE ON lnv.article, lnv.revision, lnv.comment, lnv.transition FROM lnv_desk; "
        "DROP FUNCTION lnv.in_trash(uuid);"
    )
