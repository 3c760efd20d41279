-- The template, goal and outcome texts and the indicator table of each evaluated project.
ALTER TABLE evaluation_project
    ADD COLUMN template   VARCHAR(60),
    ADD COLUMN goal       TEXT,
    ADD COLUMN outcome    TEXT,
    ADD COLUMN indicators TEXT;
