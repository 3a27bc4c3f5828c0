-- LGSP, the provincial integration platform (docs/integration.md): service registry, consumers and subscriptions,
-- the store-and-forward queue and the hash-chained, sealed message log.

-- A service a provider offers through the gateway, one row per (code, version).
create table integration_service (
    code                 text        not null check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    version              text        not null check (version ~ '^[A-Za-z0-9.]{1,16}$'),
    name                 text        not null,
    description          text,
    -- REST, SOAP (reached as REST through declared mappings) or NATIONAL (a national platform service).
    kind                 text        not null check (kind in ('REST', 'SOAP', 'NATIONAL')),
    owner_agency         text        not null,
    base_url             text        not null,
    -- OpenAPI (REST) or WSDL (SOAP) document, kept as text for the developer portal.
    contract_document    text,
    classification       text        not null check (classification in ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'SECRET')),
    body_logging         text        not null check (body_logging in ('NONE', 'REQUEST', 'FULL')),
    status               text        not null default 'DRAFT'
                                     check (status in ('DRAFT', 'TESTING', 'PUBLISHED', 'DEPRECATED', 'RETIRED')),
    timeout_ms           int         not null check (timeout_ms between 100 and 120000),
    max_request_bytes    int         not null check (max_request_bytes between 0 and 104857600),
    -- Calls slower than this count as QoS violations.
    latency_target_ms    int         not null check (latency_target_ms > 0),
    request_schema       text,
    -- SOAP: JSON list of {method, path, operation, soapAction, namespace}.
    soap_mappings        text,
    -- A requested lifecycle change waiting for a second person's approval.
    pending_status       text,
    pending_requested_by text,
    pending_reason       text,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    primary key (code, version)
);

-- A system that calls services: key public, secret stored only as SHA-256 (it is random and 256 bits long).
create table integration_consumer (
    consumer_key   text        primary key,
    name           text        not null,
    agency_code    text        not null,
    contact        text,
    secret_hash    char(64)    not null,
    -- Bumped when the secret is rotated or the consumer revoked: tokens carry it and older ones stop working.
    generation     int         not null default 1,
    status         text        not null default 'ACTIVE' check (status in ('ACTIVE', 'REVOKED')),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);

create table integration_subscription (
    id                  bigint      generated always as identity primary key,
    consumer_key        text        not null references integration_consumer,
    service_code        text        not null,
    status              text        not null default 'PENDING'
                                    check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED')),
    requests_per_minute int         not null check (requests_per_minute > 0),
    daily_quota         int         not null check (daily_quota > 0),
    decided_by          text,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    unique (consumer_key, service_code)
);

-- Secrets of the platform itself (token signing key, log sealing key pair) shared by every node and process.
create table integration_secret (
    name       text        primary key,
    value      text        not null,
    created_at timestamptz not null default now()
);

-- Store-and-forward queue, claimed by workers with "for update skip locked".
create table integration_message (
    id              uuid        primary key,
    consumer_key    text        not null,
    idempotency_key text,
    service_code    text        not null,
    service_version text        not null,
    method          text        not null,
    path            text        not null,
    content_type    text,
    body            bytea,
    correlation_id  text        not null,
    dossier_code    text,
    status          text        not null default 'QUEUED'
                                check (status in ('QUEUED', 'DELIVERING', 'DELIVERED', 'DEAD')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    response_status int,
    last_error      text,
    created_at      timestamptz not null default now(),
    delivered_at    timestamptz,
    unique (consumer_key, idempotency_key)
);
create index integration_message_due on integration_message (next_attempt_at) where status in ('QUEUED', 'DELIVERING');
create index integration_message_status on integration_message (status, created_at);

-- Message log (nhật ký trao đổi): every exchange, hash-chained; sealed periodically with a signature.
create table integration_exchange (
    seq             bigint      primary key,
    occurred_at     timestamptz not null,
    correlation_id  text        not null,
    dossier_code    text,
    consumer_key    text,
    service_code    text,
    service_version text,
    method          text        not null,
    path            text        not null,
    status          int         not null,
    outcome         text        not null,
    duration_micros bigint      not null,
    request_bytes   bigint      not null,
    response_bytes  bigint      not null,
    request_body    text,
    response_body   text,
    prev_hash       char(64)    not null,
    hash            char(64)    not null
);
create index integration_exchange_correlation on integration_exchange (correlation_id);
create index integration_exchange_dossier on integration_exchange (dossier_code) where dossier_code is not null;
create index integration_exchange_time on integration_exchange (occurred_at);

create table integration_exchange_head (
    id        smallint primary key check (id = 1),
    last_seq  bigint   not null,
    last_hash char(64) not null
);
insert into integration_exchange_head values (1, 0, repeat('0', 64));

-- A seal signs the chain's head hash at a sequence number: rewriting the whole chain would need the private key.
create table integration_exchange_seal (
    seq        bigint      primary key,
    head_hash  char(64)    not null,
    sealed_at  timestamptz not null,
    algorithm  text        not null,
    key_id     text        not null,
    signature  text        not null
);

-- Log rows are never rewritten; only retention removes whole sealed stretches from the start.
create function integration_exchange_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'integration_exchange is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger integration_exchange_no_update before update on integration_exchange
    for each row execute function integration_exchange_is_append_only();
create trigger integration_exchange_no_truncate before truncate on integration_exchange
    for each statement execute function integration_exchange_is_append_only();
