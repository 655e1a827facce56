package com.territoryplanner.balancing.repository;

import com.territoryplanner.balancing.domain.ChangeMeasure;
import com.territoryplanner.balancing.domain.JobStatus;
import com.territoryplanner.balancing.domain.SolveJobView;
import com.territoryplanner.balancing.domain.SolveRequest;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "solve_job")
public class SolveJobEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public JobStatus status;

  @Column(nullable = false)
  public int seconds;

  @Column(name = "best_score")
  public String bestScore;

  public Boolean feasible;

  @Column(name = "max_deviation")
  public Double maxDeviation;

  public String error;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  /** The request's change limit, kept to rebuild the problem on whichever replica claims it. */
  @Column(name = "max_changed_share")
  public Double maxChangedShare;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_measure")
  public ChangeMeasure changeMeasure;

  /** The replica solving the job. */
  @Column(name = "claimed_by")
  public String claimedBy;

  @Column(name = "heartbeat_at")
  public Instant heartbeatAt;

  /** A stop asked of a replica other than the one solving the job. */
  @Column(name = "stop_requested", nullable = false)
  public boolean stopRequested;

  public SolveRequest request() {
    return new SolveRequest(seconds, maxChangedShare, changeMeasure);
  }

  public static Optional<SolveJobEntity> latestOf(UUID planId) {
    return find("planId = ?1 order by createdAt desc", planId).firstResultOptional();
  }

  public SolveJobView toView() {
    return new SolveJobView(
        id,
        planId,
        status,
        seconds,
        bestScore,
        feasible,
        maxDeviation,
        error,
        createdAt,
        startedAt,
        finishedAt);
  }
}
