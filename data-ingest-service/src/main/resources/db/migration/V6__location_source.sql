-- Where an account's coordinates came from: GIVEN by its source, or the POSTAL_CODE centroid
alter table account add column location_source text;
update account set location_source = 'GIVEN' where latitude is not null;
