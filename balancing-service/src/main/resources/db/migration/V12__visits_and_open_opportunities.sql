-- What route planning weighs besides potential: when each account was last visited (the visits
-- among activities.v1) and how many opportunities are open on it (opportunities.v1).
create table planning_visit (
    source      text not null,
    activity_id text not null,
    account_id  text not null,
    visited_on  date not null,
    primary key (source, activity_id)
);
create index planning_visit_account on planning_visit (account_id, visited_on);

-- Open opportunities only: one closes or is deleted, its row goes.
create table planning_open_opportunity (
    id         text primary key,
    account_id text not null
);
create index planning_open_opportunity_account on planning_open_opportunity (account_id);
