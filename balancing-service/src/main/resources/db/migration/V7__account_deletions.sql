-- An account deleted in the CRM stays as a tombstone, so a segment event that arrives after the
-- deletion (another topic, no order between them) cannot bring it back.
alter table planning_account add column deleted_at timestamptz;
