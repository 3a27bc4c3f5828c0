-- Web pages (portal): what the portal keeps of its own until identity and payment have their modules.
-- A citizen's profile: the identification number their dossiers and results are found by ("provide once").
create table portal_citizen (
    username   text primary key,
    id_number  text        not null,
    full_name  text        not null,
    phone      text,
    email      text,
    address    text,
    updated_at timestamptz not null
);

-- Payments through the placeholder provider (the payment issue replaces it).
create table portal_payment (
    dossier_code   text primary key,
    amount_vnd     bigint      not null check (amount_vnd >= 0),
    provider       text        not null,
    transaction_id text        not null unique,
    paid_by        text        not null,
    paid_at        timestamptz not null
);

-- Files a citizen uploads when asked to supplement a dossier.
create table portal_supplement (
    id           bigserial primary key,
    dossier_code text        not null,
    file_id      text        not null,
    name         text        not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null
);
create index portal_supplement_dossier on portal_supplement (dossier_code, id);
