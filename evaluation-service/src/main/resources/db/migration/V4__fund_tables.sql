-- Each project's fund table (财政资金安排和使用情况) row by row: amounts in yuan, the 结余率 as printed.
CREATE TABLE evaluation_fund_row (
    evaluation_id   BIGINT        NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    project_index   INTEGER       NOT NULL,
    source          VARCHAR(20)   NOT NULL,
    initial         NUMERIC(18,2) CHECK (initial >= 0),
    adjustment      NUMERIC(18,2),
    allocated       NUMERIC(18,2) CHECK (allocated >= 0),
    balance         NUMERIC(18,2),
    arrived         NUMERIC(18,2) CHECK (arrived >= 0),
    spent           NUMERIC(18,2) CHECK (spent >= 0),
    remaining       NUMERIC(18,2),
    remaining_rate  NUMERIC(7,2),
    PRIMARY KEY (evaluation_id, project_index, source)
);
