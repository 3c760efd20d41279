-- A declared cell is printed as a figure, a dash or a blank: three different statements, each kept as printed.
ALTER TABLE declared_cell ALTER COLUMN amount DROP NOT NULL;
ALTER TABLE declared_cell ADD COLUMN mark VARCHAR(1) CHECK (mark IN ('-', ''));
ALTER TABLE declared_cell ADD CONSTRAINT declared_cell_figure_or_mark CHECK ((amount IS NULL) = (mark IS NOT NULL));
