-- Marks are appended, never updated. As upserts, a consumer marking a territory waited for a
-- rollup job clearing the same territory's mark, which held the row until its recomputation
-- committed: during a replay the consumer spent more time waiting than writing deals.
alter table dirty_territory drop constraint dirty_territory_pkey;
alter table dirty_account drop constraint dirty_account_pkey;
create index dirty_territory_marked on dirty_territory (territory_id, marked_at);
create index dirty_account_marked on dirty_account (account_id, marked_at);
