--liquibase formatted sql

--changeset mosaik:tenant-0008-massnahme-internal
-- Texts of a measure marked internal (description, assessment) stay inside the council: never in the
-- status report, never shared.
alter table massnahme add column internal boolean not null default false;

--changeset mosaik:tenant-0008-goal-source
-- A goal adopted from the county's framework keeps where it came from as plain values (no reference
-- across schemas): the county's key and the id of the county's goal.
alter table goal add column source_county varchar(5);
alter table goal add column source_goal_id uuid;
alter table goal add constraint goal_source_ck check ((source_county is null) = (source_goal_id is null));
create unique index goal_source_uq on goal (concept_id, source_goal_id) where source_goal_id is not null;

--changeset mosaik:tenant-0008-framework-release
-- What a county publishes for its members: a numbered snapshot of its concept's goals with their fields
-- of action. A snapshot stays as published, whatever happens to the concept later.
create table framework_release (
    id              uuid primary key,
    number          integer not null,
    concept_id      uuid not null,
    concept_title   varchar(200) not null,
    concept_edition integer not null,
    note            varchar(2000),
    published_at    timestamp with time zone not null,
    version         bigint not null default 0
);
create unique index framework_release_number_uq on framework_release (number);

create table framework_goal (
    id                uuid primary key,
    release_id        uuid not null references framework_release (id) on delete cascade,
    source_goal_id    uuid not null,
    field_name        varchar(200) not null,
    field_description varchar(2000),
    field_position    integer not null,
    title             varchar(200) not null,
    description       varchar(4000),
    target_value      numeric(14, 2),
    target_unit       varchar(50),
    target_year       integer
);
create index framework_goal_release_ix on framework_goal (release_id, field_position, field_name, title);

-- What every member municipality of a county reads of it (granted by convention to the county's members role).
create view shared_framework_release as
    select id, number, concept_title, concept_edition, note, published_at from framework_release;

create view shared_framework_goal as
    select id, release_id, source_goal_id, field_name, field_description, field_position, title, description,
           target_value, target_unit, target_year
    from framework_goal;

--changeset mosaik:tenant-0008-framework-adoption
-- A member municipality's adoptions of its county's framework: which release, into which version of its concept.
create table framework_adoption (
    id             uuid primary key,
    county         varchar(5) not null,
    release_id     uuid not null,
    release_number integer not null,
    concept_id     uuid not null references concept (id) on delete cascade,
    goals_added    integer not null check (goals_added >= 0),
    goals_present  integer not null check (goals_present >= 0),
    adopted_at     timestamp with time zone not null,
    version        bigint not null default 0
);
create index framework_adoption_at_ix on framework_adoption (adopted_at desc);

-- What the county reads of a member (granted by convention to the county's role): the latest adoption and,
-- per goal of the county, how many goals the member took over and its measures by status. Counts only,
-- never a text of the member.
create view county_framework_adoption as
    select a.county, a.release_id, a.release_number, a.adopted_at, c.edition as concept_edition,
           c.status as concept_status
    from framework_adoption a
    join concept c on c.id = a.concept_id
    order by a.adopted_at desc, a.id
    limit 1;

create view county_framework_progress as
    select g.source_goal_id,
           count(distinct g.id) as goals,
           count(m.id) filter (where m.status = 'PLANNED') as planned,
           count(m.id) filter (where m.status = 'RUNNING') as running,
           count(m.id) filter (where m.status = 'DONE') as done,
           count(m.id) filter (where m.status = 'STOPPED') as stopped
    from goal g
    left join massnahme m on m.goal_id = g.id
    where g.source_goal_id is not null
      and g.concept_id = (select a.concept_id from framework_adoption a order by a.adopted_at desc, a.id limit 1)
    group by g.source_goal_id;

--changeset mosaik:tenant-0008-needs-analysis
-- Needs analyses (Bedarfsanalysen): how, when, how many took part (counts only, no personal data), and
-- their findings, each linked to the goals and measures it justifies.
create table needs_analysis (
    id                 uuid primary key,
    title              varchar(200) not null,
    method             varchar(20) not null check (method in ('SURVEY', 'STATISTICS', 'INTERVIEWS', 'WORKSHOP')),
    conducted_on       date not null,
    participants_total integer check (participants_total >= 0),
    summary            varchar(4000),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint not null default 0
);
create index needs_analysis_conducted_ix on needs_analysis (conducted_on);

create table needs_analysis_group (
    analysis_id  uuid not null references needs_analysis (id) on delete cascade,
    position     integer not null,
    label        varchar(100) not null,
    participants integer not null check (participants >= 0),
    primary key (analysis_id, position)
);

create table needs_finding (
    id          uuid primary key,
    analysis_id uuid not null references needs_analysis (id) on delete cascade,
    position    integer not null,
    text        varchar(2000) not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null default 0
);
create index needs_finding_analysis_ix on needs_finding (analysis_id, position);

-- deleting a goal or a measure removes the link, never the finding
create table needs_finding_goal (
    finding_id uuid not null references needs_finding (id) on delete cascade,
    goal_id    uuid not null references goal (id) on delete cascade,
    primary key (finding_id, goal_id)
);
create index needs_finding_goal_ix on needs_finding_goal (goal_id);

create table needs_finding_massnahme (
    finding_id   uuid not null references needs_finding (id) on delete cascade,
    massnahme_id uuid not null references massnahme (id) on delete cascade,
    primary key (finding_id, massnahme_id)
);
create index needs_finding_massnahme_ix on needs_finding_massnahme (massnahme_id);

--changeset mosaik:tenant-0008-consultancy
-- External consultants commissioned for the concept: the organisation (free text until the partner
-- network), the contract, its scope, period and budget.
create table consultancy (
    id                 uuid primary key,
    organisation       varchar(200) not null,
    organisation_note  varchar(2000),
    contract_reference varchar(100),
    scope              varchar(4000) not null,
    period_from        date not null,
    period_to          date not null,
    budget_planned     numeric(14, 2) check (budget_planned >= 0),
    budget_spent       numeric(14, 2) check (budget_spent >= 0),
    concept_id         uuid references concept (id) on delete set null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint not null default 0,
    check (period_to >= period_from)
);
create index consultancy_period_ix on consultancy (period_from, period_to);
create index consultancy_concept_ix on consultancy (concept_id);
