--liquibase formatted sql

--changeset mosaik:tenant-0001-department
create table department (
    id            uuid primary key,
    name          varchar(200) not null,
    short_name    varchar(30),
    contact_email varchar(254),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null default 0
);
create unique index department_name_uq on department (lower(name));

--changeset mosaik:tenant-0001-department-seed
-- The departments nearly every German council has and that integration work names as responsible.
insert into department (id, name, short_name, created_at, updated_at) values
    (gen_random_uuid(), 'Hauptamt', 'HA', now(), now()),
    (gen_random_uuid(), 'Sozialamt', 'SA', now(), now()),
    (gen_random_uuid(), 'Jugendamt', 'JA', now(), now()),
    (gen_random_uuid(), 'Ordnungsamt', 'OA', now(), now());
