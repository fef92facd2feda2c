"""The newsroom tables, the change sequence, the seq/xact stamps and the change notification.

Every synced table (article, revision, comment, transition) carries ``seq`` (one sequence for
all) and ``xact`` (the writing transaction's id), both set by a trigger on every insert and
update: a pull returns the rows whose ``xact`` its cursor snapshot did not see (lnv.pull).

Revision ID: s0001
Revises:
Create Date: 2026-12-03
"""

from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = r"""
CREATE SEQUENCE lnv.seq;

CREATE TABLE lnv.account (
    login name PRIMARY KEY,
    role text NOT NULL CHECK (role IN ('reporter', 'editor', 'desk')),
    display_name text NOT NULL DEFAULT '',
    disabled boolean NOT NULL DEFAULT false,
    created timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE lnv.article (
    uri uuid PRIMARY KEY,
    owner name NOT NULL DEFAULT current_user,
    title text NOT NULL DEFAULT '',
    lead text NOT NULL DEFAULT '',
    body text NOT NULL DEFAULT '',
    byline text NOT NULL DEFAULT '',
    section text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'returned', 'review', 'ready', 'published')),
    version integer NOT NULL DEFAULT 1,
    approved_version integer,
    created timestamptz NOT NULL DEFAULT now(),
    updated timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz,
    provinces jsonb NOT NULL DEFAULT '[]',
    related jsonb NOT NULL DEFAULT '[]',
    photos jsonb NOT NULL DEFAULT '[]',
    seq bigint NOT NULL,
    xact xid8 NOT NULL
);

CREATE TABLE lnv.revision (
    uuid uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    article_uri uuid NOT NULL REFERENCES lnv.article (uri),
    article_version integer NOT NULL,
    reason text NOT NULL,
    author name NOT NULL DEFAULT current_user,
    created timestamptz NOT NULL DEFAULT now(),
    title text NOT NULL DEFAULT '',
    lead text NOT NULL DEFAULT '',
    body text NOT NULL DEFAULT '',
    byline text NOT NULL DEFAULT '',
    section text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT 'draft',
    extras jsonb NOT NULL DEFAULT '{}',
    seq bigint NOT NULL,
    xact xid8 NOT NULL
);

CREATE TABLE lnv.comment (
    uuid uuid PRIMARY KEY,
    article_uri uuid NOT NULL REFERENCES lnv.article (uri),
    parent_uuid uuid REFERENCES lnv.comment (uuid),
    field text NOT NULL DEFAULT 'body',
    photo_uuid uuid,
    start integer NOT NULL DEFAULT 0,
    "end" integer NOT NULL DEFAULT 0,
    quote text NOT NULL DEFAULT '',
    prefix text NOT NULL DEFAULT '',
    suffix text NOT NULL DEFAULT '',
    text text NOT NULL DEFAULT '',
    author name NOT NULL DEFAULT current_user,
    role text NOT NULL DEFAULT '',
    created timestamptz NOT NULL DEFAULT now(),
    resolved boolean NOT NULL DEFAULT false,
    orphaned boolean NOT NULL DEFAULT false,
    seq bigint NOT NULL,
    xact xid8 NOT NULL
);

CREATE TABLE lnv.transition (
    uuid uuid PRIMARY KEY,
    article_uri uuid NOT NULL REFERENCES lnv.article (uri),
    action text NOT NULL,
    from_status text NOT NULL,
    to_status text NOT NULL,
    person name NOT NULL DEFAULT current_user,
    role text NOT NULL DEFAULT '',
    reason text NOT NULL DEFAULT '',
    article_version integer NOT NULL DEFAULT 0,
    at timestamptz NOT NULL DEFAULT now(),
    seq bigint NOT NULL,
    xact xid8 NOT NULL
);

CREATE TABLE lnv.blob (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    data bytea NOT NULL,
    thumb bytea,
    size bigint NOT NULL,
    uploaded_by name NOT NULL DEFAULT current_user,
    created timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE lnv.op (
    op_id uuid PRIMARY KEY,
    login name NOT NULL DEFAULT current_user,
    at timestamptz NOT NULL DEFAULT now(),
    result jsonb
);

CREATE TABLE lnv.laptop (
    id uuid PRIMARY KEY,
    login name NOT NULL DEFAULT current_user,
    name text NOT NULL DEFAULT '',
    last_sync timestamptz NOT NULL DEFAULT now()
);

-- The workflow moves each role may make on the server: core/workflow.py shared_transitions()
-- (tests/server compares the two).
CREATE TABLE lnv.rule (
    action text NOT NULL,
    from_status text NOT NULL,
    to_status text NOT NULL,
    role text NOT NULL,
    PRIMARY KEY (from_status, to_status, role, action)
);
INSERT INTO lnv.rule (action, from_status, to_status, role) VALUES
    ('approve', 'review', 'ready', 'desk'),
    ('approve', 'review', 'ready', 'editor'),
    ('edited', 'ready', 'review', 'desk'),
    ('edited', 'ready', 'review', 'editor'),
    ('publish', 'ready', 'published', 'desk'),
    ('reopen', 'published', 'draft', 'desk'),
    ('reopen', 'ready', 'draft', 'desk'),
    ('return', 'ready', 'returned', 'desk'),
    ('return', 'ready', 'returned', 'editor'),
    ('return', 'review', 'returned', 'desk'),
    ('return', 'review', 'returned', 'editor'),
    ('submit', 'draft', 'review', 'desk'),
    ('submit', 'draft', 'review', 'editor'),
    ('submit', 'draft', 'review', 'reporter'),
    ('submit', 'returned', 'review', 'desk'),
    ('submit', 'returned', 'review', 'editor'),
    ('submit', 'returned', 'review', 'reporter');

-- What pull and push look up: the writing transaction (pull), the order of changes, and the
-- rows of one article.
CREATE INDEX article_xact ON lnv.article (xact);
CREATE INDEX article_seq ON lnv.article (seq);
CREATE INDEX revision_xact ON lnv.revision (xact);
CREATE INDEX revision_article ON lnv.revision (article_uri);
CREATE INDEX comment_xact ON lnv.comment (xact);
CREATE INDEX comment_article ON lnv.comment (article_uri);
CREATE INDEX transition_xact ON lnv.transition (xact);
CREATE INDEX transition_article ON lnv.transition (article_uri);
"""

STAMPS = r"""
CREATE FUNCTION lnv.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.seq := nextval('lnv.seq');
    NEW.xact := pg_current_xact_id();
    RETURN NEW;
END $$;

-- NOTIFY is sent at commit, once per distinct payload in a transaction.
CREATE FUNCTION lnv.notify_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('lnv_changes', NEW.uri::text);
    RETURN NULL;
END $$;

CREATE FUNCTION lnv.notify_related() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('lnv_changes', NEW.article_uri::text);
    RETURN NULL;
END $$;

-- "zz_": BEFORE triggers fire in name order, the stamp last (after the checks of migration 2).
CREATE TRIGGER zz_stamp BEFORE INSERT OR UPDATE ON lnv.article
    FOR EACH ROW EXECUTE FUNCTION lnv.stamp();
CREATE TRIGGER zz_stamp BEFORE INSERT OR UPDATE ON lnv.revision
    FOR EACH ROW EXECUTE FUNCTION lnv.stamp();
CREATE TRIGGER zz_stamp BEFORE INSERT OR UPDATE ON lnv.comment
    FOR EACH ROW EXECUTE FUNCTION lnv.stamp();
CREATE TRIGGER zz_stamp BEFORE INSERT OR UPDATE ON lnv.transition
    FOR EACH ROW EXECUTE FUNCTION lnv.stamp();

CREATE TRIGGER notify AFTER INSERT OR UPDATE ON lnv.article
    FOR EACH ROW EXECUTE FUNCTION lnv.notify_article();
CREATE TRIGGER notify AFTER INSERT OR UPDATE ON lnv.revision
    FOR EACH ROW EXECUTE FUNCTION lnv.notify_related();
CREATE TRIGGER notify AFTER INSERT OR UPDATE ON lnv.comment
    FOR EACH ROW EXECUTE FUNCTION lnv.notify_related();
CREATE TRIGGER notify AFTER INSERT OR UPDATE ON lnv.transition
    FOR EACH ROW EXECUTE FUNCTION lnv.notify_related();
"""


def run_sql(sql: str) -> None:
    """Run a script as it is: on the driver's connection, so that no layer reads its colons or
    percent signs as parameters."""
    op.get_bind().connection.driver_connection.execute(sql)


def upgrade() -> None:
    run_sql(TABLES)
    run_sql(STAMPS)


def downgrade() -> None:
    run_sql(
        "DROP TABLE lnv.transition, lnv.comment, lnv.revision, lnv.article, lnv.blob, lnv.op, "
        "lnv.laptop, lnv.account, lnv.rule; DROP SEQUENCE lnv.seq; DROP FUNCTION lnv.stamp(), "
        "lnv.notify_article(), lnv.notify_related();"
    )
