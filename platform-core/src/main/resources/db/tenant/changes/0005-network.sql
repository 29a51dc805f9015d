--liquibase formatted sql

--changeset mosaik:tenant-0005-organisation-type
-- Kinds of partner organisations; each council may add its own. Codes are stable (filters, import,
-- proposals to the county), names are what people read.
create table organisation_type (
    id         uuid primary key,
    code       varchar(40) not null,
    name       varchar(100) not null,
    position   integer not null default 0,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version    bigint not null default 0
);
create unique index organisation_type_code_uq on organisation_type (code);
create unique index organisation_type_name_uq on organisation_type (lower(name));

--changeset mosaik:tenant-0005-organisation-type-seed
insert into organisation_type (id, code, name, position, created_at, updated_at) values
    (gen_random_uuid(), 'traeger', 'Träger', 10, now(), now()),
    (gen_random_uuid(), 'beratungsstelle', 'Beratungsstelle', 20, now(), now()),
    (gen_random_uuid(), 'migrantenorganisation', 'Migrantenorganisation', 30, now(), now()),
    (gen_random_uuid(), 'verein', 'Verein', 40, now(), now()),
    (gen_random_uuid(), 'unternehmen', 'Unternehmen', 50, now(), now()),
    (gen_random_uuid(), 'behoerde', 'Behörde', 60, now(), now()),
    (gen_random_uuid(), 'schule', 'Schule', 70, now(), now()),
    (gen_random_uuid(), 'religionsgemeinschaft', 'Religionsgemeinschaft', 80, now(), now()),
    (gen_random_uuid(), 'sonstige', 'Sonstige', 90, now(), now());

--changeset mosaik:tenant-0005-organisation
-- languages and area are those of the organisation's offers and contact persons, and search_text the
-- words it is found by; all three are kept by the application whenever the organisation or a part
-- of it changes. shared: part of the county-wide directory (only in a county's schema).
create table organisation (
    id          uuid primary key,
    type_id     uuid not null references organisation_type (id),
    name        varchar(200) not null,
    description varchar(4000),
    street      varchar(200),
    postal_code varchar(5),
    city        varchar(100),
    email       varchar(254),
    phone       varchar(50),
    website     varchar(300),
    shared      boolean not null default false,
    languages   varchar(35)[] not null default '{}',
    area        varchar(8)[] not null default '{}',
    search_text text not null default '',
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null default 0
);
create unique index organisation_name_uq on organisation (lower(name));
create index organisation_type_ix on organisation (type_id);
create index organisation_shared_ix on organisation (shared) where shared;
-- 'simple': names and language tags are not German words; prefix queries find compounds
create index organisation_search_ix on organisation using gin (to_tsvector('simple', search_text));
create index organisation_languages_ix on organisation using gin (languages);
create index organisation_area_ix on organisation using gin (area);

-- Personal data: only what reaching the person needs, with the legal basis of keeping it
-- (Art. 6 Abs. 1 DSGVO); deleted, not hidden, when removed.
create table contact_person (
    id               uuid primary key,
    organisation_id  uuid not null references organisation (id) on delete cascade,
    name             varchar(200) not null,
    function         varchar(200),
    email            varchar(254),
    phone            varchar(50),
    languages        varchar(35)[] not null default '{}',
    legal_basis      varchar(20) not null
        check (legal_basis in ('CONSENT', 'CONTRACT', 'LEGAL_OBLIGATION', 'PUBLIC_TASK')),
    consent_date     date,
    legal_basis_note varchar(500),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null default 0,
    check (legal_basis <> 'CONSENT' or consent_date is not null)
);
create index contact_person_organisation_ix on contact_person (organisation_id, lower(name));

-- An offer (Angebot) of an organisation: topic, for whom, in which languages, where (AGS keys).
create table offer (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id) on delete cascade,
    topic           varchar(200) not null,
    description     varchar(2000),
    target_groups   varchar(100)[] not null default '{}',
    languages       varchar(35)[] not null default '{}',
    area            varchar(8)[] not null default '{}',
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null default 0
);
create index offer_organisation_ix on offer (organisation_id, lower(topic));

--changeset mosaik:tenant-0005-working-group
-- Networks and working groups (Arbeitskreise) with their member organisations.
create table working_group (
    id          uuid primary key,
    name        varchar(200) not null,
    description varchar(2000),
    shared      boolean not null default false,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null default 0
);
create unique index working_group_name_uq on working_group (lower(name));

create table working_group_member (
    working_group_id uuid not null references working_group (id) on delete cascade,
    organisation_id  uuid not null references organisation (id) on delete cascade,
    primary key (working_group_id, organisation_id)
);
create index working_group_member_organisation_ix on working_group_member (organisation_id);

--changeset mosaik:tenant-0005-proposal
-- A municipality's proposal to its county's directory: a new organisation, or a change to a shared
-- one (target_id: the county's organisation; no foreign key, it lives in the county's schema).
create table network_proposal (
    id          uuid primary key,
    kind        varchar(10) not null check (kind in ('NEW', 'CHANGE')),
    target_id   uuid,
    type_code   varchar(40) not null,
    name        varchar(200) not null,
    description varchar(4000),
    street      varchar(200),
    postal_code varchar(5),
    city        varchar(100),
    email       varchar(254),
    phone       varchar(50),
    website     varchar(300),
    comment     varchar(2000),
    proposed_by varchar(200),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null default 0,
    check (kind = 'NEW' or target_id is not null)
);
create index network_proposal_created_ix on network_proposal (created_at);

-- The county's decisions on its members' proposals (in the county's schema).
create table network_decision (
    id              uuid primary key,
    member_key      varchar(8) not null check (member_key ~ '^[0-9]{8}$'),
    proposal_id     uuid not null,
    kind            varchar(10) not null check (kind in ('NEW', 'CHANGE')),
    proposal_name   varchar(200) not null,
    outcome         varchar(10) not null check (outcome in ('ACCEPTED', 'DECLINED')),
    reason          varchar(2000),
    organisation_id uuid references organisation (id) on delete set null,
    decided_at      timestamp with time zone not null,
    check (outcome = 'ACCEPTED' or reason is not null)
);
create unique index network_decision_proposal_uq on network_decision (member_key, proposal_id);
create index network_decision_decided_ix on network_decision (decided_at);

--changeset mosaik:tenant-0005-network-views
-- What a county shares with its members (granted by the shared_ prefix, see infra CrossTenantGrants):
-- only entries marked shared, and of contact persons only how to reach them.
create view shared_organisation_type as
    select code, name, position from organisation_type;

create view shared_organisation as
    select o.id, o.name, t.code as type_code, t.name as type_name, o.description, o.street, o.postal_code, o.city,
           o.email, o.phone, o.website, o.languages, o.area, o.search_text, o.updated_at
    from organisation o join organisation_type t on t.id = o.type_id
    where o.shared;

create view shared_contact as
    select c.id, c.organisation_id, c.name, c.function, c.email, c.phone, c.languages
    from contact_person c join organisation o on o.id = c.organisation_id
    where o.shared;

create view shared_offer as
    select f.id, f.organisation_id, f.topic, f.description, f.target_groups, f.languages, f.area
    from offer f join organisation o on o.id = f.organisation_id
    where o.shared;

create view shared_working_group as
    select id, name, description, updated_at from working_group where shared;

create view shared_working_group_member as
    select m.working_group_id, m.organisation_id
    from working_group_member m
        join working_group g on g.id = m.working_group_id
        join organisation o on o.id = m.organisation_id
    where g.shared and o.shared;

-- Each member reads the outcomes of its own proposals only: current_user inside a view is the
-- caller's tenant role, whose name ends in t_<its key>.
create view shared_network_decision as
    select proposal_id, outcome, reason, organisation_id, decided_at
    from network_decision
    where right(current_user::text, 10) = 't_' || member_key;

-- What a member shows its county (granted by the county_ prefix): what the county needs to decide on
-- a proposal, not who in the municipality made it.
create view county_network_proposal as
    select id, kind, target_id, type_code, name, description, street, postal_code, city, email, phone, website,
           comment, created_at
    from network_proposal;

-- For the county's monitoring: how many partner organisations of a type serve an area.
create view county_partner_counts as
    select t.code as organisation_type, t.name as organisation_type_name, a.ags as area_ags,
           count(distinct o.id) as organisations
    from organisation o
        join organisation_type t on t.id = o.type_id
        cross join lateral unnest(o.area) as a (ags)
    group by t.code, t.name, a.ags;
