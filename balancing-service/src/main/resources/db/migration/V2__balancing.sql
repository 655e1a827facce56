-- The planning copy of accounts: fed by accounts.v1 (name, location) and segments.v1 (potential).
create table planning_account (
    id          text primary key,
    name        text,
    postal_code text,
    latitude    double precision,
    longitude   double precision,
    potential   numeric(19, 4),
    size_tier   text,
    updated_at  timestamptz not null
);
create index planning_account_postal_code on planning_account (postal_code);

create table rep (
    id             uuid primary key,
    name           text             not null,
    email          text,
    home_latitude  double precision not null check (home_latitude between -90 and 90),
    home_longitude double precision not null check (home_longitude between -180 and 180),
    capacity       double precision not null check (capacity > 0),
    status         text             not null,
    created_at     timestamptz      not null,
    updated_at     timestamptz      not null
);

create table plan (
    id                uuid primary key,
    name              text             not null,
    status            text             not null,
    balance_tolerance double precision not null check (balance_tolerance >= 0 and balance_tolerance < 1),
    created_at        timestamptz      not null,
    activated_at      timestamptz,
    effective_from    date
);
-- At most one plan is active.
create unique index plan_one_active on plan (status) where status = 'ACTIVE';

create table territory (
    id               uuid primary key,
    plan_id          uuid    not null references plan (id) on delete cascade,
    rep_id           uuid    not null references rep (id),
    name             text    not null,
    target_potential numeric(19, 4),
    potential        numeric(19, 4),
    account_count    integer not null default 0,
    unit_count       integer not null default 0,
    unique (plan_id, rep_id)
);

create table solve_job (
    id            uuid primary key,
    plan_id       uuid        not null references plan (id) on delete cascade,
    status        text        not null,
    seconds       integer     not null,
    best_score    text,
    feasible      boolean,
    max_deviation double precision,
    error         text,
    created_at    timestamptz not null,
    started_at    timestamptz,
    finished_at   timestamptz
);
create index solve_job_plan on solve_job (plan_id, created_at);
-- At most one running job per plan.
create unique index solve_job_one_running on solve_job (plan_id) where status in ('QUEUED', 'SOLVING');

-- The solved assignment of a plan: every basic unit to a territory.
create table plan_assignment (
    plan_id      uuid not null references plan (id) on delete cascade,
    unit_id      text not null,
    territory_id uuid not null references territory (id) on delete cascade,
    primary key (plan_id, unit_id)
);

-- Which accounts made up each unit when the plan was solved (accounts move between postal codes).
create table plan_unit_account (
    plan_id    uuid not null references plan (id) on delete cascade,
    account_id text not null,
    unit_id    text not null,
    primary key (plan_id, account_id)
);
