-- Sign-in accounts. Passwords are stored only as adaptive hashes ({bcrypt}...).
create table account (
    username      text        primary key,
    password_hash text        not null,
    display_name  text        not null,
    roles         text[]      not null default '{}',
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now()
);
