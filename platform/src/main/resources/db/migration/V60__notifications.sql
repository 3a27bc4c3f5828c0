-- Notification outbox (docs/notifications.md): one row per message, written in the business transaction,
-- delivered by dispatchers that claim rows with "for update skip locked".
create table notification_outbox (
    id              bigint generated always as identity primary key,
    -- Names the message for ever: enqueueing it again stores nothing; sent to providers to drop repeats.
    idempotency_key text        not null unique,
    channel         text        not null check (channel in ('EMAIL', 'SMS')),
    recipient       text        not null,
    subject         text,
    body            text        not null,
    dossier_code    text,
    status          text        not null default 'QUEUED'
                                check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'DEAD')),
    -- Attempts started so far, counting one that a crash interrupted.
    attempts        int         not null default 0,
    -- QUEUED: not to be tried before this. SENDING: the lease expiry; past it the sender is presumed dead.
    next_attempt_at timestamptz not null,
    provider_id     text,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    correlation_id  text        not null
);
-- What dispatchers poll: only rows still to deliver, so the index stays small however many were sent.
create index notification_outbox_due on notification_outbox (next_attempt_at)
    where status in ('QUEUED', 'SENDING');
create index notification_outbox_dossier on notification_outbox (dossier_code, created_at);
create index notification_outbox_status on notification_outbox (status, created_at);
