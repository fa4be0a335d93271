-- Users, problems, submissions (which double as the judge queue) and per-test results.
create table users (
    id            bigserial primary key,
    username      text not null unique,
    password_hash text not null,
    role          text not null check (role in ('student', 'instructor')),
    created_at    timestamptz not null default now()
);

create table problems (
    id           text primary key,
    title        text not null,
    title_zh     text not null,
    difficulty   text not null,
    tags         text[] not null,
    content_hash text not null,
    active       boolean not null default true,
    updated_at   timestamptz not null default now()
);

create table submissions (
    id           bigserial primary key,
    user_id      bigint not null references users (id),
    problem_id   text not null references problems (id),
    kind         text not null check (kind in ('run', 'submit')),
    source       text not null,
    status       text not null default 'Queued' check (status in ('Queued', 'Compiling', 'Running', 'Finished')),
    verdict      text,
    message      text,
    passed       int,
    total        int,
    time_ms      double precision,
    compile_ms   double precision,
    isolation    text,
    diagnostics  jsonb,
    attempts     int not null default 0,
    worker       text,
    lease_until  timestamptz,
    created_at   timestamptz not null default now(),
    started_at   timestamptz,
    finished_at  timestamptz
);

-- The queue scan: only unfinished submissions, oldest first.
create index submissions_unfinished on submissions (id) where status <> 'Finished';
create index submissions_by_user_problem on submissions (user_id, problem_id, created_at);

create table test_results (
    submission_id bigint not null references submissions (id) on delete cascade,
    index         int not null,
    name          text not null,
    is_sample     boolean not null,
    verdict       text not null,
    time_ms       double precision not null,
    message       text,
    input         jsonb,
    expected      jsonb,
    got           jsonb,
    stdout        text,
    primary key (submission_id, index)
);
