-- Segmentation models: every version kept, immutable, as the planner wrote it; at most one active,
-- the one whose segments account_segment carries and segments.v1 publishes. The last evaluation's
-- totals per segment are kept with the version.
create table segment_model (
    name         text        not null,
    version      integer     not null,
    definition   text        not null, -- JSON
    created_at   timestamptz not null,
    active       boolean     not null default false,
    activated_at timestamptz,
    evaluated_at timestamptz,
    evaluation   text,                 -- JSON
    primary key (name, version)
);
create unique index segment_model_one_active on segment_model ((true)) where active;

-- The segment each account got in the last evaluation of each model version
create table segment_membership (
    model_name    text    not null,
    model_version integer not null,
    account_id    text    not null,
    segment       text    not null,
    primary key (model_name, model_version, account_id)
);

-- What segment criteria look at besides what the potential model needs, and the active segment
alter table account_segment
    add column country       text,
    add column postal_code   text,
    add column naics         text,
    add column sic           text,
    add column segment       text,
    add column segment_model text;
