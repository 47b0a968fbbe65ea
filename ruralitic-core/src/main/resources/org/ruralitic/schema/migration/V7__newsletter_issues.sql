-- RuraliTIC schema, version 7: newsletter issues, sent to every confirmed subscriber; hard bounces.
-- Placeholders as in V1__schema.sql.

-- An issue as the editors compose it; once sent, what was sent is frozen in it (the mail's HTML and text, with a
-- placeholder for each recipient's own links, and the web version of the archive, which holds nobody's data).
CREATE TABLE rt_newsletter_issue (
    id               BIGINT        NOT NULL,
    version          INTEGER       NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    language         VARCHAR(10)   NOT NULL,
    intro            ${rt_text},
    blocks_json      ${rt_text}    NOT NULL,
    latest_articles  INTEGER       NOT NULL,
    next_edition     BOOLEAN       NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    created_at       ${rt_timestamp} NOT NULL,
    created_by       VARCHAR(254)  NOT NULL,
    updated_at       ${rt_timestamp} NOT NULL,
    updated_by       VARCHAR(254)  NOT NULL,
    send_started_at  ${rt_timestamp},
    sent_by          VARCHAR(254),
    finished_at      ${rt_timestamp},
    recipients       INTEGER       NOT NULL,
    mail_html        ${rt_text},
    mail_text        ${rt_text},
    web_html         ${rt_text},
    CONSTRAINT rt_newsletter_issue_pk PRIMARY KEY (id)
) ${rt_table_options};

-- The archive lists sent issues, newest first.
CREATE INDEX rt_newsletter_issue_sent_ix ON rt_newsletter_issue (status, send_started_at);

-- One row per recipient of an issue, written when the send starts: the dispatcher claims a row (an update only one
-- server wins), hands the mail to SMTP, then marks it SENT. No address here: the subscription holds it, and its
-- erasure deletes these rows.
CREATE TABLE rt_newsletter_delivery (
    issue_id         BIGINT        NOT NULL,
    subscription_id  BIGINT        NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  ${rt_timestamp} NOT NULL,
    claimed_until    ${rt_timestamp},
    claimed_by       VARCHAR(64),
    sent_at          ${rt_timestamp},
    last_error       VARCHAR(1000),
    CONSTRAINT rt_newsletter_delivery_pk PRIMARY KEY (issue_id, subscription_id),
    CONSTRAINT rt_newsletter_delivery_issue_fk FOREIGN KEY (issue_id) REFERENCES rt_newsletter_issue (id)
) ${rt_table_options};

CREATE INDEX rt_newsletter_delivery_due_ix ON rt_newsletter_delivery (status, next_attempt_at);
CREATE INDEX rt_newsletter_delivery_subscription_ix ON rt_newsletter_delivery (subscription_id);
-- The throttle counts the mails sent in the last minute, across servers.
CREATE INDEX rt_newsletter_delivery_sent_ix ON rt_newsletter_delivery (sent_at);

-- A hard bounce (a delivery status notification saying the address does not exist): no issue is mailed to it again.
ALTER TABLE rt_subscription ADD COLUMN bounced_at ${rt_timestamp};
ALTER TABLE rt_subscription ADD COLUMN bounce_status VARCHAR(20);
