-- 公开08/09表's 年初/年末结转和结余 by 项: a government-fund or state-capital balance of one 项, yuan. A row gives
-- the opening, the closing or both; a figure not given is a blank cell.
CREATE TABLE fund_balance_cell (
    final_accounts_id  BIGINT        NOT NULL REFERENCES final_accounts (id) ON DELETE CASCADE,
    function_code      VARCHAR(7)    NOT NULL,
    fund               VARCHAR(20)   NOT NULL CHECK (fund IN ('GOVERNMENT_FUND', 'STATE_CAPITAL')),
    opening            NUMERIC(18,2) CHECK (opening >= 0),
    closing            NUMERIC(18,2) CHECK (closing >= 0),
    CHECK (opening IS NOT NULL OR closing IS NOT NULL),
    PRIMARY KEY (final_accounts_id, function_code, fund)
);
