--liquibase formatted sql

--changeset mosaik:platform-0002-suspension
-- why a council is suspended, shown to its people; null unless SUSPENDED
alter table tenant add column suspension_reason varchar(500);
alter table tenant add column suspended_at timestamp with time zone;
