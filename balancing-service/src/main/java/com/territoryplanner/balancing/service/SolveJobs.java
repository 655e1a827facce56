package com.territoryplanner.balancing.service;

import com.territoryplanner.balancing.domain.JobStatus;
import com.territoryplanner.balancing.domain.PlanStatus;
import com.territoryplanner.balancing.domain.SolveRequest;
import com.territoryplanner.balancing.engine.BalanceReport;
import com.territoryplanner.balancing.engine.BasicUnit;
import com.territoryplanner.balancing.engine.TerritoryLoad;
import com.territoryplanner.balancing.engine.TerritoryPlan;
import com.territoryplanner.balancing.repository.Assignments;
import com.territoryplanner.balancing.repository.PlanEntity;
import com.territoryplanner.balancing.repository.SolveJobEntity;
import com.territoryplanner.balancing.repository.TerritoryEntity;
import com.territoryplanner.platform.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The persisted side of solve jobs, which are a queue any replica claims from. Every transition is
 * conditional on the current status, so a late callback of the solver (or of a replica presumed
 * dead) never overwrites a later state.
 */
@ApplicationScoped
public class SolveJobs {

  /**
   * A job just created, with the problem it is to solve, and the job its replica claimed in the
   * same transaction (the oldest queued: this one, unless others wait before it), if any.
   */
  public record NewJob(
      SolveJobEntity job, TerritoryPlan problem, Optional<SolveJobEntity> claimed) {}

  private static final long DESIGN_SHARE_PER_MILLE = 800;

  private final PlanProblems problems;
  private final Assignments assignments;

  SolveJobs(PlanProblems problems, Assignments assignments) {
    this.problems = problems;
    this.assignments = assignments;
  }

  /**
   * Queues a solve of the plan. With a {@code claimer} (a replica with a free solver slot) the
   * oldest queued job is claimed in the same transaction, so no other replica's poll can take the
   * new job between its commit and its claim.
   */
  @Transactional
  public NewJob create(
      UUID planId, SolveRequest request, Long expectedVersion, Optional<String> claimer) {
    PlanEntity plan = PlanService.lock(planId, expectedVersion);
    if (plan.status != PlanStatus.DRAFT) {
      throw ApiProblem.conflict(
          "plan-not-draft", "Plan " + planId + " is " + plan.status + "; only a draft is solved");
    }
    SolveJobEntity.latestOf(planId)
        .filter(job -> job.status.running())
        .ifPresent(
            job -> {
              throw ApiProblem.conflict(
                  "plan-solving", "Plan " + planId + " is already being solved by job " + job.id);
            });
    // built now, so that a plan that cannot be solved is refused at once
    TerritoryPlan problem = problemFor(plan, request);

    SolveJobEntity job = new SolveJobEntity();
    job.id = UUID.randomUUID();
    job.planId = planId;
    job.status = JobStatus.QUEUED;
    job.seconds = request.secondsOrDefault();
    job.maxChangedShare = request.maxChangedShare();
    job.changeMeasure = request.maxChangedShare() == null ? null : request.changeMeasureOrDefault();
    job.createdAt = Instant.now();
    job.persist();
    return new NewJob(job, problem, claimer.flatMap(this::claimOldest));
  }

  /**
   * Claims the oldest queued job for {@code replica}: it is SOLVING from now, and no other replica
   * can claim it (rows another replica is claiming at the same moment are skipped, not waited for).
   */
  @Transactional
  public Optional<SolveJobEntity> claimNext(String replica) {
    return claimOldest(replica);
  }

  private Optional<SolveJobEntity> claimOldest(String replica) {
    EntityManager entities = SolveJobEntity.getEntityManager();
    // a job persisted in this transaction is claimable only once written
    entities.flush();
    @SuppressWarnings("unchecked")
    List<Object> claimed =
        entities
            .createNativeQuery(
                "update solve_job set status = 'SOLVING', started_at = now(), claimed_by = :replica,"
                    + " heartbeat_at = now()"
                    + " where id = (select id from solve_job where status = 'QUEUED'"
                    + " order by created_at for update skip locked limit 1)"
                    + " returning id")
            .setParameter("replica", replica)
            .getResultList();
    return claimed.stream()
        .findFirst()
        .map(
            id -> {
              SolveJobEntity job = SolveJobEntity.findById(UUID.fromString(id.toString()));
              // the update bypassed the persistence context, which may hold the job as queued
              entities.refresh(job);
              return job;
            });
  }

  /** The problem of a claimed job, built again from its plan and request where it was claimed. */
  @Transactional
  public TerritoryPlan problemOf(SolveJobEntity job) {
    return problemFor(PlanService.find(job.planId), job.request());
  }

  private TerritoryPlan problemFor(PlanEntity plan, SolveRequest request) {
    TerritoryPlan problem = problems.of(plan);
    if (request.maxChangedShare() != null) {
      problem.setChangeLimit(
          problems.changeLimitAgainstActivePlan(
              problem, request.maxChangedShare(), request.changeMeasureOrDefault()));
    }
    // The design gets most of the job's time; the rest is headroom for placing unlocated units
    // before the job's time limit stops the solver.
    problem.setDesignTimeLimit(
        Duration.ofMillis(request.secondsOrDefault() * DESIGN_SHARE_PER_MILLE));
    return problem;
  }

  /**
   * The jobs this replica solves are alive; answers those a stop was asked for on another replica.
   */
  @Transactional
  public List<UUID> heartbeat(Collection<UUID> solving) {
    if (solving.isEmpty()) {
      return List.of();
    }
    // the database's clock, which every replica's silence is measured by
    SolveJobEntity.update(
        "heartbeatAt = current_timestamp where id in ?1 and status = ?2",
        solving,
        JobStatus.SOLVING);
    return SolveJobEntity.<SolveJobEntity>list(
            "id in ?1 and status = ?2 and stopRequested = true", solving, JobStatus.SOLVING)
        .stream()
        .map(job -> job.id)
        .toList();
  }

  /** Asks the replica solving the job to stop it. */
  @Transactional
  public void requestStop(UUID jobId) {
    SolveJobEntity.update(
        "stopRequested = true where id = ?1 and status = ?2", jobId, JobStatus.SOLVING);
  }

  /**
   * Fails the jobs whose replica stopped beating (it was killed or lost the database) for longer
   * than {@code silence}, by the database's clock; their plans keep what they had.
   */
  @Transactional
  public int failAbandoned(Duration silence) {
    return SolveJobEntity.getEntityManager()
        .createNativeQuery(
            "update solve_job set status = 'FAILED', finished_at = now(), error = :error"
                + " where status = 'SOLVING'"
                + " and heartbeat_at < now() - make_interval(secs => :seconds)")
        .setParameter(
            "error",
            "The replica solving the job stopped (no heartbeat for "
                + silence.toSeconds()
                + " s); the plan keeps its previous solution")
        .setParameter("seconds", (double) silence.toSeconds())
        .executeUpdate();
  }

  @Transactional
  public void recordBest(UUID jobId, TerritoryPlan best) {
    HardSoftLongScore score = best.getScore();
    SolveJobEntity.update(
        "bestScore = ?1, feasible = ?2, maxDeviation = ?3 where id = ?4 and status = ?5",
        score == null ? null : score.toString(),
        score != null && score.isFeasible() && initialized(best),
        BalanceReport.of(best).maxDeviation(),
        jobId,
        JobStatus.SOLVING);
  }

  /**
   * Stores the final best solution: job status, unit assignments and territory metrics. A solution
   * in which not every unit was placed (stopped during construction) is not stored.
   */
  @Transactional
  public void finish(UUID jobId, TerritoryPlan best, JobStatus status) {
    SolveJobEntity job = SolveJobEntity.findById(jobId);
    if (job == null || !job.status.running()) {
      return;
    }
    HardSoftLongScore score = best.getScore();
    boolean initialized = initialized(best);
    job.status = status;
    job.finishedAt = Instant.now();
    job.bestScore = score == null ? null : score.toString();
    job.feasible = score != null && score.isFeasible() && initialized;
    BalanceReport report = BalanceReport.of(best);
    job.maxDeviation = report.maxDeviation();
    if (!initialized) {
      job.status = JobStatus.STOPPED;
      job.error = "Stopped before every unit was placed; no solution stored";
      return;
    }
    // the stored solution is part of the plan: its version rises
    PlanService.lock(job.planId, null);
    Map<String, UUID> territoryByUnit = new HashMap<>();
    Map<String, String> unitByAccount = new HashMap<>();
    for (BasicUnit unit : best.getUnits()) {
      territoryByUnit.put(unit.getId(), UUID.fromString(unit.getTerritory().getId()));
      unit.getAccountIds().forEach(account -> unitByAccount.put(account, unit.getId()));
    }
    assignments.replace(job.planId, territoryByUnit, unitByAccount);
    for (TerritoryLoad load : report.territories()) {
      TerritoryEntity territory = TerritoryEntity.findById(UUID.fromString(load.territoryId()));
      territory.potential = BigDecimal.valueOf(load.potential());
      territory.targetPotential = BigDecimal.valueOf(load.targetPotential());
      territory.accountCount = load.accountCount();
      territory.unitCount = load.unitCount();
    }
  }

  @Transactional
  public void fail(UUID jobId, String error) {
    SolveJobEntity.update(
        "status = ?1, error = ?2, finishedAt = ?3 where id = ?4 and status in ?5",
        JobStatus.FAILED,
        error,
        Instant.now(),
        jobId,
        List.of(JobStatus.QUEUED, JobStatus.SOLVING));
  }

  @Transactional
  public boolean stopQueued(UUID jobId) {
    return SolveJobEntity.update(
            "status = ?1, finishedAt = ?2 where id = ?3 and status = ?4",
            JobStatus.STOPPED,
            Instant.now(),
            jobId,
            JobStatus.QUEUED)
        == 1;
  }

  private static boolean initialized(TerritoryPlan plan) {
    return plan.getUnits().stream().allMatch(unit -> unit.getTerritory() != null);
  }
}
