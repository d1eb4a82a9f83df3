-- Background jobs (re-extraction, bulk import): state and progress, readable while a job runs.
-- done counts the items that succeeded, failed those that did not; a finished job has
-- done + failed = total. errors holds the first failures (capped by regtrack.jobs.max-errors):
-- [{"item": "line 3" | "a.txt" | "document 12" | null, "message"}]. created_by is the name of the
-- API key that started the job. The instance running a job refreshes heartbeat_at while it is
-- QUEUED or RUNNING; a job whose heartbeat stops (its instance crashed or was killed) is marked
-- FAILED by the next instance that sweeps (JobRunner).
create table job (
    id            bigint generated always as identity primary key,
    kind          text        not null check (kind in ('REEXTRACT', 'IMPORT')),
    state         text        not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    total         integer     not null default 0 check (total >= 0),
    done          integer     not null default 0 check (done >= 0),
    failed        integer     not null default 0 check (failed >= 0),
    errors        jsonb       not null default '[]',
    created_by    text,
    created_at    timestamptz not null default now(),
    started_at    timestamptz,
    finished_at   timestamptz,
    heartbeat_at  timestamptz not null default now()
);
create index job_unfinished_idx on job (heartbeat_at) where state in ('QUEUED', 'RUNNING');
