-- Where a firmographic count's postal code is (its centroid), so geographic segments get their
-- share of the market
alter table firmographic_count
    add column latitude  double precision,
    add column longitude double precision;
