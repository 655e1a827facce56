-- One row per account: its size tier and potential (expected annual spend, in currency), with the
-- parts the potential model multiplied, so a planner can see why.
create table account_segment (
    account_id    text primary key,
    potential     numeric(19, 2) not null check (potential >= 0),
    currency      text           not null,
    size_tier     text           not null,
    model_version text           not null,
    basis         text           not null,
    base          numeric(19, 2) not null,
    rate          numeric(19, 6) not null,
    sector        text,
    propensity    numeric(6, 3)  not null,
    employees     integer,
    annual_revenue numeric(19, 4),
    source_at     timestamptz    not null,
    updated_at    timestamptz    not null
);
create index account_segment_tier on account_segment (size_tier, currency);
