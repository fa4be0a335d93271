-- Accounts (issue 11, items 9, 10, 13, 14).
-- Usernames are unique case-insensitively and by a confusable skeleton; every login and role check uses the
-- normalized form. Tokens carry the user's token_version, which logout and password change bump.

alter table users
    add column username_normalized text,
    add column username_skeleton   text,
    add column token_version       int not null default 0,
    add column password_changed_at timestamptz;

-- Names the old pattern let through (a trailing newline, control characters) impersonated other users on the
-- leaderboards: they get a name no registration can produce ('~' is outside the allowed set) and lose any role.
update users set username = 'renamed~' || id, role = 'student'
where username !~ '^[A-Za-z0-9_.-]{3,32}$';

-- Of names equal up to case or confusables (PROF vs prof, alIce vs alice), the oldest keeps its name; the later
-- ones are renamed the same way and demoted, since the role a later duplicate got may have been the hole itself.
update users u set username = u.username || '~' || u.id, role = 'student'
where exists (select 1 from users o
              where o.id < u.id and translate(lower(o.username), '1i0', 'llo') = translate(lower(u.username), '1i0', 'llo'));

update users set username_normalized = lower(username), username_skeleton = translate(lower(username), '1i0', 'llo');

alter table users
    alter column username_normalized set not null,
    alter column username_skeleton set not null;
create unique index users_username_normalized on users (username_normalized);
create unique index users_username_skeleton on users (username_skeleton);

-- The queue's per-user fairness check (at most one submission of a user being judged) looks up running ones by user.
create index submissions_running_by_user on submissions (user_id) where status in ('Compiling', 'Running');
