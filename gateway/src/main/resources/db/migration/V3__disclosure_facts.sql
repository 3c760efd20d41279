-- Figures of each served disclosure that statistics and compliance sum across departments, taken from the
-- assembled document when it is stored: a statistic is one SQL aggregate, never a scan of documents.
ALTER TABLE disclosure ADD COLUMN income_total             NUMERIC(20, 2);
ALTER TABLE disclosure ADD COLUMN expenditure_total        NUMERIC(20, 2);
ALTER TABLE disclosure ADD COLUMN three_public_actual      NUMERIC(24, 6);
ALTER TABLE disclosure ADD COLUMN three_public_budget      NUMERIC(24, 6);
ALTER TABLE disclosure ADD COLUMN procurement_total        NUMERIC(20, 2);
ALTER TABLE disclosure ADD COLUMN procurement_sme          NUMERIC(20, 2);
ALTER TABLE disclosure ADD COLUMN procurement_small_micro  NUMERIC(20, 2);
ALTER TABLE disclosure ADD COLUMN grades                   JSON;
ALTER TABLE disclosure ADD COLUMN accounts_published_at    TIMESTAMPTZ;
ALTER TABLE disclosure ADD COLUMN approval_number          VARCHAR(100);
ALTER TABLE disclosure ADD COLUMN approval_date            DATE;

-- The assembled versions are built anew (cross-part findings and facts came with this version): the gateway's
-- start-up repair assembles them again from the stored part versions and change entries.
DELETE FROM disclosure_version;
UPDATE disclosure SET version = 0;
CREATE INDEX disclosure_division_year ON disclosure (division_code, fiscal_year);
