-- Hard bounds on every territory of a plan, besides its tolerances; null means unbounded.
alter table plan
    add column min_potential numeric(19, 4) check (min_potential >= 0),
    add column max_potential numeric(19, 4) check (max_potential >= 0),
    add column min_accounts  integer check (min_accounts >= 0),
    add column max_accounts  integer check (max_accounts >= 0);
