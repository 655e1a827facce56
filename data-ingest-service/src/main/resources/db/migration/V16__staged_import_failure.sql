-- A staged import whose apply failed on every attempt stops for good and says why
alter table import_run add column failure text;
