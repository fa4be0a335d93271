-- Contests (assignments and timed contests alike): a problem set with points, a time window, an optional
-- scoreboard freeze, a scoring mode, a join rule and a late policy.
create table contests (
    id           bigserial primary key,
    title        text not null,
    description  text not null default '',
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    freeze_at    timestamptz,
    unfrozen     boolean not null default false,
    closed       boolean not null default false,
    scoring      text not null check (scoring in ('Icpc', 'Points')),
    join_code    text,
    late_policy  text not null check (late_policy in ('None', 'Penalty')),
    -- The factor a late submission's score is multiplied by; late submissions are taken until late_until.
    late_factor  numeric(4, 3) not null default 1 check (late_factor >= 0 and late_factor <= 1),
    late_until   timestamptz,
    created_by   bigint not null references users (id),
    created_at   timestamptz not null default now(),
    check (ends_at > starts_at),
    check (freeze_at is null or (freeze_at >= starts_at and freeze_at <= ends_at)),
    check (late_until is null or late_until > ends_at)
);

create table contest_problems (
    contest_id bigint not null references contests (id) on delete cascade,
    problem_id text not null references problems (id),
    position   int not null,
    points     int not null check (points > 0),
    primary key (contest_id, problem_id)
);

create table contest_participants (
    contest_id bigint not null references contests (id) on delete cascade,
    user_id    bigint not null references users (id),
    joined_at  timestamptz not null default now(),
    primary key (contest_id, user_id)
);

-- A submit made from inside a contest counts for it; the same problem solved outside stays practice.
-- hidden_passed / hidden_total are the partial-credit figures, written with the verdict.
alter table submissions
    add column contest_id    bigint references contests (id),
    add column late          boolean not null default false,
    add column hidden_passed int,
    add column hidden_total  int;

-- The board scans one contest's finished submits per (user, problem) in time order.
create index submissions_by_contest on submissions (contest_id, user_id, problem_id, created_at) where contest_id is not null;
