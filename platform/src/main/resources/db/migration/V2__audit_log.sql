-- Audit log: append-only, each row hash-chained to the previous one (docs/adr/0004-audit-hash-chain.md).
-- before/after are kept as json (not jsonb) so the stored text is exactly the text that was hashed.
create table audit_log (
    seq            bigint      primary key,
    occurred_at    timestamptz not null,
    actor          text        not null,
    action         text        not null,
    object_type    text        not null,
    object_id      text        not null,
    before_state   json,
    after_state    json,
    correlation_id text        not null,
    prev_hash      char(64)    not null,
    hash           char(64)    not null
);
create index audit_log_object on audit_log (object_type, object_id);
create index audit_log_correlation on audit_log (correlation_id);
create index audit_log_actor_time on audit_log (actor, occurred_at);

-- The head of the chain; locking this one row serialises appends so the chain never forks.
create table audit_chain_head (
    id        smallint primary key check (id = 1),
    last_seq  bigint   not null,
    last_hash char(64) not null
);
insert into audit_chain_head values (1, 0, repeat('0', 64));

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
