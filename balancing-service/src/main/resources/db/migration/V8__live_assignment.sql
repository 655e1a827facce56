-- Why each account is in its unit: PLAN when the solve placed it, or the live-assignment rule that
-- placed it after activation (LOCKED_ACCOUNT, SPECIALIST, UNIT, NEAREST_UNIT).
alter table plan_unit_account add column rule text not null default 'PLAN';
