create table account (
    id             text primary key,
    source         text        not null,
    name           text        not null,
    postal_code    text,
    country        char(2),
    latitude       double precision check (latitude between -90 and 90),
    longitude      double precision check (longitude between -180 and 180),
    naics          text,
    employees      integer check (employees >= 0),
    annual_revenue numeric(19, 4) check (annual_revenue >= 0),
    currency       char(3),
    updated_at     timestamptz not null
);

create table opportunity (
    id         text primary key,
    source     text           not null,
    account_id text           not null,
    stage      text           not null,
    amount     numeric(19, 4) check (amount >= 0),
    currency   char(3)        not null,
    close_date date,
    is_closed  boolean        not null,
    is_won     boolean        not null,
    updated_at timestamptz    not null
);
create index opportunity_account on opportunity (account_id);

create table import_run (
    id          uuid primary key,
    entity      text        not null,
    status      text        not null,
    received_at timestamptz not null,
    rows        bigint      not null,
    accepted    bigint      not null,
    rejected    bigint      not null,
    created     bigint      not null,
    updated     bigint      not null,
    unchanged   bigint      not null
);

create sequence import_reject_seq increment by 50;
create table import_reject (
    id          bigint primary key,
    import_id   uuid   not null,
    row_number  bigint not null,
    column_name text,
    reason      text   not null
);
create index import_reject_import on import_reject (import_id, id);
