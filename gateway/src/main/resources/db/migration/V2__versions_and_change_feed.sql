-- The change feed and the published versions of each assembled disclosure.

-- One row: the last sequence handed out. Entries are numbered under its row lock in the consumer's transaction,
-- so sequences commit in order and a reader that saw sequence n will never later see a smaller new one.
CREATE TABLE change_counter (
    id             SMALLINT PRIMARY KEY CHECK (id = 1),
    last_sequence  BIGINT   NOT NULL
);
INSERT INTO change_counter (id, last_sequence) VALUES (1, 0);

-- Every publication and correction of a part, numbered once and never renumbered: a replay finds its entry by
-- the part version and adds nothing. version is the assembled disclosure's version this entry produced.
CREATE TABLE change_entry (
    sequence         BIGINT       PRIMARY KEY,
    department_code  VARCHAR(9)   NOT NULL,
    fiscal_year      INTEGER      NOT NULL,
    part             VARCHAR(32)  NOT NULL,
    part_version     INTEGER      NOT NULL,
    version          INTEGER      NOT NULL,
    kind             VARCHAR(16)  NOT NULL CHECK (kind IN ('PUBLICATION', 'CORRECTION')),
    reason           TEXT,
    published_at     TIMESTAMPTZ  NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    UNIQUE (department_code, fiscal_year, part, part_version),
    UNIQUE (department_code, fiscal_year, version)
);

-- The assembled document as it stood after each change entry of its department-year.
CREATE TABLE disclosure_version (
    department_code  VARCHAR(9)   NOT NULL,
    fiscal_year      INTEGER      NOT NULL,
    version          INTEGER      NOT NULL,
    published_at     TIMESTAMPTZ  NOT NULL,
    document         JSON         NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, version)
);

ALTER TABLE disclosure ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE disclosure ADD COLUMN last_published_at TIMESTAMPTZ;
CREATE INDEX disclosure_name ON disclosure (department_name);

-- A read model from before the feed: its publications become the first entries, in the order they arrived; the
-- gateway assembles their versions when it starts (ReadModelRepair).
INSERT INTO change_entry (sequence, department_code, fiscal_year, part, part_version, version, kind, reason,
                          published_at, recorded_at)
SELECT row_number() OVER (ORDER BY received_at, occurred_at, department_code, fiscal_year, part, published_version),
       department_code, fiscal_year, part, published_version,
       row_number() OVER (PARTITION BY department_code, fiscal_year
                          ORDER BY received_at, occurred_at, part, published_version),
       CASE WHEN published_version = 1 THEN 'PUBLICATION' ELSE 'CORRECTION' END,
       payload ->> 'correctionReason', occurred_at, received_at
FROM part_version;
UPDATE change_counter SET last_sequence = (SELECT count(*) FROM change_entry);
