-- Accounts that live assignment found claimed by more than one rule of the active plan: the rule
-- that placed the account, and what each rule it overruled would have done.
create table assignment_conflict (
    id           bigserial primary key,
    plan_id      uuid        not null references plan (id) on delete cascade,
    account_id   text        not null,
    rule         text        not null,
    territory_id uuid        not null,
    conflict     text        not null,
    detected_at  timestamptz not null
);
create index assignment_conflict_plan on assignment_conflict (plan_id, id);
