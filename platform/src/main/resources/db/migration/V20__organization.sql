-- Organisation catalogue: administrative units, agencies and staff, each valid over a period of dates.
-- A period is inclusive at both ends; valid_to null means "still valid". valid_from null means "before the
-- catalogue's history starts" (the founding date is not recorded). Nothing is deleted: closing a period and naming
-- successors keeps dossiers filed under the old structure resolvable.

-- Đơn vị hành chính. The code is the national (GSO) code: 2 digits province, 3 district, 5 commune.
create table administrative_unit (
    code        text primary key check (code ~ '^[0-9]{2,5}$'),
    name        text not null check (length(trim(name)) > 0),
    level       text not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    kind        text not null,
    -- Deferred so an import may list a unit before its parent.
    parent_code text references administrative_unit (code) deferrable initially deferred,
    valid_from  date,
    valid_to    date,
    -- Units that took over this one when its period closed (Sóc Trăng 94 -> Cần Thơ 92).
    successors  text[] not null default '{}',
    note        text,
    check (valid_to is null or valid_from is null or valid_from <= valid_to)
);
create index administrative_unit_parent on administrative_unit (parent_code);
create index administrative_unit_name_fold on administrative_unit using gin (vn_fold(name) gin_trgm_ops);

-- Cơ quan, đơn vị, identified by its QCVN 102 code. Internal units (phòng, ban) are child agencies.
create table agency (
    code        text primary key check (code ~ '^[0-9A-Z.]{1,35}$'),
    name        text not null check (length(trim(name)) > 0),
    short_name  text,
    kind        text not null,
    parent_code text references agency (code) deferrable initially deferred,
    unit_code   text references administrative_unit (code) deferrable initially deferred,
    address     text,
    phone       text,
    email       text,
    website     text,
    valid_from  date,
    valid_to    date,
    successors  text[] not null default '{}',
    note        text,
    check (valid_to is null or valid_from is null or valid_from <= valid_to)
);
create index agency_parent on agency (parent_code);
create index agency_unit on agency (unit_code);
create index agency_name_fold on agency using gin (vn_fold(name) gin_trgm_ops);
create index agency_short_name_fold on agency using gin (vn_fold(short_name) gin_trgm_ops);

-- Cán bộ, công chức, viên chức. Personal data: not public. People who leave are closed (active_to), never deleted.
create table staff_member (
    id          text primary key check (id ~ '^[A-Za-z0-9._-]{1,40}$'),
    full_name   text not null check (length(trim(full_name)) > 0),
    agency_code text not null references agency (code) deferrable initially deferred,
    position    text not null,
    roles       text[] not null default '{}',
    username    text unique,
    email       text,
    phone       text,
    active_from date,
    active_to   date,
    check (active_to is null or active_from is null or active_from <= active_to)
);
create index staff_member_agency on staff_member (agency_code);
create index staff_member_name_fold on staff_member using gin (vn_fold(full_name) gin_trgm_ops);
