--liquibase formatted sql

--changeset mosaik:tenant-0009-goal-indicator
-- The indicators of the tenant's own catalogue that measure a goal, by code: codes with values never
-- change, and a goal keeps naming an indicator whose values come and go with imports.
create table goal_indicator (
    goal_id        uuid not null references goal (id) on delete cascade,
    indicator_code varchar(40) not null,
    primary key (goal_id, indicator_code)
);

--changeset mosaik:tenant-0009-massnahme-partner
-- A measure's responsible partner organisation and its participating partners, from the tenant's own
-- network; the free-text partners stay for those not in the network.
alter table massnahme add column responsible_organisation_id uuid references organisation (id) on delete set null;
create index massnahme_responsible_organisation_ix on massnahme (responsible_organisation_id);
create table massnahme_partner (
    massnahme_id    uuid not null references massnahme (id) on delete cascade,
    organisation_id uuid not null references organisation (id) on delete cascade,
    primary key (massnahme_id, organisation_id)
);
create index massnahme_partner_organisation_ix on massnahme_partner (organisation_id);
