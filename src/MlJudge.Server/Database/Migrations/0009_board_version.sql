-- A contest's board version: bumped in the same transaction as every write that can change what any board of
-- the contest shows, by triggers rather than by each writer, so a writer added later cannot forget it. Servers
-- cache computed boards under (contest, version) and compare the version they read with the contest row on
-- every request: a cache entry is never served after a change committed, whichever process made it.
-- Triggers fire per statement where a bulk write (a rejudge of 20 000 submits) would otherwise update the
-- contest row once per submit; the contest row is updated at most once per statement.
-- Each bump also NOTIFYs mljudge_boards with the contest id (sent at commit, once per contest and transaction),
-- so every server can tell its followers; the version stays the cache's truth, a lost NOTIFY only delays a ping.
-- Every contest change (problems, points, times, freeze, unfreeze, scoring, late policy, close) bumps the version
-- itself; joins, submits, verdicts and requeues bump it through the tables below; boards read no clock (the
-- freeze hides by submit time, the late flag is decided at submit time), so nothing changes them without a write.
alter table contests add column board_version bigint not null default 0;

create function contests_bump_board_version() returns trigger language plpgsql as $$
begin
    -- A bump from the triggers below already moved it; any other change moves it here.
    if new.board_version = old.board_version then
        new.board_version := old.board_version + 1;
    end if;
    perform pg_notify('mljudge_boards', new.id::text);
    return new;
end
$$;

create trigger contests_board_version before update on contests
    for each row execute function contests_bump_board_version();

create function bump_board_versions(contest_ids bigint[]) returns void language sql as $$
    update contests set board_version = board_version + 1
    where id in (select distinct unnest(contest_ids)) and id is not null;
$$;

-- Submits: a new one is pending, a verdict scores it, a requeue makes it pending again. Only the columns a board
-- reads count, and only whether the status is Finished: claims, status steps and lease renewals bump nothing.
create function submissions_inserted_bump_boards() returns trigger language plpgsql as $$
begin
    perform bump_board_versions(array(select contest_id from new_rows where contest_id is not null));
    return null;
end
$$;

create function submissions_updated_bump_boards() returns trigger language plpgsql as $$
begin
    perform bump_board_versions(array(
        select unnest(array[o.contest_id, n.contest_id])
        from old_rows o join new_rows n on n.id = o.id
        where (o.contest_id is not null or n.contest_id is not null)
          and (o.status = 'Finished', o.verdict, o.hidden_passed, o.hidden_total, o.late, o.contest_id, o.user_id, o.problem_id, o.kind, o.created_at)
              is distinct from
              (n.status = 'Finished', n.verdict, n.hidden_passed, n.hidden_total, n.late, n.contest_id, n.user_id, n.problem_id, n.kind, n.created_at)));
    return null;
end
$$;

create function submissions_deleted_bump_boards() returns trigger language plpgsql as $$
begin
    perform bump_board_versions(array(select contest_id from old_rows where contest_id is not null));
    return null;
end
$$;

create trigger submissions_inserted_board after insert on submissions
    referencing new table as new_rows for each statement execute function submissions_inserted_bump_boards();
create trigger submissions_updated_board after update on submissions
    referencing old table as old_rows new table as new_rows for each statement execute function submissions_updated_bump_boards();
create trigger submissions_deleted_board after delete on submissions
    referencing old table as old_rows for each statement execute function submissions_deleted_bump_boards();

-- Problem sets and participants: any row in or out changes the board's columns or rows.
create function contest_rows_inserted_bump_boards() returns trigger language plpgsql as $$
begin
    perform bump_board_versions(array(select contest_id from new_rows));
    return null;
end
$$;

create function contest_rows_deleted_bump_boards() returns trigger language plpgsql as $$
begin
    perform bump_board_versions(array(select contest_id from old_rows));
    return null;
end
$$;

create function contest_rows_updated_bump_boards() returns trigger language plpgsql as $$
begin
    perform bump_board_versions(array(select contest_id from old_rows union select contest_id from new_rows));
    return null;
end
$$;

create trigger contest_problems_inserted_board after insert on contest_problems
    referencing new table as new_rows for each statement execute function contest_rows_inserted_bump_boards();
create trigger contest_problems_updated_board after update on contest_problems
    referencing old table as old_rows new table as new_rows for each statement execute function contest_rows_updated_bump_boards();
create trigger contest_problems_deleted_board after delete on contest_problems
    referencing old table as old_rows for each statement execute function contest_rows_deleted_bump_boards();
create trigger contest_participants_inserted_board after insert on contest_participants
    referencing new table as new_rows for each statement execute function contest_rows_inserted_bump_boards();
create trigger contest_participants_updated_board after update on contest_participants
    referencing old table as old_rows new table as new_rows for each statement execute function contest_rows_updated_bump_boards();
create trigger contest_participants_deleted_board after delete on contest_participants
    referencing old table as old_rows for each statement execute function contest_rows_deleted_bump_boards();

-- A board shows problem titles (a catalog reload may retitle a problem) and usernames.
create function problems_retitled_bump_boards() returns trigger language plpgsql as $$
begin
    perform bump_board_versions(array(select contest_id from contest_problems where problem_id = new.id));
    return null;
end
$$;

create trigger problems_retitled_board after update of title, title_zh on problems
    for each row when (old.title is distinct from new.title or old.title_zh is distinct from new.title_zh)
    execute function problems_retitled_bump_boards();

create function users_renamed_bump_boards() returns trigger language plpgsql as $$
begin
    perform bump_board_versions(array(select contest_id from contest_participants where user_id = new.id));
    return null;
end
$$;

create trigger users_renamed_board after update of username on users
    for each row when (old.username is distinct from new.username)
    execute function users_renamed_bump_boards();
