-- Runs on the learner's own input (kind 'custom'): they go through the queue like runs (per-user fairness, leases),
-- and, like runs, never count (every standing and contest query reads kind = 'submit' only).
-- custom_args: the validated arguments; custom_result: the reference's outcome and output and the comparison.
alter table submissions drop constraint submissions_kind_check;
alter table submissions add constraint submissions_kind_check check (kind in ('run', 'submit', 'custom'));
alter table submissions
    add column custom_args   jsonb,
    add column custom_result jsonb;
