-- The relay's retry state per row: a failed row waits next_attempt_at (exponential back-off); a row the broker
-- keeps refusing is parked with its error, and an administrator retries or discards it. Rows behind an unsent row
-- of the same key (aggregateid, the department-year) wait for it: order per key is the promise.
ALTER TABLE outbox_event
    ADD COLUMN next_attempt_at TIMESTAMPTZ,
    ADD COLUMN parked_at       TIMESTAMPTZ,
    ADD COLUMN discarded_at    TIMESTAMPTZ,
    ADD COLUMN discarded_by    VARCHAR(200),
    ADD COLUMN discard_reason  TEXT;

-- unsent = neither acknowledged nor discarded; the relay claims the unparked ones in position order
DROP INDEX outbox_event_unsent;
CREATE INDEX outbox_event_unsent ON outbox_event (position)
    WHERE published_at IS NULL AND discarded_at IS NULL AND parked_at IS NULL;
-- what waits before a row of its own key
CREATE INDEX outbox_event_unsent_by_key ON outbox_event (aggregateid, position)
    WHERE published_at IS NULL AND discarded_at IS NULL;
CREATE INDEX outbox_event_parked ON outbox_event (position) WHERE parked_at IS NOT NULL AND discarded_at IS NULL;
-- pruning of rows done with (acknowledged or discarded) after the retention
CREATE INDEX outbox_event_sent ON outbox_event (published_at) WHERE published_at IS NOT NULL;
CREATE INDEX outbox_event_discarded ON outbox_event (discarded_at) WHERE discarded_at IS NOT NULL;
