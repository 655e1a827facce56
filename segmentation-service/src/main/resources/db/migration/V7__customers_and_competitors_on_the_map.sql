-- Heat maps of customers and of competitor density: the account's type, and competitor locations
alter table account_segment add column account_type text;

create table competitor_fact (
    source     text             not null,
    id         text             not null,
    competitor text             not null,
    latitude   double precision not null,
    longitude  double precision not null,
    h3_r4      bigint           not null,
    h3_r6      bigint           not null,
    h3_r8      bigint           not null,
    source_at  timestamptz      not null,
    primary key (source, id)
);
create index competitor_fact_r4 on competitor_fact (h3_r4);
