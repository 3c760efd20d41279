-- The gateway's read model, built only from the services' events.
-- JSON, not JSONB: documents are served as stored, keeping their field order and decimals as written.

-- Every published version of every part, as its event carried it.
CREATE TABLE part_version (
    department_code    VARCHAR(9)  NOT NULL,
    fiscal_year        INTEGER     NOT NULL,
    part               VARCHAR(32) NOT NULL,
    published_version  INTEGER     NOT NULL,
    event_id           UUID        NOT NULL,
    occurred_at        TIMESTAMPTZ NOT NULL,
    received_at        TIMESTAMPTZ NOT NULL,
    payload            JSON        NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, part, published_version)
);

-- The assembled disclosure of a department-year: the latest published version of each part, rebuilt when an
-- event arrives so reads serve it as stored.
CREATE TABLE disclosure (
    department_code  VARCHAR(9)   NOT NULL,
    fiscal_year      INTEGER      NOT NULL,
    division_code    VARCHAR(6)   NOT NULL,
    department_name  VARCHAR(200),
    document         JSON         NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (department_code, fiscal_year)
);
CREATE INDEX disclosure_year_division ON disclosure (fiscal_year, division_code);
