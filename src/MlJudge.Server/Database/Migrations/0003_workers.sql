-- Judge worker processes announce themselves with a heartbeat, so /health of any server can report every
-- worker that judges for this database, wherever it runs, and the isolation its sandbox has.
create table workers (
    id         text primary key,          -- host:pid, the prefix of submissions.worker
    host       text not null,
    isolation  text not null,
    slots      int not null,
    busy       int not null,
    started_at timestamptz not null default now(),
    last_seen  timestamptz not null default now()
);
