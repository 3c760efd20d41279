-- who submitted, returned and published the part's revision (the subjects of their tokens)
ALTER TABLE final_accounts
    ADD COLUMN submitted_by VARCHAR(200),
    ADD COLUMN returned_by  VARCHAR(200),
    ADD COLUMN published_by VARCHAR(200);
