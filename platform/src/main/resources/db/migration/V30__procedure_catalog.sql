-- Procedure catalogue: one row per version of a procedure. The content is the versioned definition document
-- (cases, documents, time limits, steps, fees, forms) in jsonb; the columns beside it exist for search and filters.
create table procedure_version (
    code         text        not null,
    version      integer     not null,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED', 'RETIRED')),
    name         text        not null,
    field_code   text,
    field_name   text,
    levels       text[]      not null default '{}',
    online_mode  text        not null,
    agencies     text[]      not null default '{}',
    definition   jsonb       not null,
    -- Text searched with less weight than the name: documents, description, subjects.
    body         text        not null default '',
    name_folded  text generated always as (vn_fold(name)) stored,
    -- The name on its own: ranked by cover density and length, so the shortest exact name wins.
    name_vector  tsvector generated always as (to_tsvector('simple', vn_fold(name))) stored,
    search       tsvector generated always as (
                     setweight(to_tsvector('simple', vn_fold(name)), 'A') ||
                     setweight(to_tsvector('simple', vn_fold(coalesce(field_name, '') || ' ' || code)), 'B') ||
                     setweight(to_tsvector('simple', vn_fold(body)), 'C')) stored,
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    published_at timestamptz,
    retired_at   timestamptz,
    primary key (code, version)
);

-- At most one draft and one version in force per procedure.
create unique index procedure_one_draft on procedure_version (code) where status = 'DRAFT';
create unique index procedure_one_published on procedure_version (code) where status = 'PUBLISHED';

create index procedure_search on procedure_version using gin (search) where status = 'PUBLISHED';
create index procedure_name_trigram on procedure_version using gin (name_folded gin_trgm_ops)
    where status = 'PUBLISHED';
create index procedure_agencies on procedure_version using gin (agencies) where status = 'PUBLISHED';
create index procedure_field on procedure_version (field_code) where status = 'PUBLISHED';
