-- Skill matching: the industry of planning accounts, the skills of reps, a plan's specialist rules.
alter table planning_account add column naics text;
alter table rep add column skills text[] not null default '{}';
-- JSON array of {"sizeTier", "naicsPrefix", "skill"}: accounts only a rep with the skill may own.
alter table plan add column specialists jsonb;
