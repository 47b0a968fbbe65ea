-- RuraliTIC schema, version 9: conference series (issue 12). A portal may run several series, each with its editions;
-- the main one, created here with a reserved id, holds every edition recorded so far.
-- Placeholders as in V1__schema.sql.

CREATE TABLE rt_series (
    id       BIGINT        NOT NULL,
    version  INTEGER       NOT NULL,
    code     VARCHAR(80)   NOT NULL,
    name     VARCHAR(200)  NOT NULL,
    is_main  BOOLEAN       NOT NULL,
    CONSTRAINT rt_series_pk PRIMARY KEY (id),
    CONSTRAINT rt_series_code_uk UNIQUE (code)
) ${rt_table_options};

INSERT INTO rt_series (id, version, code, name, is_main) VALUES (10, 0, 'ruralitic', 'RuraliTIC', TRUE);

ALTER TABLE rt_edition ADD COLUMN series_id BIGINT;
UPDATE rt_edition SET series_id = 10;
ALTER TABLE rt_edition ADD CONSTRAINT rt_edition_series_fk FOREIGN KEY (series_id) REFERENCES rt_series (id);
CREATE INDEX rt_edition_series_ix ON rt_edition (series_id);
