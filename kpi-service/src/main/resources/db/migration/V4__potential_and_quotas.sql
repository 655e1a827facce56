-- Each account's potential (expected annual spend) from segments.v1: quotas follow each
-- territory's share of it.
alter table account_segment
    add column potential          numeric(19, 4),
    add column potential_currency text;

-- A plan's company target for a year, and how it is spread over the months (12 weights).
create table quota_target (
    plan_id     uuid           not null,
    year        int            not null,
    currency    text           not null,
    target      numeric(19, 2) not null,
    seasonality numeric[]      not null,
    updated_at  timestamptz    not null,
    primary key (plan_id, year)
);

-- Each territory's quota for the year, by month; edited ones were set by hand and stand when the
-- target is spread again.
create table territory_quota (
    plan_id      uuid             not null,
    year         int              not null,
    territory_id uuid             not null,
    potential    numeric(19, 4)   not null,
    accounts     bigint           not null,
    annual       numeric(19, 2)   not null,
    months       numeric(19, 2)[] not null,
    edited       boolean          not null,
    primary key (plan_id, year, territory_id),
    foreign key (plan_id, year) references quota_target on delete cascade
);
