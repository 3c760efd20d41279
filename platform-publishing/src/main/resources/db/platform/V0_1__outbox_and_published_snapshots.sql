-- Platform tables every service owns in its own database (Flyway location db/platform).
-- Payloads are JSON documents kept as text: events and versions keep their field order and decimals exactly as
-- written (JSONB would reorder fields), and the relay sends them untouched.

-- Transactional outbox: columns compatible with Debezium's outbox event router, plus the relay's own state.
CREATE TABLE outbox_event (
    id             UUID PRIMARY KEY,
    position       BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    aggregatetype  VARCHAR(64)  NOT NULL,
    aggregateid    VARCHAR(64)  NOT NULL,
    type           VARCHAR(64)  NOT NULL,
    timestamp      TIMESTAMPTZ  NOT NULL,
    payload        TEXT         NOT NULL,
    published_at   TIMESTAMPTZ,
    attempts       INTEGER      NOT NULL DEFAULT 0,
    last_error     TEXT
);
CREATE INDEX outbox_event_unsent ON outbox_event (position) WHERE published_at IS NULL;

-- Every published version of a part, immutable once written.
CREATE TABLE published_snapshot (
    aggregatetype      VARCHAR(64)  NOT NULL,
    aggregateid        VARCHAR(64)  NOT NULL,
    published_version  INTEGER      NOT NULL,
    published_at       TIMESTAMPTZ  NOT NULL,
    correction_reason  TEXT,
    payload            TEXT         NOT NULL,
    PRIMARY KEY (aggregatetype, aggregateid, published_version)
);
