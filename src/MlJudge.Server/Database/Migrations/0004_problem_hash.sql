-- The content hash of the problem folder a submission was judged against, so an instructor can tell
-- whether a rejudge used the fixed tests. Null for submissions judged before this column existed.
alter table submissions add column problem_hash text;
