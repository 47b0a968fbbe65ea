-- RuraliTIC schema, version 8: the public-sector pages (accessibility statement, legal notice, personal data) as an
-- administrator edited them, one row per page and language. A page without a row shows its default text, made from
-- the settings. Placeholders as in V1__schema.sql.
CREATE TABLE rt_legal_page (
    id          BIGINT          NOT NULL,
    version     INTEGER         NOT NULL,
    kind        VARCHAR(20)     NOT NULL,
    language    VARCHAR(10)     NOT NULL,
    body        ${rt_text}      NOT NULL,
    updated_at  ${rt_timestamp} NOT NULL,
    updated_by  VARCHAR(254)    NOT NULL,
    CONSTRAINT rt_legal_page_pk PRIMARY KEY (id),
    CONSTRAINT rt_legal_page_uk UNIQUE (kind, language)
) ${rt_table_options};
