-- Solve jobs are a queue in the database: any replica claims the oldest queued job with
-- FOR UPDATE SKIP LOCKED, so several replicas solve different plans in parallel and a job
-- queued on one is solved by whichever has a free solver. The request is kept to rebuild the
-- problem wherever the job is claimed; the claiming replica beats a heartbeat while it solves,
-- and a job whose heartbeat stops (its replica was killed) is failed by any other.
alter table solve_job
    add column max_changed_share double precision,
    add column change_measure    text,
    add column claimed_by        text,
    add column heartbeat_at      timestamptz,
    add column stop_requested    boolean not null default false;
create index solve_job_queue on solve_job (created_at) where status = 'QUEUED';
create index solve_job_solving on solve_job (heartbeat_at) where status = 'SOLVING';
