-- Scenario what-ifs: a plan may weigh some accounts' potential more (a sector, size tier or
-- segment the company pivots to), and give a rep another capacity in this plan only.
alter table planning_account add column segment text;
-- JSON array of {"naicsPrefix", "sizeTier", "segmentPrefix", "weight"}: the first that matches
-- an account multiplies its potential in this plan.
alter table plan add column potential_weights jsonb;
alter table territory add column capacity double precision check (capacity > 0);
