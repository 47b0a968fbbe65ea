-- RuraliTIC schema, version 3: newsletter double opt-in, the mail outbox, anti-abuse tables.
-- Placeholders as in V1__schema.sql.

-- Tokens of the links in mails, stored only as SHA-256 hashes (URL-safe Base64, 43 characters).
ALTER TABLE rt_subscription ADD COLUMN confirm_token_hash VARCHAR(64);
ALTER TABLE rt_subscription ADD COLUMN confirm_expires_at ${rt_timestamp};
ALTER TABLE rt_subscription ADD COLUMN unsubscribe_token_hash VARCHAR(64);
-- Confirmation mails sent for the current sign-up, and the last one: limits resending.
ALTER TABLE rt_subscription ADD COLUMN confirmation_mails INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE rt_subscription ADD COLUMN last_mailed_at ${rt_timestamp};
ALTER TABLE rt_subscription ADD CONSTRAINT rt_subscription_confirm_uk UNIQUE (confirm_token_hash);
ALTER TABLE rt_subscription ADD CONSTRAINT rt_subscription_unsubscribe_uk UNIQUE (unsubscribe_token_hash);
-- The purge of unconfirmed sign-ups reads pending rows by expiry.
CREATE INDEX rt_subscription_expiry_ix ON rt_subscription (status, confirm_expires_at);

-- Mails to send, written in the transaction that decides them; a dispatcher sends them, leasing each row so that
-- two servers never send the same one, and retries with a growing delay. Nothing is dropped: a mail that keeps
-- failing ends FAILED, kept with its last error.
CREATE TABLE rt_outbox (
    id               BIGINT        NOT NULL,
    version          INTEGER       NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    text_body        ${rt_text}    NOT NULL,
    html_body        ${rt_text}    NOT NULL,
    headers          ${rt_text},
    status           VARCHAR(20)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    created_at       ${rt_timestamp} NOT NULL,
    next_attempt_at  ${rt_timestamp} NOT NULL,
    claimed_until    ${rt_timestamp},
    claimed_by       VARCHAR(64),
    sent_at          ${rt_timestamp},
    last_error       VARCHAR(1000),
    CONSTRAINT rt_outbox_pk PRIMARY KEY (id)
) ${rt_table_options};

CREATE INDEX rt_outbox_due_ix ON rt_outbox (status, next_attempt_at);
CREATE INDEX rt_outbox_recipient_ix ON rt_outbox (recipient);

-- Sign-ups per client in the current window; the client key is a keyed hash of the address, never the address.
CREATE TABLE rt_rate_limit (
    client_key    VARCHAR(64)   NOT NULL,
    window_start  ${rt_timestamp} NOT NULL,
    hits          INTEGER       NOT NULL,
    CONSTRAINT rt_rate_limit_pk PRIMARY KEY (client_key)
) ${rt_table_options};

-- Secrets shared by every server of the portal (the key of signed form stamps and of client keys), created on
-- first use.
CREATE TABLE rt_secret (
    name          VARCHAR(40)   NOT NULL,
    secret_value  VARCHAR(100)  NOT NULL,
    created_at    ${rt_timestamp} NOT NULL,
    CONSTRAINT rt_secret_pk PRIMARY KEY (name)
) ${rt_table_options};
