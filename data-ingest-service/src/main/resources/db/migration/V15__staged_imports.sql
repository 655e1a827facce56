-- Imports that answer once their rows are staged (Prefer: respond-async): the accepted rows wait
-- here, as they stood in the file, until the background apply upserts them batch by batch and
-- deletes them in the same transaction
create table import_staged_row (
    import_id  uuid   not null,
    row_number bigint not null,
    record_key text   not null,
    original   text   not null,
    primary key (import_id, row_number)
);

-- What the apply needs to read the staged rows again, and the import's status once applied
alter table import_run
    add column source         text,
    add column column_profile text,
    add column column_map     text[],
    add column read_status    text,
    add column quality_counts jsonb;
