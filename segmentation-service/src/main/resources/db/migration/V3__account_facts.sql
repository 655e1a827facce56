-- What ingest publishes about each account, kept to compute its features. source_at is the time of
-- the event that last wrote a row: an older event never overwrites a newer one (events of one
-- record arrive in order, keyed by its id, so a deletion needs no tombstone).
create table revenue_fact (
    source       text           not null,
    id           text           not null,
    account_id   text           not null,
    line_date    date           not null,
    product_line text,
    amount       numeric(19, 4) not null,
    margin       numeric(19, 4),
    currency     char(3)        not null,
    source_at    timestamptz    not null,
    primary key (source, id)
);
create index revenue_fact_account on revenue_fact (account_id, line_date);

create table opportunity_fact (
    id           text primary key,
    account_id   text           not null,
    amount       numeric(19, 4),
    currency     char(3)        not null,
    created_date date,
    close_date   date,
    closed       boolean        not null,
    won          boolean        not null,
    source_at    timestamptz    not null
);
create index opportunity_fact_account on opportunity_fact (account_id);

create table activity_fact (
    source        text        not null,
    id            text        not null,
    account_id    text        not null,
    activity_type text        not null,
    activity_date date        not null,
    source_at     timestamptz not null,
    primary key (source, id)
);
create index activity_fact_account on activity_fact (account_id, activity_date);

create table lead_fact (
    source       text        not null,
    id           text        not null,
    lead_source  text,
    converted    boolean     not null,
    created_date date,
    source_at    timestamptz not null,
    primary key (source, id)
);
