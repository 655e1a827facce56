package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.JobStatus;
import com.territoryplanner.balancing.domain.SolveJobView;
import com.territoryplanner.balancing.domain.SolveRequest;
import com.territoryplanner.balancing.engine.TerritoryPlan;
import com.territoryplanner.balancing.repository.SolveJobEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.solver.SolverManager;

/**
 * Runs solve jobs on the extension's {@link SolverManager} (which queues them beyond its parallel
 * solver count). A job's time limit counts from when it starts solving: the problem finder, called
 * as the job starts, schedules {@code terminateEarly} after the job's seconds. Best solutions are
 * recorded at most once a second; the final one is stored with the plan.
 */
@ApplicationScoped
public class SolveService {

  private static final Logger LOG = Logger.getLogger(SolveService.class);
  private static final long BEST_SOLUTION_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final SolverManager<TerritoryPlan, UUID> solverManager;
  private final SolveJobs jobs;
  private final Map<UUID, Long> lastRecorded = new ConcurrentHashMap<>();
  private final Set<UUID> stopRequested = ConcurrentHashMap.newKeySet();
  private final Map<UUID, TerritoryPlan> problems = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "solve-job-timer");
            thread.setDaemon(true);
            return thread;
          });

  SolveService(SolverManager<TerritoryPlan, UUID> solverManager, SolveJobs jobs) {
    this.solverManager = solverManager;
    this.jobs = jobs;
  }

  void onStart(@Observes StartupEvent event) {
    int orphans = jobs.failOrphans();
    if (orphans > 0) {
      LOG.warnf("Marked %d solve job(s) left running by a previous run as FAILED", orphans);
    }
  }

  @PreDestroy
  void shutdown() {
    timer.shutdownNow();
  }

  public SolveJobView start(UUID planId, SolveRequest request, Long expectedVersion) {
    SolveRequest given = request == null ? SolveRequest.DEFAULTS : request;
    int seconds = given.secondsOrDefault();
    SolveJobs.NewJob created = jobs.create(planId, given, expectedVersion);
    UUID jobId = created.job().id;
    TerritoryPlan problem = created.problem();
    problems.put(jobId, problem);
    try {
      solverManager.solveAndListen(
          jobId,
          id -> begin(id, seconds, problem),
          best -> onBestSolution(jobId, best),
          last -> onFinalSolution(jobId, last),
          (id, error) -> onError(id, error));
    } catch (RuntimeException e) {
      onError(jobId, e);
      throw e;
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
    stopRequested.add(job.id);
    TerritoryPlan problem = problems.get(job.id);
    if (problem != null) {
      // The design phase polls this; OptaPlanner's own phases heed terminateEarly.
      problem.requestStop();
    }
    if (job.status == JobStatus.QUEUED && jobs.stopQueued(job.id)) {
      // A job stopped before it started may never reach the solver's callbacks; its stored
      // status is final already.
      problems.remove(job.id);
      stopRequested.remove(job.id);
    }
    solverManager.terminateEarly(job.id);
    return status(planId);
  }

  private TerritoryPlan begin(UUID jobId, int seconds, TerritoryPlan problem) {
    if (jobs.markSolving(jobId)) {
      timer.schedule(() -> solverManager.terminateEarly(jobId), seconds, TimeUnit.SECONDS);
    } else {
      // stopped while queued: end at once
      timer.execute(() -> solverManager.terminateEarly(jobId));
    }
    return problem;
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
    lastRecorded.remove(jobId);
    problems.remove(jobId);
    JobStatus status = stopRequested.remove(jobId) ? JobStatus.STOPPED : JobStatus.COMPLETED;
    try {
      jobs.finish(jobId, best, status);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Could not store the solution of solve job %s", jobId);
      jobs.fail(jobId, "The solution could not be stored");
    }
  }

  private void onError(UUID jobId, Throwable error) {
    LOG.errorf(error, "Solve job %s failed", jobId);
    lastRecorded.remove(jobId);
    problems.remove(jobId);
    stopRequested.remove(jobId);
    jobs.fail(jobId, "The solver failed: " + error.getClass().getSimpleName());
  }
}
