-- potential-v2: the white space, expected spend minus what the account bought in the last 12 months
alter table account_segment add column current_spend numeric(19, 4) not null default 0;
