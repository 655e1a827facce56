-- Potential model v3 discounts an account's expected spend by the competitors near it (its H3
-- resolution-6 cell and the six around it); both sides are looked up by that cell.
alter table account_segment
    add column competitors_nearby integer,
    add column saturation         numeric(6, 4) not null default 1;
create index account_segment_r6 on account_segment (h3_r6);
create index competitor_fact_r6 on competitor_fact (h3_r6);
