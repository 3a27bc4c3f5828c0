-- Identity (docs/identity.md): who an account is, how well that was verified (assurance level), how its holder
-- signs in (second factors), lock-out after failed sign-ins, and the rules that tie assurance to actions.

-- Kind of holder and what was checked. Existing rows (demo staff) are staff accounts verified in person (AS-4:
-- a civil servant's account is issued by their agency with their appointment papers).
alter table account
    add column kind             text        not null default 'STAFF'
                                            check (kind in ('CITIZEN', 'ORGANIZATION', 'STAFF')),
    -- Số định danh cá nhân (12 digits) for citizens, mã số doanh nghiệp for organisations.
    add column personal_id      text        unique,
    add column birth_date       date,
    add column email            text,
    add column phone            text,
    add column address          text,
    add column assurance_level  text        not null default 'AS_4'
                                            check (assurance_level in ('AS_1', 'AS_2', 'AS_3', 'AS_4')),
    -- How the level was reached: SELF_DECLARED, VERIFIED_ONLINE (checked against the population database or
    -- VNeID), IN_PERSON (papers shown at a counter).
    add column assurance_method text        not null default 'IN_PERSON',
    add column failed_logins    int         not null default 0,
    add column locked_until     timestamptz,
    -- Staff who leave are disabled, never deleted: dossiers and the audit log keep naming them.
    add column disabled_at      timestamptz,
    add column disabled_reason  text,
    add column password_changed_at timestamptz not null default now();

-- TOTP (RFC 6238) authenticator of an account: the shared secret is kept encrypted (AES-GCM, key from
-- tinhso.identity.secret-key), confirmed once the holder typed a first valid code. last_step stops a code being
-- used twice (RFC 6238 §5.2).
create table account_totp (
    username   text        primary key references account (username),
    secret     text        not null,
    confirmed  boolean     not null default false,
    last_step  bigint      not null default 0,
    created_at timestamptz not null default now()
);

-- One-time codes sent by e-mail or SMS: only a hash is stored; a code is good once, for a few minutes.
create table one_time_code (
    id         bigint generated always as identity primary key,
    username   text        not null references account (username),
    channel    text        not null check (channel in ('EMAIL', 'SMS')),
    code_hash  text        not null,
    expires_at timestamptz not null,
    attempts   int         not null default 0,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index one_time_code_open on one_time_code (username, expires_at) where used_at is null;

-- A person known to an external identity provider (Keycloak realm, VNeID through the federation) and the
-- platform account it signs in as: the login service "keeps the mapping from central identity to app identities".
create table account_link (
    issuer     text        not null,
    subject    text        not null,
    username   text        not null references account (username),
    created_at timestamptz not null default now(),
    primary key (issuer, subject)
);

-- Units a staff account works for besides its staff record's agency (kiêm nhiệm, phân công tiếp nhận tại bộ phận
-- một cửa cấp xã), each over a period.
create table staff_assignment (
    username    text not null references account (username),
    agency_code text not null,
    note        text,
    active_from date,
    active_to   date,
    primary key (username, agency_code)
);

-- Assurance rules as versioned legal data: which account level and how many authentication factors an action
-- needs, from which day, on which legal basis. A rule is never edited: a new version supersedes it.
create table assurance_rule (
    id             text        not null,
    version        int         not null,
    action         text        not null check (action in ('SUBMIT', 'PAY', 'RECEIVE_RESULT', 'SIGN')),
    -- FULLY_ONLINE, PARTLY_ONLINE, or ANY.
    online_mode    text        not null default 'ANY',
    min_level      text        not null check (min_level in ('AS_1', 'AS_2', 'AS_3', 'AS_4')),
    min_factors    int         not null check (min_factors between 1 and 3),
    legal_basis    text        not null,
    effective_from date        not null,
    effective_to   date,
    note           text,
    primary key (id, version)
);

insert into assurance_rule (id, version, action, online_mode, min_level, min_factors, legal_basis, effective_from,
                            note) values
('submit-partly-online', 1, 'SUBMIT', 'PARTLY_ONLINE', 'AS_2', 1,
 'Kiến trúc Chính quyền điện tử cấp tỉnh, mục An toàn thông tin — mức xác thực tối thiểu theo mức độ DVCTT: mức 3 (một phần) ≥ AS-2, một yếu tố (seed digest r4 §6, L24089–24116)',
 '2018-01-01', 'Dịch vụ công trực tuyến một phần (trước đây mức độ 3).'),
('submit-fully-online', 1, 'SUBMIT', 'FULLY_ONLINE', 'AS_3', 1,
 'Kiến trúc Chính quyền điện tử cấp tỉnh, mục An toàn thông tin — mức 4 (toàn trình) ≥ AS-3 (seed digest r4 §6, L24089–24116)',
 '2018-01-01', 'Dịch vụ công trực tuyến toàn trình (trước đây mức độ 4).'),
('pay-two-factors', 1, 'PAY', 'ANY', 'AS_3', 2,
 'Kiến trúc Chính quyền điện tử cấp tỉnh — mức 4: bắt buộc xác thực hai yếu tố khi thanh toán (seed digest r4 §6, L24089–24116)',
 '2018-01-01', 'Thanh toán trực tuyến phí, lệ phí.'),
('receive-result-two-factors', 1, 'RECEIVE_RESULT', 'ANY', 'AS_3', 2,
 'Kiến trúc Chính quyền điện tử cấp tỉnh — mức 4: bắt buộc xác thực hai yếu tố khi nhận kết quả điện tử (seed digest r4 §6, L24089–24116)',
 '2018-01-01', 'Nhận kết quả giải quyết dưới dạng điện tử.'),
('sign-two-factors', 1, 'SIGN', 'ANY', 'AS_3', 2,
 'Kiến trúc Chính quyền điện tử cấp tỉnh — xác thực hai yếu tố kèm chữ ký số khi cần toàn vẹn, chống chối bỏ (seed digest r4 §6, L24089–24116)',
 '2018-01-01', 'Ký điện tử tờ khai, văn bản.');

-- Keys the embedded provider signs tokens with, and the key that encrypts TOTP secrets when the operator did not
-- set TINHSO_IDENTITY_SECRET_KEY (docs/identity.md: production sets it, so secrets and their key live apart).
create table identity_key (
    name       text        primary key,
    material   text        not null,
    created_at timestamptz not null default now()
);
