-- Who made each owner change: the caller's principal (a planner's token subject, an API key's
-- name), or "system" for changes no caller made (live assignment from accounts.v1). Rows written
-- before callers were authenticated have none.
alter table assignment_change add column changed_by text;
