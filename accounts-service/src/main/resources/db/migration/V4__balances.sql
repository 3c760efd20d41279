-- The year's balances, yuan: 年初结转和结余 and 年末结转和结余 by fund, 使用非财政拨款结余, 结余分配.
ALTER TABLE final_accounts
    ADD COLUMN opening_general_budget  NUMERIC(18,2) CHECK (opening_general_budget >= 0),
    ADD COLUMN opening_government_fund NUMERIC(18,2) CHECK (opening_government_fund >= 0),
    ADD COLUMN opening_state_capital   NUMERIC(18,2) CHECK (opening_state_capital >= 0),
    ADD COLUMN opening_non_fiscal      NUMERIC(18,2) CHECK (opening_non_fiscal >= 0),
    ADD COLUMN non_fiscal_balance_used NUMERIC(18,2) CHECK (non_fiscal_balance_used >= 0),
    ADD COLUMN balance_distribution    NUMERIC(18,2) CHECK (balance_distribution >= 0),
    ADD COLUMN closing_general_budget  NUMERIC(18,2) CHECK (closing_general_budget >= 0),
    ADD COLUMN closing_government_fund NUMERIC(18,2) CHECK (closing_government_fund >= 0),
    ADD COLUMN closing_state_capital   NUMERIC(18,2) CHECK (closing_state_capital >= 0),
    ADD COLUMN closing_non_fiscal      NUMERIC(18,2) CHECK (closing_non_fiscal >= 0);
