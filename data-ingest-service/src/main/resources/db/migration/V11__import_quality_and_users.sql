-- Each import's own data quality: rows repeating a key, and what its accounts look like
alter table import_run
    add column repeated_keys bigint not null default 0,
    add column quality       jsonb;

-- CRM users: the reps and managers that owner ids name
create table crm_user (
    source      text        not null,
    id          text        not null,
    name        text        not null,
    email       text,
    role        text,
    manager_id  text,
    is_active   boolean     not null,
    postal_code text,
    country     char(2),
    latitude    double precision check (latitude between -90 and 90),
    longitude   double precision check (longitude between -180 and 180),
    updated_at  timestamptz not null,
    primary key (source, id)
);
