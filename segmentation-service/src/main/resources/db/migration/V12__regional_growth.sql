-- Potential model v4 scales expected spend by the region's growth: the economic indicators of
-- market.v1, the parts of each account's growth, and the regions whose accounts must be assessed
-- again (worked through in chunks, so a country's indicator never makes one huge transaction).
create table indicator_fact (
    source     text           not null,
    id         text           not null,
    region     text           not null,
    indicator  text           not null,
    period     text           not null,
    value      numeric(19, 4) not null,
    unit       text,
    source_at  timestamptz    not null,
    primary key (source, id)
);
create index indicator_fact_region on indicator_fact (indicator, region, period);

alter table account_segment
    add column growth_region text,
    add column growth_period text,
    add column growth_rate   numeric(19, 4),
    add column growth        numeric(6, 4) not null default 1;
create index account_segment_region on account_segment (country, postal_code, account_id);

create table reassessment (
    region    text primary key,
    after     text        not null default '',
    queued_at timestamptz not null
);
