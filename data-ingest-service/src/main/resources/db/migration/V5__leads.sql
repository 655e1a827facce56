create table lead (
    id                   text primary key,
    source               text        not null,
    company              text        not null,
    lead_source          text,
    status               text,
    is_converted         boolean     not null,
    converted_account_id text,
    created_date         date,
    converted_date       date,
    postal_code          text,
    country              char(2),
    owner_id             text,
    updated_at           timestamptz not null
);
