-- ERP revenue lines, CRM activities and marketing spend, each keyed by source and external id
create table revenue_line (
    source       text           not null,
    id           text           not null,
    account_id   text           not null, -- the source's own customer id
    line_date    date           not null,
    product_line text,
    amount       numeric(19, 4) not null,
    cost         numeric(19, 4),
    margin       numeric(19, 4),
    currency     char(3)        not null,
    updated_at   timestamptz    not null,
    primary key (source, id)
);
create index revenue_line_account on revenue_line (source, account_id);

create table activity (
    source           text        not null,
    id               text        not null,
    account_id       text        not null,
    type             text        not null,
    activity_date    date        not null,
    owner_id         text,
    duration_minutes integer check (duration_minutes >= 0),
    subject          text,
    updated_at       timestamptz not null,
    primary key (source, id)
);
create index activity_account on activity (source, account_id);

create table spend (
    source       text           not null,
    id           text           not null,
    campaign     text,
    channel      text,
    period_start date           not null,
    period_end   date           not null check (period_end >= period_start),
    amount       numeric(19, 4) not null check (amount >= 0),
    currency     char(3)        not null,
    country      char(2),
    postal_code  text,
    updated_at   timestamptz    not null,
    primary key (source, id)
);
create index lead_converted_account on lead (source, converted_account_id);
