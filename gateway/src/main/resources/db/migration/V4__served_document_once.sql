-- The served document is the newest row of disclosure_version: the copy the disclosure row held doubled the
-- bytes every publication wrote and every vacuum scanned. The row keeps the served version and its facts.
ALTER TABLE disclosure DROP COLUMN document;
