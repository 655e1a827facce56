-- Shared by every service, in its own schema. Service migrations start at V2.
create table outbox (
    id         bigserial primary key,
    topic      text        not null,
    event_key  text        not null,
    payload    text        not null,
    created_at timestamptz not null
);

create table processed_event (
    event_id     uuid primary key,
    processed_at timestamptz not null
);
