-- A lock names a postal code or a single account (then planned on its own as a named account).
alter table plan_lock drop constraint plan_lock_pkey;
alter table plan_lock alter column postal_code drop not null;
alter table plan_lock add column account_id text;
alter table plan_lock add constraint plan_lock_one_target
    check ((postal_code is null) <> (account_id is null));
create unique index plan_lock_postal_code on plan_lock (plan_id, postal_code)
    where postal_code is not null;
create unique index plan_lock_account on plan_lock (plan_id, account_id)
    where account_id is not null;
