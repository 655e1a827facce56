-- A plan's balance tolerances, where a planner set them (kpi.health.* otherwise).
create table health_policy (
    plan_id              uuid primary key,
    potential_tolerance  double precision not null,
    workload_tolerance   double precision not null,
    attainment_tolerance double precision not null,
    updated_at           timestamptz      not null
);

-- Each measurement of a plan's balance: the spread of each metric over its territories (JSON of
-- the metric spreads), for the imbalance index over time.
create table balance_health (
    plan_id          uuid        not null,
    measured_at      timestamptz not null,
    currency         text        not null,
    territories      int         not null,
    metrics          text        not null,
    within_tolerance boolean     not null,
    primary key (plan_id, measured_at)
);

-- Reviews of a plan: scheduled from its review calendar, opened by drift or trigger events.
create table plan_review (
    id          uuid primary key,
    plan_id     uuid        not null,
    kind        text        not null,
    trigger     text,
    title       text        not null,
    details     text,
    due_date    date        not null,
    status      text        not null,
    opened_at   timestamptz,
    closed_at   timestamptz,
    resolution  text,
    breaches    text        not null,
    created_at  timestamptz not null
);
create index plan_review_plan on plan_review (plan_id, due_date);
create index plan_review_scheduled on plan_review (due_date) where status = 'SCHEDULED';

-- Notes from reps and managers on a plan's territories and reviews.
create table feedback (
    id           uuid primary key,
    plan_id      uuid        not null,
    territory_id uuid,
    review_id    uuid references plan_review,
    rep_id       uuid,
    author       text        not null,
    note         text        not null,
    created_at   timestamptz not null
);
create index feedback_plan on feedback (plan_id, created_at);
