-- Every owner change of the active plan, append-only, in commit order (appends are serialised), so
-- that partners can pull the changes since their last pull by sequence number.
create table assignment_change (
    seq            bigserial primary key,
    account_id     text        not null,
    plan_id        uuid        not null,
    territory_id   uuid        not null,
    territory_name text        not null,
    rep_id         uuid        not null,
    rep_name       text        not null,
    effective_from date,
    rule           text        not null,
    cause          text        not null,
    changed_at     timestamptz not null
);
create index assignment_change_account on assignment_change (account_id, seq);
