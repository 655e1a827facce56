-- The geography reference: postal-code centroids, for accounts that come without coordinates
create table postal_code_reference (
    key         text primary key, -- country:normalised postal code
    country     char(2)          not null,
    postal_code text             not null,
    latitude    double precision not null check (latitude between -90 and 90),
    longitude   double precision not null check (longitude between -180 and 180),
    name        text,
    source      text             not null,
    updated_at  timestamptz      not null
);
create index postal_code_reference_code on postal_code_reference (postal_code);

alter table import_run
    add column geocoded     bigint not null default 0,
    add column not_geocoded bigint not null default 0;
