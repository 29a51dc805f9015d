--liquibase formatted sql

--changeset mosaik:platform-0003-offboarding
-- a council on its way out, with the checksums of the export made when it was requested (never the
-- content: the council downloads its data itself); the row goes when the council is deleted
create table offboarding (
    id             uuid primary key,
    ags            varchar(8) not null unique,
    name           varchar(200) not null,
    status         varchar(20) not null check (status in ('EXPORTED', 'CONFIRMED')),
    archive_sha256 varchar(64) not null,
    manifest       text not null,
    requested_by   varchar(500) not null,
    requested_at   timestamp with time zone not null,
    confirmed_by   varchar(500),
    confirmed_at   timestamp with time zone,
    delete_after   timestamp with time zone not null
);

-- what was deleted of a council: no content, only names, counts and checksums
create table deletion_proof (
    id             uuid primary key,
    ags            varchar(8) not null,
    name           varchar(200) not null,
    deleted_at     timestamp with time zone not null,
    deleted_by     varchar(500) not null,
    deleted        text not null,
    archive_sha256 varchar(64) not null,
    manifest       text not null
);
create index deletion_proof_ags_idx on deletion_proof (ags);
