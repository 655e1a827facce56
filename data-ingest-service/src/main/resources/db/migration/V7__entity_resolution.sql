-- Entity resolution: each source keeps its own records, keyed by source and the id it gave them;
-- one golden account unites the records of one company, and a link says why each record belongs.

alter table account rename to source_account;
alter table source_account drop constraint account_pkey;
alter table source_account add primary key (source, id);
-- Match keys, computed on import (MatchKeys); the backfill below is their simple SQL form
alter table source_account
    add column same_as    text, -- 'source:id' of the same company in another source
    add column web_domain text,
    add column name_key   text;
update source_account
set web_domain = nullif(regexp_replace(lower(website), '^\s*([a-z]+://)?(www\.)?([^/:?#\s]*).*$', '\3'), ''),
    name_key   = regexp_replace(lower(name), '[^a-z0-9]+', ' ', 'g') || '|' || coalesce(country, '')
                     || '|' || upper(replace(postal_code, ' ', ''));
create index source_account_web_domain on source_account (web_domain) where web_domain is not null;
create index source_account_name_key on source_account (name_key) where name_key is not null;

create table golden_account (
    id              text primary key,
    source          text        not null, -- the source whose change last wrote it
    name            text        not null,
    postal_code     text,
    country         char(2),
    latitude        double precision,
    longitude       double precision,
    naics           text,
    employees       integer,
    annual_revenue  numeric(19, 4),
    currency        char(3),
    industry        text,
    sic             text,
    website         text,
    owner_id        text,
    account_type    text,
    location_source text,
    updated_at      timestamptz not null
);

-- No foreign keys: the service writes records, links and golden accounts together, and checking
-- two keys per linked record would cost an import a third of its speed.
create table account_link (
    source      text        not null, -- with external_id, the source_account record
    external_id text        not null,
    golden_id   text        not null, -- the golden_account
    rule        text        not null,
    evidence    text        not null,
    manual      boolean     not null,
    linked_at   timestamptz not null,
    primary key (source, external_id)
);
create index account_link_golden on account_link (golden_id, source);

-- Accounts stored before resolution each become a golden account of their own, under their id
insert into golden_account
select id, source, name, postal_code, country, latitude, longitude, naics, employees, annual_revenue,
       currency, industry, sic, website, owner_id, account_type, location_source, updated_at
from source_account;
insert into account_link
select source, id, id, 'FIRST_RECORD', 'stored before entity resolution', false, updated_at
from source_account;

-- Opportunities and leads are keyed by source and external id too
alter table opportunity drop constraint opportunity_pkey;
alter table opportunity add primary key (source, id);
drop index opportunity_account;
create index opportunity_account on opportunity (source, account_id);
alter table lead drop constraint lead_pkey;
alter table lead add primary key (source, id);
