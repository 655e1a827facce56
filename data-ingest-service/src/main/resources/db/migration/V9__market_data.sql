-- Market data: firmographic counts, competitor locations and regional economic indicators
create table firmographic_count (
    source      text           not null,
    id          text           not null, -- country:postal code:naics
    country     char(2)        not null,
    postal_code text           not null,
    naics       text           not null,
    companies   integer        not null check (companies >= 0),
    employees   bigint check (employees >= 0),
    revenue     numeric(19, 4) check (revenue >= 0),
    currency    char(3)        not null,
    updated_at  timestamptz    not null,
    primary key (source, id)
);

create table competitor_location (
    source      text        not null,
    id          text        not null,
    competitor  text        not null,
    name        text,
    postal_code text,
    country     char(2),
    latitude    double precision check (latitude between -90 and 90),
    longitude   double precision check (longitude between -180 and 180),
    updated_at  timestamptz not null,
    primary key (source, id)
);

create table economic_indicator (
    source     text           not null,
    id         text           not null, -- region|indicator|period
    region     text           not null,
    indicator  text           not null,
    period     text           not null,
    value      numeric(19, 4) not null,
    unit       text,
    updated_at timestamptz    not null,
    primary key (source, id)
);
