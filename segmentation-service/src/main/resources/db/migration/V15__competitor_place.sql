-- A competitor location keeps its country and postal code, so the market per place counts it
alter table competitor_fact
    add column country     char(2),
    add column postal_code text;
