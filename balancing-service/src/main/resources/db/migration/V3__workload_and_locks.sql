-- A plan may balance workload (accounts per territory) besides potential; null means it does not.
alter table plan
    add column workload_tolerance double precision
        check (workload_tolerance >= 0 and workload_tolerance < 1);

-- Postal codes a planner has locked to a territory of a draft plan; every solve keeps them there.
create table plan_lock (
    plan_id      uuid not null references plan (id) on delete cascade,
    postal_code  text not null,
    territory_id uuid not null references territory (id) on delete cascade,
    primary key (plan_id, postal_code)
);
