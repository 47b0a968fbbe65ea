-- The back-office of articles: the bin, image sizes, old addresses, revisions, preview links and the audit log.

-- Deleted articles stay in the bin (deleted_at set) until purged, 30 days later.
ALTER TABLE rt_article ADD COLUMN deleted_at ${rt_timestamp};
ALTER TABLE rt_article ADD COLUMN image_width INTEGER;
ALTER TABLE rt_article ADD COLUMN image_height INTEGER;
ALTER TABLE rt_article_block ADD COLUMN image_width INTEGER;
ALTER TABLE rt_article_block ADD COLUMN image_height INTEGER;

-- The back-office lists articles by last change.
CREATE INDEX rt_article_updated_ix ON rt_article (updated_at);

-- An article's former slugs: their addresses answer 301 to the current one.
CREATE TABLE rt_article_redirect (
    old_slug    VARCHAR(80) NOT NULL,
    article_id  BIGINT      NOT NULL,
    CONSTRAINT rt_article_redirect_pk PRIMARY KEY (old_slug),
    CONSTRAINT rt_article_redirect_article_fk FOREIGN KEY (article_id) REFERENCES rt_article (id)
) ${rt_table_options};

-- Every save of an article: who, when, and the whole article as it was (JSON).
CREATE TABLE rt_article_revision (
    id               BIGINT        NOT NULL,
    version          INTEGER       NOT NULL,
    article_id       BIGINT        NOT NULL,
    revision_number  INTEGER       NOT NULL,
    saved_at         ${rt_timestamp} NOT NULL,
    saved_by         VARCHAR(120)  NOT NULL,
    action           VARCHAR(30)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    snapshot         ${rt_text}    NOT NULL,
    CONSTRAINT rt_article_revision_pk PRIMARY KEY (id),
    CONSTRAINT rt_article_revision_uk UNIQUE (article_id, revision_number),
    CONSTRAINT rt_article_revision_article_fk FOREIGN KEY (article_id) REFERENCES rt_article (id)
) ${rt_table_options};

-- Shareable preview links: only the SHA-256 of the token is kept.
CREATE TABLE rt_preview_token (
    id          BIGINT        NOT NULL,
    version     INTEGER       NOT NULL,
    token_hash  VARCHAR(64)   NOT NULL,
    article_id  BIGINT        NOT NULL,
    expires_at  ${rt_timestamp} NOT NULL,
    created_by  VARCHAR(120)  NOT NULL,
    CONSTRAINT rt_preview_token_pk PRIMARY KEY (id),
    CONSTRAINT rt_preview_token_uk UNIQUE (token_hash),
    CONSTRAINT rt_preview_token_article_fk FOREIGN KEY (article_id) REFERENCES rt_article (id)
) ${rt_table_options};

-- Who did what, when. No foreign key: entries outlive what they name.
CREATE TABLE rt_audit (
    id             BIGINT        NOT NULL,
    version        INTEGER       NOT NULL,
    occurred_at    ${rt_timestamp} NOT NULL,
    actor          VARCHAR(120)  NOT NULL,
    action         VARCHAR(30)   NOT NULL,
    subject_type   VARCHAR(30)   NOT NULL,
    subject_id     BIGINT,
    subject_label  VARCHAR(200),
    CONSTRAINT rt_audit_pk PRIMARY KEY (id)
) ${rt_table_options};

CREATE INDEX rt_audit_occurred_ix ON rt_audit (occurred_at);
