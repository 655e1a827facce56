-- Why a lost opportunity was lost, as the CRM records it
alter table opportunity add column loss_reason text;
