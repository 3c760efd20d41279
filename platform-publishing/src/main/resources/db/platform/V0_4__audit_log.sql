-- The audit log (审计日志): every write and every refusal of a write, who, what, when, from where. Append-only: the
-- trigger refuses to change or remove a row, whoever asks, the service's own role included.
CREATE TABLE audit_entry (
    id              BIGSERIAL PRIMARY KEY,
    at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    subject         VARCHAR(200),
    role            VARCHAR(20),
    method          VARCHAR(10)  NOT NULL,
    route           VARCHAR(200) NOT NULL,
    path            VARCHAR(500) NOT NULL,
    department_code CHAR(9),
    year            INT,
    revision_before BIGINT,
    revision_after  BIGINT,
    status          INT          NOT NULL,
    outcome         VARCHAR(10)  NOT NULL CHECK (outcome IN ('accepted', 'refused')),
    remote_address  VARCHAR(100),
    forwarded_for   VARCHAR(200)
);
CREATE INDEX audit_entry_department ON audit_entry (department_code, id);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();

-- who published each version (the subject of the reviewer's token)
ALTER TABLE published_snapshot ADD COLUMN published_by VARCHAR(200);
