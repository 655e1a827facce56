-- Fields the Salesforce and HubSpot profiles bring
alter table account
    add column industry     text,
    add column sic          text,
    add column website      text,
    add column owner_id     text,
    add column account_type text;

alter table opportunity
    add column created_date date,
    add column lead_source  text,
    add column owner_id     text;

-- The rejects file: each rejected row with its original text, written in bulk
alter table import_run
    add column format          text not null default 'CSV',
    add column profile         text not null default 'generic',
    add column original_header text;

drop table import_reject;
drop sequence import_reject_seq;
create table import_reject (
    import_id   uuid   not null,
    row_number  bigint not null,
    error_index int    not null,
    column_name text,
    reason      text   not null,
    original    text,
    primary key (import_id, row_number, error_index)
);
