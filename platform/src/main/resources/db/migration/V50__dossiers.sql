-- Dossiers (hồ sơ). The sequence table hands out dossier codes: one row per agency and day, incremented under its
-- row lock in the transaction that inserts the dossier — so codes are consecutive, never duplicated, and a
-- rolled-back intake gives its number back.
create table dossier_sequence (
    agency_code text    not null,
    day         date    not null,
    last_value  integer not null,
    primary key (agency_code, day)
);

create table dossier (
    code               text        primary key,
    agency_code        text        not null,
    procedure_code     text        not null,
    procedure_version  integer     not null,
    case_id            text,
    channel            text        not null check (channel in ('ONLINE', 'POST', 'COUNTER')),
    status             text        not null,
    applicant          jsonb       not null,
    applicant_id       text        not null,
    applicant_phone    text,
    submitter          jsonb,
    delivery           text        not null check (delivery in ('COUNTER', 'ONLINE', 'POST')),
    form_data          jsonb,
    received_at        timestamptz not null,
    received_by        text        not null,
    original_due_at    timestamptz not null,
    due_at             timestamptz not null,
    -- Working time left on the clock while it is stopped (waiting for the applicant, excluded periods).
    remaining_seconds  bigint,
    apology_issued     boolean     not null default false,
    finished_at        timestamptz,
    outcome            text check (outcome in ('EARLY', 'ON_TIME', 'LATE')),
    version            integer     not null default 0
);
create index dossier_applicant on dossier (applicant_id);
create index dossier_agency_status on dossier (agency_code, status, due_at);

-- The documents handed in with the dossier (thành phần hồ sơ), against the procedure's required documents.
create table dossier_document (
    dossier_code text    not null references dossier (code),
    document_id  text    not null,
    name         text    not null,
    originals    integer not null default 0,
    copies       integer not null default 0,
    file_id      text,
    primary key (dossier_code, document_id)
);

-- The timeline: every status change with its reason; what the citizen may see is marked.
create table dossier_event (
    id                 bigserial   primary key,
    dossier_code       text        not null references dossier (code),
    at                 timestamptz not null,
    actor              text        not null,
    action             text        not null,
    from_status        text,
    to_status          text        not null,
    reason             text,
    visible_to_citizen boolean     not null
);
create index dossier_event_dossier on dossier_event (dossier_code, id);
