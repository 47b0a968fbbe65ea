-- RuraliTIC schema: the media library (images uploaded by editors, served under /ruralitic/media/).
-- Placeholders as in V1__schema.sql, and ${rt_binary}: BYTEA on PostgreSQL, LONGBLOB on MariaDB, BLOB on H2.
-- The bytes are checked before they get here: type from the bytes (JPEG, PNG, WebP), decoded whole, size limited.
CREATE TABLE rt_media (
    id             BIGINT        NOT NULL,
    version        INTEGER       NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    content_type   VARCHAR(40)   NOT NULL,
    content        ${rt_binary}  NOT NULL,
    byte_size      INTEGER       NOT NULL,
    width          INTEGER       NOT NULL,
    height         INTEGER       NOT NULL,
    -- SHA-256 of the content, lower-case hexadecimal: the public address carries its first 12 characters.
    sha256         VARCHAR(64)   NOT NULL,
    -- Empty for a decorative image, never null.
    alt_text       VARCHAR(300)  NOT NULL,
    decorative     BOOLEAN       NOT NULL,
    uploaded_by    VARCHAR(254)  NOT NULL,
    uploaded_at    ${rt_timestamp} NOT NULL,
    CONSTRAINT rt_media_pk PRIMARY KEY (id)
) ${rt_table_options};

-- The library lists the newest first.
CREATE INDEX rt_media_uploaded_ix ON rt_media (uploaded_at, id);
