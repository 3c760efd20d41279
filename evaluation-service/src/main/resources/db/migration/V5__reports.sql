-- Each project's evaluation report (sections and the score lines a legacy report states, as JSON text) and the
-- grade of the department's own evaluation of it (部门评价), if any.
ALTER TABLE evaluation_project
    ADD COLUMN report           TEXT,
    ADD COLUMN department_grade VARCHAR(10);

-- A transcript of a disclosure already published elsewhere (its title or address): published as printed, slips
-- included, instead of being blocked by them.
ALTER TABLE evaluation ADD COLUMN transcribed_from TEXT;
