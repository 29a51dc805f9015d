--liquibase formatted sql

--changeset mosaik:tenant-0003-task
create table task (
    id           uuid primary key,
    title        varchar(200) not null,
    due_date     date,
    owner        varchar(200),
    massnahme_id uuid references massnahme (id) on delete set null,
    done         boolean not null default false,
    done_at      timestamp with time zone,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint not null default 0
);
create index task_massnahme_ix on task (massnahme_id);
create index task_open_due_ix on task (due_date) where not done;
create index task_owner_ix on task (lower(owner));
