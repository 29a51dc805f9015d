--liquibase formatted sql

--changeset mosaik:tenant-0004-evaluation
alter table massnahme add column assessment varchar(2000);

create table evaluation_value (
    id           uuid primary key,
    massnahme_id uuid not null references massnahme (id) on delete cascade,
    period       varchar(10) not null,
    target       numeric(14, 2),
    actual       numeric(14, 2),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint not null default 0
);
create unique index evaluation_value_period_uq on evaluation_value (massnahme_id, period);
