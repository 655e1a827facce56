-- Firmographic counts from market.v1: how many companies of an industry each postal code holds
create table market_fact (
    source      text           not null,
    id          text           not null, -- country:postal code:naics
    country     char(2)        not null,
    postal_code text           not null,
    naics       text           not null,
    companies   integer        not null,
    employees   bigint,
    revenue     numeric(19, 4),
    currency    char(3)        not null,
    source_at   timestamptz    not null,
    primary key (source, id)
);
create index market_fact_country on market_fact (country, postal_code);
