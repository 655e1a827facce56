-- Every owner an account has had, by the date from which it owned it. A correction for the same
-- date replaces the row; the owner on a date is the latest row on or before it.
create table owner_period (
    account_id     text        not null,
    effective_from date        not null,
    territory_id   uuid        not null,
    territory_name text        not null,
    rep_id         uuid,
    plan_id        uuid,
    source_at      timestamptz not null,
    primary key (account_id, effective_from)
);
create index owner_period_territory on owner_period (territory_id, source_at);

insert into owner_period (account_id, effective_from, territory_id, territory_name, rep_id,
                          plan_id, source_at)
select account_id, coalesce(effective_from, (source_at at time zone 'UTC')::date), territory_id,
       territory_name, rep_id, plan_id, source_at
from account_owner;
drop table account_owner;

-- Open, lost and won opportunities all count now (pipeline, win rate, cycle length); each carries
-- the territory and rep it is credited to, from owner_period. A deleted opportunity stays as a
-- tombstone, so that a replayed older event cannot bring it back; the event that wrote a row is
-- kept so that its redelivery changes nothing (no idempotency record per opportunity event).
alter table opportunity
    add column created_date          date,
    add column closed                boolean not null default false,
    add column deleted               boolean not null default false,
    add column last_event_id         uuid,
    add column credited_territory_id uuid,
    add column credited_rep_id       uuid;
update opportunity set closed = won;
drop index opportunity_account_won;
create index opportunity_account on opportunity (account_id);
create index opportunity_credited on opportunity (credited_territory_id, close_date);

-- Each account's segment in the active segmentation model, from segments.v1.
create table account_segment (
    account_id text primary key,
    segment    text,
    source_at  timestamptz not null
);

-- Every opportunity of every account is credited again; marks only accounts that have them.
insert into dirty_account (account_id, marked_at)
select distinct account_id, now() from opportunity
on conflict do nothing;
