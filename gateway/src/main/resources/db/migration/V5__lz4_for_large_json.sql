-- The read model's large JSON (each published part as its event carried it, each assembled version) compresses
-- with lz4, several times cheaper than pglz for these documents; see the platform's V0_3.
ALTER TABLE part_version ALTER COLUMN payload SET COMPRESSION lz4;
ALTER TABLE disclosure_version ALTER COLUMN document SET COMPRESSION lz4;
