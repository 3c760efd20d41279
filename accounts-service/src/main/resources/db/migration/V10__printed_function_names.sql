-- The names a document prints for function codes, used where the year's catalogue has none.
CREATE TABLE printed_function_name (
    final_accounts_id  BIGINT        NOT NULL REFERENCES final_accounts (id) ON DELETE CASCADE,
    code               VARCHAR(7)    NOT NULL CHECK (code ~ '^[0-9]{3}([0-9]{2}){0,2}$'),
    name               VARCHAR(200)  NOT NULL,
    PRIMARY KEY (final_accounts_id, code)
);
