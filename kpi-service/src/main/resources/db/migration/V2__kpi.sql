-- Who owns each account now (the latest assignment from an activated plan).
create table account_owner (
    account_id     text primary key,
    territory_id   uuid        not null,
    territory_name text        not null,
    rep_id         uuid,
    plan_id        uuid,
    effective_from date,
    source_at      timestamptz not null,
    updated_at     timestamptz not null
);
create index account_owner_territory on account_owner (territory_id);

-- Opportunities as ingest publishes them; only won ones count towards bookings.
create table opportunity (
    id         text primary key,
    account_id text           not null,
    amount     numeric(19, 4),
    currency   text           not null,
    close_date date,
    won        boolean        not null,
    source_at  timestamptz    not null,
    updated_at timestamptz    not null
);
create index opportunity_account_won on opportunity (account_id) where won;

-- Closed-won bookings per territory and currency, as last published.
create table kpi_rollup (
    territory_id   uuid           not null,
    currency       text           not null,
    territory_name text           not null,
    bookings       numeric(19, 4) not null,
    won_deals      bigint         not null,
    updated_at     timestamptz    not null,
    primary key (territory_id, currency)
);

-- Territories whose rollup may have changed; the rollup job drains it.
create table dirty_territory (
    territory_id uuid primary key,
    marked_at    timestamptz not null
);

-- Accounts whose won opportunities changed; the rollup job resolves them to their current owner's
-- territory when it runs, so an opportunity committed before or after its account's assignment is
-- never missed.
create table dirty_account (
    account_id text primary key,
    marked_at  timestamptz not null
);
