-- RuraliTIC schema, version 1.
-- Placeholders (replaced per database by SchemaMigrator / SchemaScript):
--   ${rt_timestamp}      date-time without zone: TIMESTAMP(6) (H2, PostgreSQL) or DATETIME(6) (MariaDB)
--   ${rt_text}           long text: CHARACTER VARYING (H2), TEXT (PostgreSQL, MariaDB)
--   ${rt_table_options}  MariaDB: InnoDB and utf8mb4; empty elsewhere
-- Every table is prefixed rt_ so that it never clashes with a portal's own tables.

CREATE TABLE rt_id_sequence (
    seq_name   VARCHAR(50) NOT NULL,
    seq_value  BIGINT      NOT NULL,
    CONSTRAINT rt_id_sequence_pk PRIMARY KEY (seq_name)
) ${rt_table_options};

-- Identifiers start above the reference rows the migrations insert with fixed ids.
INSERT INTO rt_id_sequence (seq_name, seq_value) VALUES ('ids', 1000);

CREATE TABLE rt_theme (
    id        BIGINT       NOT NULL,
    version   INTEGER      NOT NULL,
    code      VARCHAR(40)  NOT NULL,
    label_fr  VARCHAR(120) NOT NULL,
    label_en  VARCHAR(120) NOT NULL,
    CONSTRAINT rt_theme_pk PRIMARY KEY (id),
    CONSTRAINT rt_theme_code_uk UNIQUE (code)
) ${rt_table_options};

CREATE TABLE rt_edition (
    id                 BIGINT        NOT NULL,
    version            INTEGER       NOT NULL,
    slug               VARCHAR(80)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    tagline            VARCHAR(200),
    start_local        ${rt_timestamp} NOT NULL,
    end_local          ${rt_timestamp} NOT NULL,
    time_zone          VARCHAR(40)   NOT NULL,
    language           VARCHAR(8)    NOT NULL,
    description        VARCHAR(4000),
    image_url          VARCHAR(500),
    organizer_name     VARCHAR(200),
    organizer_url      VARCHAR(500),
    status             VARCHAR(20)   NOT NULL,
    part_of_id         BIGINT,
    venue_name         VARCHAR(200)  NOT NULL,
    venue_street       VARCHAR(200),
    venue_postal_code  VARCHAR(20),
    venue_city         VARCHAR(120)  NOT NULL,
    venue_department   VARCHAR(120),
    venue_region       VARCHAR(120),
    venue_country      VARCHAR(2)    NOT NULL,
    venue_latitude     DOUBLE PRECISION,
    venue_longitude    DOUBLE PRECISION,
    CONSTRAINT rt_edition_pk PRIMARY KEY (id),
    CONSTRAINT rt_edition_slug_uk UNIQUE (slug),
    CONSTRAINT rt_edition_part_of_fk FOREIGN KEY (part_of_id) REFERENCES rt_edition (id)
) ${rt_table_options};

CREATE INDEX rt_edition_end_ix ON rt_edition (end_local);

CREATE TABLE rt_edition_theme (
    edition_id  BIGINT NOT NULL,
    theme_id    BIGINT NOT NULL,
    CONSTRAINT rt_edition_theme_pk PRIMARY KEY (edition_id, theme_id),
    CONSTRAINT rt_edition_theme_edition_fk FOREIGN KEY (edition_id) REFERENCES rt_edition (id),
    CONSTRAINT rt_edition_theme_theme_fk FOREIGN KEY (theme_id) REFERENCES rt_theme (id)
) ${rt_table_options};

CREATE TABLE rt_social_link (
    edition_id  BIGINT       NOT NULL,
    link_order  INTEGER      NOT NULL,
    network     VARCHAR(20)  NOT NULL,
    url         VARCHAR(500) NOT NULL,
    CONSTRAINT rt_social_link_pk PRIMARY KEY (edition_id, link_order),
    CONSTRAINT rt_social_link_edition_fk FOREIGN KEY (edition_id) REFERENCES rt_edition (id)
) ${rt_table_options};

CREATE TABLE rt_speaker (
    id            BIGINT        NOT NULL,
    version       INTEGER       NOT NULL,
    slug          VARCHAR(80)   NOT NULL,
    name          VARCHAR(120)  NOT NULL,
    role          VARCHAR(160),
    organisation  VARCHAR(160),
    bio           VARCHAR(4000),
    photo_url     VARCHAR(500),
    CONSTRAINT rt_speaker_pk PRIMARY KEY (id),
    CONSTRAINT rt_speaker_slug_uk UNIQUE (slug)
) ${rt_table_options};

CREATE TABLE rt_session (
    id             BIGINT        NOT NULL,
    version        INTEGER       NOT NULL,
    edition_id     BIGINT        NOT NULL,
    slug           VARCHAR(80)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    abstract_text  VARCHAR(4000),
    start_local    ${rt_timestamp} NOT NULL,
    end_local      ${rt_timestamp} NOT NULL,
    room           VARCHAR(120),
    track_id       BIGINT,
    format         VARCHAR(20)   NOT NULL,
    CONSTRAINT rt_session_pk PRIMARY KEY (id),
    CONSTRAINT rt_session_slug_uk UNIQUE (edition_id, slug),
    CONSTRAINT rt_session_edition_fk FOREIGN KEY (edition_id) REFERENCES rt_edition (id),
    CONSTRAINT rt_session_track_fk FOREIGN KEY (track_id) REFERENCES rt_theme (id)
) ${rt_table_options};

CREATE TABLE rt_session_speaker (
    session_id     BIGINT  NOT NULL,
    speaker_order  INTEGER NOT NULL,
    speaker_id     BIGINT  NOT NULL,
    CONSTRAINT rt_session_speaker_pk PRIMARY KEY (session_id, speaker_order),
    CONSTRAINT rt_session_speaker_session_fk FOREIGN KEY (session_id) REFERENCES rt_session (id),
    CONSTRAINT rt_session_speaker_speaker_fk FOREIGN KEY (speaker_id) REFERENCES rt_speaker (id)
) ${rt_table_options};

CREATE TABLE rt_article (
    id                BIGINT        NOT NULL,
    version           INTEGER       NOT NULL,
    slug              VARCHAR(80)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    lead_text         VARCHAR(1000),
    published_at      ${rt_timestamp},
    updated_at        ${rt_timestamp} NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    author_name       VARCHAR(120),
    interviewee_name  VARCHAR(120),
    interviewee_role  VARCHAR(200),
    language          VARCHAR(8)    NOT NULL,
    edition_id        BIGINT,
    image_url         VARCHAR(500),
    image_alt         VARCHAR(300),
    CONSTRAINT rt_article_pk PRIMARY KEY (id),
    CONSTRAINT rt_article_slug_uk UNIQUE (slug),
    CONSTRAINT rt_article_edition_fk FOREIGN KEY (edition_id) REFERENCES rt_edition (id)
) ${rt_table_options};

-- The article list reads published articles newest first.
CREATE INDEX rt_article_published_ix ON rt_article (status, published_at);

CREATE TABLE rt_article_block (
    article_id   BIGINT      NOT NULL,
    block_order  INTEGER     NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    body_text    ${rt_text},
    answer_text  ${rt_text},
    attribution  VARCHAR(200),
    image_url    VARCHAR(500),
    image_alt    VARCHAR(300),
    CONSTRAINT rt_article_block_pk PRIMARY KEY (article_id, block_order),
    CONSTRAINT rt_article_block_article_fk FOREIGN KEY (article_id) REFERENCES rt_article (id)
) ${rt_table_options};

CREATE TABLE rt_article_theme (
    article_id  BIGINT NOT NULL,
    theme_id    BIGINT NOT NULL,
    CONSTRAINT rt_article_theme_pk PRIMARY KEY (article_id, theme_id),
    CONSTRAINT rt_article_theme_article_fk FOREIGN KEY (article_id) REFERENCES rt_article (id),
    CONSTRAINT rt_article_theme_theme_fk FOREIGN KEY (theme_id) REFERENCES rt_theme (id)
) ${rt_table_options};

CREATE TABLE rt_partner (
    id           BIGINT        NOT NULL,
    version      INTEGER       NOT NULL,
    slug         VARCHAR(80)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    website_url  VARCHAR(500),
    logo_url     VARCHAR(500),
    logo_alt     VARCHAR(300),
    description  VARCHAR(2000),
    CONSTRAINT rt_partner_pk PRIMARY KEY (id),
    CONSTRAINT rt_partner_slug_uk UNIQUE (slug)
) ${rt_table_options};

CREATE TABLE rt_partner_tier (
    id         BIGINT       NOT NULL,
    version    INTEGER      NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    label_fr   VARCHAR(120) NOT NULL,
    label_en   VARCHAR(120) NOT NULL,
    tier_rank  INTEGER      NOT NULL,
    logo_size  VARCHAR(20)  NOT NULL,
    CONSTRAINT rt_partner_tier_pk PRIMARY KEY (id),
    CONSTRAINT rt_partner_tier_code_uk UNIQUE (code),
    CONSTRAINT rt_partner_tier_rank_uk UNIQUE (tier_rank)
) ${rt_table_options};

CREATE TABLE rt_sponsorship (
    id             BIGINT  NOT NULL,
    version        INTEGER NOT NULL,
    edition_id     BIGINT  NOT NULL,
    partner_id     BIGINT  NOT NULL,
    tier_id        BIGINT  NOT NULL,
    display_order  INTEGER NOT NULL,
    CONSTRAINT rt_sponsorship_pk PRIMARY KEY (id),
    CONSTRAINT rt_sponsorship_uk UNIQUE (edition_id, partner_id),
    CONSTRAINT rt_sponsorship_edition_fk FOREIGN KEY (edition_id) REFERENCES rt_edition (id),
    CONSTRAINT rt_sponsorship_partner_fk FOREIGN KEY (partner_id) REFERENCES rt_partner (id),
    CONSTRAINT rt_sponsorship_tier_fk FOREIGN KEY (tier_id) REFERENCES rt_partner_tier (id)
) ${rt_table_options};

CREATE TABLE rt_subscription (
    id               BIGINT        NOT NULL,
    version          INTEGER       NOT NULL,
    email            VARCHAR(254)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    locale           VARCHAR(10)   NOT NULL,
    consent_version  VARCHAR(40)   NOT NULL,
    source_page      VARCHAR(500),
    subscribed_at    ${rt_timestamp} NOT NULL,
    confirmed_at     ${rt_timestamp},
    unsubscribed_at  ${rt_timestamp},
    CONSTRAINT rt_subscription_pk PRIMARY KEY (id),
    CONSTRAINT rt_subscription_email_uk UNIQUE (email)
) ${rt_table_options};
