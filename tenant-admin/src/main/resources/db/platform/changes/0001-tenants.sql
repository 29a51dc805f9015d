--liquibase formatted sql

--changeset mosaik:platform-0001-tenant
create table tenant (
    id              uuid primary key,
    ags             varchar(8) not null unique,
    name            varchar(200) not null,
    kind            varchar(20) not null check (kind in ('COUNTY', 'MUNICIPALITY', 'CITY')),
    parent_id       uuid references tenant (id),
    schema_name     varchar(63) not null unique,
    status          varchar(20) not null check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED', 'OFFBOARDED')),
    schema_version  varchar(200),
    migration_state varchar(20) not null check (migration_state in ('PENDING', 'CURRENT', 'BEHIND', 'FAILED')),
    last_error      text,
    onboarding_job  uuid,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null default 0,
    check ((kind = 'MUNICIPALITY') = (parent_id is not null))
);
create index tenant_parent_idx on tenant (parent_id);
create index tenant_status_idx on tenant (status, schema_version);
create index tenant_job_idx on tenant (onboarding_job);

--changeset mosaik:platform-0001-membership
create table membership (
    id           uuid primary key,
    issuer       varchar(500) not null,
    subject      varchar(255) not null,
    tenant_id    uuid references tenant (id),
    role         varchar(30) not null check (role in ('PLATFORM_OPERATOR', 'COUNTY_COORDINATOR', 'MUNICIPAL_OFFICER', 'COUNSELLOR', 'VIEWER')),
    display_name varchar(200),
    created_at   timestamp with time zone not null,
    -- the operator role is platform-wide, every other role is held in one tenant
    check ((role = 'PLATFORM_OPERATOR') = (tenant_id is null))
);
create unique index membership_uq on membership (issuer, subject, coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), role);
create index membership_tenant_idx on membership (tenant_id);

--changeset mosaik:platform-0001-audit
-- Append-only: who did what to which council, when. Never personal content of a tenant.
create table audit_entry (
    id          bigserial primary key,
    occurred_at timestamp with time zone not null,
    actor       varchar(500) not null,
    action      varchar(100) not null,
    target      varchar(200),
    detail      varchar(2000)
);
create index audit_entry_target_idx on audit_entry (target, occurred_at);
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end
$$;
create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

--changeset mosaik:platform-0001-onboarding-job
create table onboarding_job (
    id          uuid primary key,
    county_ags  varchar(5) not null,
    status      varchar(30) not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'COMPLETED_WITH_ERRORS', 'FAILED')),
    total       integer not null,
    done        integer not null default 0,
    failed      integer not null default 0,
    created_by  varchar(500) not null,
    created_at  timestamp with time zone not null,
    finished_at timestamp with time zone,
    error       text
);

--changeset mosaik:platform-0001-migration-run
create table migration_run (
    id             uuid primary key,
    target_version varchar(200) not null,
    status         varchar(30) not null check (status in ('RUNNING', 'COMPLETED', 'COMPLETED_WITH_ERRORS')),
    total          integer not null,
    migrated       integer not null default 0,
    skipped        integer not null default 0,
    failed         integer not null default 0,
    triggered_by   varchar(500) not null,
    started_at     timestamp with time zone not null,
    finished_at    timestamp with time zone
);
