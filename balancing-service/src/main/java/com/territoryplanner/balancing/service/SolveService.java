package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.config.SolveJobConfig;
import com.territoryplanner.balancing.domain.JobStatus;
import com.territoryplanner.balancing.domain.SolveJobView;
import com.territoryplanner.balancing.domain.SolveRequest;
import com.territoryplanner.balancing.engine.TerritoryPlan;
import com.territoryplanner.balancing.repository.SolveJobEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.solver.SolverManager;

/**
 * Solves the queued solve jobs this replica claims (see {@link SolveJobs#claimNext}) on the
 * extension's {@link SolverManager}, as many at once as it has solver slots. A job is claimed by
 * the replica that queued it, in the transaction that queues it, when a slot is free, else by
 * whichever replica frees one first (each looks every poll interval). A job's time limit counts
 * from its claim. Best solutions are recorded at most once a second; the final one is stored with
 * the plan. While it solves, the replica beats each job's heartbeat, and fails the jobs of replicas
 * whose heartbeat went silent.
 */
@ApplicationScoped
public class SolveService {

  private static final Logger LOG = Logger.getLogger(SolveService.class);
  private static final long BEST_SOLUTION_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final SolverManager<TerritoryPlan, UUID> solverManager;
  private final SolveJobs jobs;
  private final SolveJobConfig config;
  private final String replica = "balancing-" + UUID.randomUUID();
  private final Semaphore slots;
  private final Map<UUID, Long> lastRecorded = new ConcurrentHashMap<>();
  private final Set<UUID> stopRequested = ConcurrentHashMap.newKeySet();

  /** The problems of the jobs solving here. */
  private final Map<UUID, TerritoryPlan> problems = new ConcurrentHashMap<>();

  private final Set<UUID> solving = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "solve-job-timer");
            thread.setDaemon(true);
            return thread;
          });

  SolveService(
      SolverManager<TerritoryPlan, UUID> solverManager, SolveJobs jobs, SolveJobConfig config) {
    this.solverManager = solverManager;
    this.jobs = jobs;
    this.config = config;
    this.slots = new Semaphore(config.parallelJobs());
  }

  void onStart(@Observes StartupEvent event) {
    long interval = config.pollInterval().toMillis();
    timer.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
  }

  /**
   * No poll starts once the service stops: the persistence unit closes under it (a poll then failed
   * with "EntityManagerFactory is closed"). A poll under way finishes.
   */
  void onStop(@Observes ShutdownEvent event) {
    timer.shutdown();
  }

  @PreDestroy
  void shutdown() {
    timer.shutdownNow();
  }

  public SolveJobView start(UUID planId, SolveRequest request, Long expectedVersion) {
    SolveRequest given = request == null ? SolveRequest.DEFAULTS : request;
    boolean slotFree = slots.tryAcquire();
    SolveJobs.NewJob created;
    try {
      created =
          jobs.create(
              planId, given, expectedVersion, slotFree ? Optional.of(replica) : Optional.empty());
    } catch (RuntimeException e) {
      if (slotFree) {
        slots.release();
      }
      throw e;
    }
    if (created.claimed().isPresent()) {
      SolveJobEntity claimed = created.claimed().get();
      if (claimed.id.equals(created.job().id)) {
        problems.put(claimed.id, created.problem());
      }
      // else queued behind others: whichever replica claims it builds the problem again then
      solve(claimed);
    } else if (slotFree) {
      slots.release();
    }
    return created.job().toView();
  }

  public SolveJobView status(UUID planId) {
    PlanService.find(planId);
    return SolveJobEntity.latestOf(planId)
        .map(SolveJobEntity::toView)
        .orElseThrow(() -> ApiProblem.notFound("Solve job of plan", planId));
  }

  public SolveJobView stop(UUID planId) {
    PlanService.find(planId);
    SolveJobEntity job =
        SolveJobEntity.latestOf(planId)
            .filter(j -> j.status.running())
            .orElseThrow(
                () ->
                    ApiProblem.conflict("not-solving", "Plan " + planId + " is not being solved"));
    if (!jobs.stopQueued(job.id)) {
      if (solving.contains(job.id)) {
        stopHere(job.id);
      } else {
        // solving on another replica, which heeds the request at its next heartbeat
        jobs.requestStop(job.id);
      }
    }
    return status(planId);
  }

  /** Every poll interval: heartbeats and stops asked elsewhere, abandoned jobs, queued jobs. */
  private void poll() {
    try {
      jobs.heartbeat(Set.copyOf(solving)).forEach(this::stopHere);
      int abandoned = jobs.failAbandoned(config.abandonedAfter());
      if (abandoned > 0) {
        LOG.warnf("Failed %d solve job(s) whose replica stopped beating", abandoned);
      }
      claimQueued();
    } catch (RuntimeException e) {
      LOG.warnf("Solve jobs not polled, will retry: %s", e.getMessage());
    }
  }

  /** Claims queued jobs while this replica has free solver slots. */
  private void claimQueued() {
    while (slots.tryAcquire()) {
      Optional<SolveJobEntity> claimed;
      try {
        claimed = jobs.claimNext(replica);
      } catch (RuntimeException e) {
        slots.release();
        throw e;
      }
      if (claimed.isEmpty()) {
        slots.release();
        return;
      }
      solve(claimed.get());
    }
  }

  private void solve(SolveJobEntity job) {
    UUID jobId = job.id;
    solving.add(jobId);
    try {
      TerritoryPlan problem = problems.computeIfAbsent(jobId, id -> jobs.problemOf(job));
      solverManager.solveAndListen(
          jobId,
          id -> begin(id, job.seconds, problem),
          best -> onBestSolution(jobId, best),
          last -> onFinalSolution(jobId, last),
          (id, error) -> onError(id, error));
    } catch (RuntimeException e) {
      onError(jobId, e);
    }
  }

  private TerritoryPlan begin(UUID jobId, int seconds, TerritoryPlan problem) {
    timer.schedule(() -> solverManager.terminateEarly(jobId), seconds, TimeUnit.SECONDS);
    return problem;
  }

  private void stopHere(UUID jobId) {
    stopRequested.add(jobId);
    TerritoryPlan problem = problems.get(jobId);
    if (problem != null) {
      // The design phase polls this; OptaPlanner's own phases heed terminateEarly.
      problem.requestStop();
    }
    solverManager.terminateEarly(jobId);
  }

  private void onBestSolution(UUID jobId, TerritoryPlan best) {
    long now = System.nanoTime();
    Long last = lastRecorded.get(jobId);
    if (last != null && now - last < BEST_SOLUTION_INTERVAL_NANOS) {
      return;
    }
    lastRecorded.put(jobId, now);
    try {
      jobs.recordBest(jobId, best);
    } catch (RuntimeException e) {
      LOG.warnf(e, "Could not record the best solution of solve job %s", jobId);
    }
  }

  private void onFinalSolution(UUID jobId, TerritoryPlan best) {
    JobStatus status = stopRequested.contains(jobId) ? JobStatus.STOPPED : JobStatus.COMPLETED;
    try {
      jobs.finish(jobId, best, status);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Could not store the solution of solve job %s", jobId);
      jobs.fail(jobId, "The solution could not be stored");
    } finally {
      release(jobId);
    }
  }

  private void onError(UUID jobId, Throwable error) {
    LOG.errorf(error, "Solve job %s failed", jobId);
    try {
      jobs.fail(jobId, "The solver failed: " + error.getClass().getSimpleName());
    } finally {
      release(jobId);
    }
  }

  /** The job no longer solves here: its slot goes to the next queued job. */
  private void release(UUID jobId) {
    lastRecorded.remove(jobId);
    problems.remove(jobId);
    stopRequested.remove(jobId);
    if (solving.remove(jobId)) {
      slots.release();
      timer.execute(this::claimQueued);
    }
  }
}
