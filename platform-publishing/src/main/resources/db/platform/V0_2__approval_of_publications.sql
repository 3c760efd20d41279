-- The finance bureau's approval (批复) a publication was made under: its number and date.
ALTER TABLE published_snapshot
    ADD COLUMN approval_number VARCHAR(100),
    ADD COLUMN approval_date   DATE;
