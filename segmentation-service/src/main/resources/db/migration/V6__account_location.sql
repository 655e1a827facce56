-- Where each account is, and its H3 cells at the resolutions heat maps aggregate on
alter table account_segment
    add column latitude  double precision,
    add column longitude double precision,
    add column h3_r4     bigint,
    add column h3_r6     bigint,
    add column h3_r8     bigint;
