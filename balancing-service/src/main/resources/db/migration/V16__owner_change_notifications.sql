-- Owner lookups are answered from memory until an owner may have changed: every transaction that
-- writes what a lookup reads notifies the channel owners_changed when it commits (once per
-- transaction: PostgreSQL folds identical notifications), and every replica forgets its owners.
create function notify_owners_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('owners_changed', '');
  return null;
end
$$;

create trigger plan_owners_changed after insert or update or delete or truncate on plan
  for each statement execute function notify_owners_changed();
create trigger plan_unit_account_owners_changed after insert or update or delete or truncate
  on plan_unit_account for each statement execute function notify_owners_changed();
create trigger plan_assignment_owners_changed after insert or update or delete or truncate
  on plan_assignment for each statement execute function notify_owners_changed();
create trigger territory_owners_changed after insert or update or delete or truncate on territory
  for each statement execute function notify_owners_changed();
create trigger rep_owners_changed after insert or update or delete or truncate on rep
  for each statement execute function notify_owners_changed();
