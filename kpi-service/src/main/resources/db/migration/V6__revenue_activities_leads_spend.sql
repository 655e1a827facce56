-- The other facts KPIs are rolled up from, each as its latest event states it. A row keeps the
-- time and id of the event that wrote it (idempotent by state) and a deletion stays as a
-- tombstone. Revenue lines, activities and converted leads count for the owner of their account on
-- their date (kpi.crediting), found when figures are read.
create table revenue_line (
    id            text primary key,
    account_id    text           not null,
    line_date     date           not null,
    product_line  text,
    amount        numeric(19, 4) not null,
    margin        numeric(19, 4),
    currency      text           not null,
    deleted       boolean        not null,
    source_at     timestamptz    not null,
    last_event_id uuid           not null
);
create index revenue_line_date on revenue_line (line_date);
create index revenue_line_account on revenue_line (account_id, line_date);

create table activity (
    id               text primary key,
    account_id       text        not null,
    activity_date    date        not null,
    activity_type    text,
    duration_minutes int,
    deleted          boolean     not null,
    source_at        timestamptz not null,
    last_event_id    uuid        not null
);
create index activity_date on activity (activity_date);

create table lead (
    id                   text primary key,
    lead_source          text,
    created_date         date,
    converted            boolean     not null,
    converted_date       date,
    converted_account_id text,
    deleted              boolean     not null,
    source_at            timestamptz not null,
    last_event_id        uuid        not null
);
create index lead_created on lead (created_date);

create table spend (
    id            text primary key,
    period_start  date           not null,
    period_end    date           not null,
    amount        numeric(19, 4) not null,
    currency      text           not null,
    channel       text,
    deleted       boolean        not null,
    source_at     timestamptz    not null,
    last_event_id uuid           not null
);
create index spend_period on spend (period_start, period_end);
