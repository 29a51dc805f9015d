--liquibase formatted sql

--changeset mosaik:tenant-0002-field-of-action
create table field_of_action (
    id          uuid primary key,
    name        varchar(200) not null,
    description varchar(2000),
    position    integer not null default 0,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null default 0
);
create unique index field_of_action_name_uq on field_of_action (lower(name));

--changeset mosaik:tenant-0002-field-of-action-seed
-- The fields of action (Handlungsfelder) nearly every integration concept has.
insert into field_of_action (id, name, position, created_at, updated_at) values
    (gen_random_uuid(), 'Sprache', 10, now(), now()),
    (gen_random_uuid(), 'Bildung', 20, now(), now()),
    (gen_random_uuid(), 'Arbeit und Ausbildung', 30, now(), now()),
    (gen_random_uuid(), 'Wohnen', 40, now(), now()),
    (gen_random_uuid(), 'Gesundheit', 50, now(), now()),
    (gen_random_uuid(), 'Teilhabe', 60, now(), now()),
    (gen_random_uuid(), 'Antidiskriminierung', 70, now(), now());

--changeset mosaik:tenant-0002-concept
create table concept (
    id                   uuid primary key,
    edition              integer not null,
    title                varchar(200) not null,
    description          varchar(4000),
    status               varchar(20) not null
        check (status in ('DRAFT', 'IN_CONSULTATION', 'ADOPTED', 'SUPERSEDED')),
    resolution_date      date,
    resolution_reference varchar(100),
    superseded_at        timestamp with time zone,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint not null default 0,
    check (status not in ('ADOPTED', 'SUPERSEDED') or (resolution_date is not null and resolution_reference is not null))
);
create unique index concept_edition_uq on concept (edition);
-- at most one adopted concept at a time
create unique index concept_adopted_uq on concept (status) where status = 'ADOPTED';

create table goal (
    id                uuid primary key,
    concept_id        uuid not null references concept (id),
    field_of_action_id uuid not null references field_of_action (id),
    title             varchar(200) not null,
    description       varchar(4000),
    target_value      numeric(14, 2),
    target_unit       varchar(50),
    target_year       integer,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null default 0
);
create index goal_concept_ix on goal (concept_id, field_of_action_id);
create index goal_field_ix on goal (field_of_action_id);

create table massnahme (
    id                        uuid primary key,
    goal_id                   uuid not null references goal (id),
    title                     varchar(200) not null,
    description               varchar(4000),
    responsible_department_id uuid references department (id) on delete set null,
    partners                  varchar(2000),
    start_date                date,
    end_date                  date,
    budget_planned            numeric(14, 2) check (budget_planned >= 0),
    budget_spent              numeric(14, 2) check (budget_spent >= 0),
    funding_source            varchar(200),
    status                    varchar(20) not null check (status in ('PLANNED', 'RUNNING', 'DONE', 'STOPPED')),
    created_at                timestamp with time zone not null,
    updated_at                timestamp with time zone not null,
    version                   bigint not null default 0,
    check (end_date is null or start_date is null or end_date >= start_date)
);
create index massnahme_goal_ix on massnahme (goal_id);
create index massnahme_department_ix on massnahme (responsible_department_id);

create table milestone (
    id           uuid primary key,
    massnahme_id uuid not null references massnahme (id) on delete cascade,
    title        varchar(200) not null,
    due_date     date not null,
    done         boolean not null default false,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint not null default 0
);
create index milestone_massnahme_ix on milestone (massnahme_id, due_date);
