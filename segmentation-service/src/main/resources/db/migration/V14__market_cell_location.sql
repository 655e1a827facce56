-- A firmographic count's postal-code centroid (from ingest), so area and hub segments get TAM
alter table market_fact
    add column latitude  double precision,
    add column longitude double precision;
