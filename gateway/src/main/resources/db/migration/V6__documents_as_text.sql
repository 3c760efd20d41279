-- The parts and assembled versions are kept as text. As JSON, PostgreSQL parsed each ~90 KB document on every
-- insert to check its syntax (0.23 ms per document, six per department-year; bench/README.md), although the
-- gateway itself wrote it with Jackson. Served as stored either way, field order and decimals kept.
ALTER TABLE part_version ALTER COLUMN payload TYPE TEXT;
ALTER TABLE disclosure_version ALTER COLUMN document TYPE TEXT;
-- a change of type forgets the column's compression (V5): lz4 again
ALTER TABLE part_version ALTER COLUMN payload SET COMPRESSION lz4;
ALTER TABLE disclosure_version ALTER COLUMN document SET COMPRESSION lz4;
