-- 预算绩效管理情况 as a department summary (Shanghai's template): stated figures, null where the document states
-- nothing; amounts in yuan, as the projects' funds are.
ALTER TABLE evaluation
    ADD COLUMN performance_stated       BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN performance_systems      TEXT,
    ADD COLUMN performance_mechanism    TEXT,
    ADD COLUMN goal_projects            INTEGER CHECK (goal_projects >= 0),
    ADD COLUMN goal_amount              NUMERIC(18,2) CHECK (goal_amount >= 0),
    ADD COLUMN tracked_projects         INTEGER CHECK (tracked_projects >= 0),
    ADD COLUMN tracked_amount           NUMERIC(18,2) CHECK (tracked_amount >= 0),
    ADD COLUMN self_evaluated_projects  INTEGER CHECK (self_evaluated_projects >= 0),
    ADD COLUMN self_evaluated_amount    NUMERIC(18,2) CHECK (self_evaluated_amount >= 0),
    ADD COLUMN average_score            NUMERIC(5,2) CHECK (average_score BETWEEN 0 AND 100),
    ADD COLUMN graded_excellent         INTEGER CHECK (graded_excellent >= 0),
    ADD COLUMN graded_good              INTEGER CHECK (graded_good >= 0),
    ADD COLUMN graded_qualified         INTEGER CHECK (graded_qualified >= 0),
    ADD COLUMN graded_unqualified       INTEGER CHECK (graded_unqualified >= 0),
    ADD COLUMN problems_found           INTEGER CHECK (problems_found >= 0),
    ADD COLUMN problems_rectified       INTEGER CHECK (problems_rectified >= 0),
    ADD COLUMN problems_rectifying      INTEGER CHECK (problems_rectifying >= 0);
