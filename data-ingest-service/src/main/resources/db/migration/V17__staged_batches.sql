-- Staged rows are kept a batch to a tuple, as the apply takes them: COPY writes a thousand times
-- fewer tuples and index entries, and the answer to a staged import comes sooner (bench/ingest).
-- Stored without compression: the rows are read once, and compressing them cost more than it saved.
create table import_staged_batch (
    import_id   uuid     not null,
    first_row   bigint   not null, -- the first row staged in the batch, its key and place in order
    row_numbers bigint[] not null, -- in file order
    record_keys text[]   not null,
    originals   text[]   not null,
    primary key (import_id, first_row)
);
alter table import_staged_batch
    alter column row_numbers set storage external,
    alter column record_keys set storage external,
    alter column originals set storage external;

-- Rows staged before the upgrade wait on as batches of a thousand
insert into import_staged_batch (import_id, first_row, row_numbers, record_keys, originals)
select import_id,
       min(row_number),
       array_agg(row_number order by row_number),
       array_agg(record_key order by row_number),
       array_agg(original order by row_number)
from (select s.*, (row_number() over (partition by import_id order by row_number) - 1) / 1000 as batch
      from import_staged_row s) numbered
group by import_id, batch;

drop table import_staged_row;
