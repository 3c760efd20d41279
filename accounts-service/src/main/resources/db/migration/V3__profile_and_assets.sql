-- 第一部分 部门概况 of the year and the state assets held at its end.

ALTER TABLE final_accounts
    ADD COLUMN duties                     TEXT,
    ADD COLUMN work_summary               TEXT,
    ADD COLUMN vehicles_senior_leaders    INTEGER CHECK (vehicles_senior_leaders >= 0),
    ADD COLUMN vehicles_principal_leaders INTEGER CHECK (vehicles_principal_leaders >= 0),
    ADD COLUMN vehicles_confidential      INTEGER CHECK (vehicles_confidential >= 0),
    ADD COLUMN vehicles_emergency         INTEGER CHECK (vehicles_emergency >= 0),
    ADD COLUMN vehicles_law_enforcement   INTEGER CHECK (vehicles_law_enforcement >= 0),
    ADD COLUMN vehicles_special_technical INTEGER CHECK (vehicles_special_technical >= 0),
    ADD COLUMN vehicles_retired_cadres    INTEGER CHECK (vehicles_retired_cadres >= 0),
    ADD COLUMN vehicles_other             INTEGER CHECK (vehicles_other >= 0),
    ADD COLUMN general_equipment          INTEGER CHECK (general_equipment >= 0),
    ADD COLUMN special_equipment          INTEGER CHECK (special_equipment >= 0);

-- Units in the scope of the final accounts, in printed order.
CREATE TABLE unit_in_scope (
    final_accounts_id  BIGINT        NOT NULL REFERENCES final_accounts (id) ON DELETE CASCADE,
    position           INTEGER       NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    kind               VARCHAR(40)   NOT NULL,
    headcount          INTEGER       NOT NULL CHECK (headcount >= 0),
    PRIMARY KEY (final_accounts_id, position)
);
