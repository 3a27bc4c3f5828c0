-- Results of settled dossiers, kept per applicant so the next dossier can reuse them ("provide once"). The code
-- follows NĐ 45/2020 Art. 14 cl. 3: <dossier code>-KQ<n>.
create table dossier_result (
    code         text        primary key,
    dossier_code text        not null references dossier (code),
    applicant_id text        not null,
    name         text        not null,
    file_id      text        not null,
    issued_at    timestamptz not null,
    issued_by    text        not null
);
create index dossier_result_applicant on dossier_result (applicant_id, issued_at desc);

-- The applicant's rating after the result is returned (đánh giá mức độ hài lòng), one per dossier.
create table dossier_rating (
    dossier_code text        primary key references dossier (code),
    score        smallint    not null check (score between 1 and 5),
    criteria     jsonb,
    comment      text,
    rated_at     timestamptz not null
);

-- A document of a new dossier can be an earlier result of the same applicant instead of a paper copy.
alter table dossier_document add column result_code text;
