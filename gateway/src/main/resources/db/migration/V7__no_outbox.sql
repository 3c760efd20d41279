-- The gateway publishes nothing: it kept the writing services' outbox and snapshot tables, created by their shared
-- migrations (V0_x), only because it shared their module. Those migrations no longer reach the gateway; its
-- history keeps their rows (application.properties ignores them as missing) and the empty tables go.
DROP TABLE IF EXISTS outbox_event;
DROP TABLE IF EXISTS published_snapshot;
