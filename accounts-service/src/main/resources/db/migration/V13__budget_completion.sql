-- Where a region compares an explanation line with its 年初预算数 (上海: 年初预算为…，支出决算为…，完成年初预算的…%):
-- the budget the document gives (yuan) and the completion percentage a legacy text prints.
ALTER TABLE explanation_input ADD COLUMN budget NUMERIC(18,2) CHECK (budget >= 0);
ALTER TABLE stated_figure ADD COLUMN completion NUMERIC(9,2);
