-- Lead flow on the heat map: where each lead is (given, or its postal code's centroid in ingest)
alter table lead_fact
    add column latitude  double precision,
    add column longitude double precision,
    add column h3_r4     bigint,
    add column h3_r6     bigint,
    add column h3_r8     bigint;
create index lead_fact_r4 on lead_fact (h3_r4);
