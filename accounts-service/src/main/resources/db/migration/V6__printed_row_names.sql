-- The row names a legacy document prints for the template rows of 01 and 04, by ordinal.
CREATE TABLE printed_row_name (
    final_accounts_id  BIGINT        NOT NULL REFERENCES final_accounts (id) ON DELETE CASCADE,
    table_id           VARCHAR(2)    NOT NULL,
    ordinal            INTEGER       NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    PRIMARY KEY (final_accounts_id, table_id, ordinal)
);
