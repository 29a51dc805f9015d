--liquibase formatted sql

--changeset mosaik:platform-0004-billing
-- a billed council (counties with the county package, kreisfreie Städte with the municipality plan)
create table billing_account (
    tenant_id              uuid primary key references tenant (id) on delete cascade,
    plan                   varchar(30) not null check (plan in ('MUNICIPALITY', 'COUNTY_PACKAGE')),
    stripe_customer_id     varchar(100) unique,
    stripe_subscription_id varchar(100) unique,
    status                 varchar(20) not null check (status in ('TRIALING', 'ACTIVE', 'PAST_DUE', 'UNPAID', 'CANCELED', 'INCOMPLETE')),
    quantity               integer not null,
    grace_until            timestamp with time zone,
    override_reason        varchar(500),
    override_until         timestamp with time zone,
    updated_at             timestamp with time zone not null
);

-- Stripe events already handled: the row is written in the same transaction as the event's effect
create table stripe_event (
    id          varchar(100) primary key,
    type        varchar(100) not null,
    received_at timestamp with time zone not null
);

create table invoice (
    id          varchar(100) primary key,
    tenant_id   uuid not null references tenant (id) on delete cascade,
    number      varchar(100),
    status      varchar(30) not null,
    amount_due  bigint not null,
    currency    varchar(3) not null,
    hosted_url  varchar(1000),
    due_at      timestamp with time zone,
    updated_at  timestamp with time zone not null
);
create index invoice_tenant_idx on invoice (tenant_id, updated_at);
