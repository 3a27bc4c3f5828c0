-- Attachments: one row per upload. The bytes live in the blob store under their SHA-256, so two rows may share
-- one blob (the same scan uploaded twice); a row is never updated.
create table stored_file (
    id           uuid        primary key,
    name         text        not null check (length(name) between 1 and 255),
    content_type text        not null,
    size_bytes   bigint      not null check (size_bytes > 0),
    sha256       char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    stored_at    timestamptz not null,
    stored_by    text        not null
);

-- Which rows use a blob (before a blob may ever be removed), and an uploader's own files.
create index stored_file_sha256 on stored_file (sha256);
create index stored_file_stored_by on stored_file (stored_by, stored_at desc);
