-- Where a lead is: given, or its postal code's centroid; lead flow is mapped from it
alter table lead
    add column latitude  double precision,
    add column longitude double precision;
