-- Processes waiting to be started (khởi tạo quy trình): the intake writes a row in its own transaction and answers the
-- applicant; a worker starts the dossier's process right after the commit and deletes the row in the process's
-- transaction. A crash in between leaves the row, so the start happens after the restart: once, as the row lock and
-- the delete commit together with the process.
create table workflow_start (
    dossier_code    text        primary key references dossier (code),
    queued_at       timestamptz not null default now(),
    next_attempt_at timestamptz not null default now(),
    attempts        integer     not null default 0,
    last_error      text
);
create index workflow_start_due on workflow_start (next_attempt_at);
