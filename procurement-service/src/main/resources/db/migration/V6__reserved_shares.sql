-- Procurement reserved for SMEs under 财库〔2020〕46号 and what SMEs won, as a region that prints the scheme states
-- it; yuan, null where the document states nothing.
ALTER TABLE procurement
    ADD COLUMN reserved_sme                  NUMERIC(18,2) CHECK (reserved_sme >= 0),
    ADD COLUMN reserved_small_micro          NUMERIC(18,2) CHECK (reserved_small_micro >= 0),
    ADD COLUMN awarded_sme_in_reserved       NUMERIC(18,2) CHECK (awarded_sme_in_reserved >= 0),
    ADD COLUMN awarded_small_micro_reserved  NUMERIC(18,2) CHECK (awarded_small_micro_reserved >= 0),
    ADD COLUMN awarded_sme_in_other          NUMERIC(18,2) CHECK (awarded_sme_in_other >= 0);
