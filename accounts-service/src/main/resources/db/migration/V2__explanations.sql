-- Inputs of the explanations (第三部分 情况说明) and the figures a legacy text states.

-- A transcript of a disclosure already published elsewhere (its title or address): it keeps its slips.
ALTER TABLE final_accounts ADD COLUMN transcribed_from TEXT;

-- 机关运行经费 of the year, yuan.
ALTER TABLE final_accounts ADD COLUMN office_operation NUMERIC(18,2) CHECK (office_operation >= 0);

-- Per explanation line (a 项 code or a fixed key): last year's 决算数 in yuan and the reason of the change.
CREATE TABLE explanation_input (
    final_accounts_id  BIGINT        NOT NULL REFERENCES final_accounts (id) ON DELETE CASCADE,
    line_key           VARCHAR(40)   NOT NULL,
    prior_year         NUMERIC(18,2) CHECK (prior_year >= 0),
    reason             TEXT,
    PRIMARY KEY (final_accounts_id, line_key)
);

-- Per explanation line, the figures a legacy text states: amounts in yuan, the percentage as printed.
CREATE TABLE stated_figure (
    final_accounts_id  BIGINT        NOT NULL REFERENCES final_accounts (id) ON DELETE CASCADE,
    line_key           VARCHAR(40)   NOT NULL,
    amount             NUMERIC(18,2),
    base_amount        NUMERIC(18,2),
    change_amount      NUMERIC(18,2),
    percent            NUMERIC(9,2),
    PRIMARY KEY (final_accounts_id, line_key)
);
