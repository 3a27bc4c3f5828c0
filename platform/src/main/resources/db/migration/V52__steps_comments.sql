-- The open steps of the dossier's process (bước đang xử lý), kept on the dossier by the workflow so the public
-- lookup and the inbox read them without asking the process engine.
alter table dossier add column current_steps jsonb;

-- Officers' comments (ý kiến xử lý): internal ones stay among staff, visible ones reach the citizen's lookup.
-- A comment may carry files (internal working papers, or a document shown to the citizen).
create table dossier_comment (
    id                 bigserial   primary key,
    dossier_code       text        not null references dossier (code),
    at                 timestamptz not null,
    author             text        not null,
    text               text        not null,
    visible_to_citizen boolean     not null,
    file_ids           text[]      not null default '{}'
);
create index dossier_comment_dossier on dossier_comment (dossier_code, id);

-- The appointment the law sets (thời hạn theo quy định): moved by the stopped clock like due_at, but not by an
-- apology letter; the early / on-time / late outcome is measured on it. Null on older rows: due_at.
alter table dossier add column statutory_due_at timestamptz;
alter table dossier add column statutory_remaining_seconds bigint;
