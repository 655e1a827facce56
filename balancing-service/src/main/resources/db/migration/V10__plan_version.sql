-- Every change to a plan (settings, locks, stored solution, status) raises its version, which
-- clients send back in If-Match so that two planners cannot overwrite each other.
alter table plan add column version bigint not null default 0;
