-- A procurement document may transcribe a disclosure already published elsewhere, as final accounts and
-- evaluations do: published as printed, its errors shown with it.
ALTER TABLE procurement ADD COLUMN transcribed_from TEXT;
