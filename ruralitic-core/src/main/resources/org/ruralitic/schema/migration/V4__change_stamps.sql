-- When an edition or a session last changed: calendars publish it (LAST-MODIFIED, DTSTAMP), and the
-- optimistic-lock version as SEQUENCE. Existing rows take the time of the migration.
ALTER TABLE rt_edition ADD updated_at ${rt_timestamp};
UPDATE rt_edition SET updated_at = CURRENT_TIMESTAMP;
ALTER TABLE rt_session ADD updated_at ${rt_timestamp};
UPDATE rt_session SET updated_at = CURRENT_TIMESTAMP;
