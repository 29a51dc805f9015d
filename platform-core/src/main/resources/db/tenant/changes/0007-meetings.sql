--liquibase formatted sql

--changeset mosaik:tenant-0007-body
-- Bodies (Gremien): the steering committee, working groups and others, with their members.
create table body (
    id          uuid primary key,
    name        varchar(200) not null,
    kind        varchar(30) not null
        check (kind in ('STEERING_COMMITTEE', 'WORKING_GROUP', 'ADVISORY_COUNCIL', 'OTHER')),
    description varchar(2000),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null default 0
);
create unique index body_name_uq on body (lower(name));

-- Only what the body's work needs of a person: name, function, where they come from, role and term.
create table body_member (
    id            uuid primary key,
    body_id       uuid not null references body (id) on delete cascade,
    name          varchar(200) not null,
    function_name varchar(200),
    department_id uuid references department (id) on delete set null,
    organisation  varchar(200),
    role          varchar(20) not null check (role in ('CHAIR', 'DEPUTY', 'MEMBER', 'GUEST')),
    term_from     date,
    term_to       date,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null default 0,
    check (department_id is null or organisation is null),
    check (term_to is null or term_from is null or term_to >= term_from)
);
create index body_member_body_ix on body_member (body_id, lower(name));
create index body_member_department_ix on body_member (department_id);

--changeset mosaik:tenant-0007-meeting
-- A template of recurring meetings; the meetings it generated are ordinary meetings afterwards.
create table meeting_series (
    id            uuid primary key,
    body_id       uuid not null references body (id) on delete cascade,
    title         varchar(200) not null,
    frequency     varchar(10) not null check (frequency in ('WEEKLY', 'MONTHLY')),
    every_n       integer not null check (every_n between 1 and 12),
    week_of_month integer check (week_of_month between 1 and 5),
    day_of_week   integer not null check (day_of_week between 1 and 7),
    start_time    time not null,
    end_time      time not null,
    first_date    date not null,
    last_date     date not null,
    location      varchar(300),
    online_url    varchar(500),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null default 0,
    check (end_time > start_time),
    check (last_date >= first_date),
    check (frequency = 'WEEKLY' or week_of_month is not null)
);
create index meeting_series_body_ix on meeting_series (body_id);

create table meeting_series_item (
    series_id uuid not null references meeting_series (id) on delete cascade,
    position  integer not null,
    title     varchar(200) not null,
    primary key (series_id, position)
);

create table meeting (
    id         uuid primary key,
    body_id    uuid not null references body (id),
    series_id  uuid references meeting_series (id) on delete set null,
    title      varchar(200) not null,
    starts_at  timestamp with time zone not null,
    ends_at    timestamp with time zone not null,
    location   varchar(300),
    online_url varchar(500),
    status     varchar(20) not null check (status in ('PLANNED', 'INVITED', 'HELD', 'CANCELLED')),
    guests     integer not null default 0 check (guests >= 0),
    -- iCalendar SEQUENCE: counts the changes an invited person's calendar must take over
    sequence   integer not null default 0,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version    bigint not null default 0,
    check (ends_at > starts_at)
);
create index meeting_body_ix on meeting (body_id, starts_at);
create index meeting_starts_ix on meeting (starts_at);
create index meeting_series_ix on meeting (series_id);

create table attendance (
    meeting_id uuid not null references meeting (id) on delete cascade,
    member_id  uuid not null references body_member (id) on delete cascade,
    presence   varchar(10) not null check (presence in ('PRESENT', 'EXCUSED', 'ABSENT')),
    primary key (meeting_id, member_id)
);
create index attendance_member_ix on attendance (member_id);

create table agenda_item (
    id          uuid primary key,
    meeting_id  uuid not null references meeting (id) on delete cascade,
    position    integer not null,
    title       varchar(200) not null,
    description varchar(2000),
    minutes     varchar(8000),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null default 0
);
create index agenda_item_meeting_ix on agenda_item (meeting_id, position);

-- What the minutes record under an agenda item: information, a decision (optionally about a goal or
-- measure of the concept) or a task (a real task of the task list).
create table outcome (
    id             uuid primary key,
    agenda_item_id uuid not null references agenda_item (id) on delete cascade,
    kind           varchar(20) not null check (kind in ('INFORMATION', 'DECISION', 'TASK')),
    text           varchar(4000) not null,
    goal_id        uuid references goal (id) on delete set null,
    massnahme_id   uuid references massnahme (id) on delete set null,
    task_id        uuid references task (id) on delete set null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    version        bigint not null default 0,
    check (kind = 'DECISION' or goal_id is null),
    check (kind <> 'INFORMATION' or massnahme_id is null),
    check (goal_id is null or massnahme_id is null)
);
create index outcome_item_ix on outcome (agenda_item_id, created_at);
create index outcome_decision_ix on outcome (kind) where kind = 'DECISION';
create index outcome_goal_ix on outcome (goal_id);
create index outcome_massnahme_ix on outcome (massnahme_id);
create index outcome_task_ix on outcome (task_id);
