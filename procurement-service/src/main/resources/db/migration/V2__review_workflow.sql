-- The review workflow (DESIGN §3): the revision submitted or returned, the reviewer's comment, and the finance
-- bureau's approval (批复) the part was last published under.
ALTER TABLE procurement
    ADD COLUMN submitted_revision BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN returned_revision  BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN review_comment     TEXT,
    ADD COLUMN approval_number    VARCHAR(100),
    ADD COLUMN approval_date      DATE;
