-- Heat maps read totals per hexagon instead of every account. Each change to an account's figures
-- or place appends its difference to heat_delta (a trigger, so every write path counts, and an
-- append never waits on another writer); one job at a time folds the differences into heat_cell
-- and sets each new hexagon's centre, by which a map's box selects hexagons.
create table heat_delta (
    id         bigserial primary key,
    resolution smallint       not null,
    cell       bigint         not null,
    currency   text           not null,
    accounts   integer        not null,
    customers  integer        not null,
    potential  numeric(19, 2) not null
);

create table heat_cell (
    resolution smallint       not null,
    cell       bigint         not null,
    currency   text           not null,
    accounts   bigint         not null,
    customers  bigint         not null,
    potential  numeric(21, 2) not null,
    latitude   double precision,
    longitude  double precision,
    primary key (resolution, cell, currency)
);
create index heat_cell_place on heat_cell (resolution, latitude, longitude);

-- both functions keep the schema they were created in, whatever the writer's search path
create function heat_delta_of(row_ account_segment, sign integer) returns void
language sql set search_path from current as $$
    insert into heat_delta (resolution, cell, currency, accounts, customers, potential)
    select r.resolution, r.cell, row_.currency, sign,
           sign * (case when lower(coalesce(row_.account_type, '')) like 'customer%' then 1 else 0 end),
           sign * row_.potential
    from (values (4, row_.h3_r4), (6, row_.h3_r6), (8, row_.h3_r8)) as r(resolution, cell)
    where r.cell is not null
$$;

create function account_segment_heat() returns trigger
language plpgsql set search_path from current as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform heat_delta_of(old, -1);
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform heat_delta_of(new, 1);
    end if;
    return null;
end
$$;

create trigger account_segment_heat_added after insert or delete on account_segment
    for each row execute function account_segment_heat();
create trigger account_segment_heat_changed after update on account_segment
    for each row
    when (old.potential is distinct from new.potential
          or old.currency is distinct from new.currency
          or old.account_type is distinct from new.account_type
          or old.h3_r4 is distinct from new.h3_r4
          or old.h3_r6 is distinct from new.h3_r6
          or old.h3_r8 is distinct from new.h3_r8)
    execute function account_segment_heat();

-- the accounts stored so far
insert into heat_delta (resolution, cell, currency, accounts, customers, potential)
select r.resolution, r.cell, s.currency, count(*),
       count(*) filter (where lower(coalesce(s.account_type, '')) like 'customer%'), sum(s.potential)
from account_segment s
cross join lateral (values (4, s.h3_r4), (6, s.h3_r6), (8, s.h3_r8)) as r(resolution, cell)
where r.cell is not null
group by 1, 2, 3;
