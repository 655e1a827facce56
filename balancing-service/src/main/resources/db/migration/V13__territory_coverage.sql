-- Temporary coverage: another rep owns a territory's accounts while its own rep is away or the
-- territory waits for a hire; the territory and its rep stay as planned.
alter table territory add column covering_rep_id uuid references rep (id);
alter table territory add column covered_since date;
alter table territory add column covered_until date;
alter table territory add constraint territory_covered_by_another_rep
    check (covering_rep_id is null or covering_rep_id <> rep_id);
