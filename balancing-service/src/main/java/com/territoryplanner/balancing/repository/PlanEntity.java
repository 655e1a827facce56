package com.territoryplanner.balancing.repository;

import com.territoryplanner.balancing.domain.PlanStatus;
import com.territoryplanner.balancing.domain.PotentialWeight;
import com.territoryplanner.balancing.domain.SpecialistRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "plan")
public class PlanEntity extends PanacheEntityBase {

  @Id public UUID id;

  /** Raised by every change to the plan; see {@code PlanService.lock}. */
  @Column(nullable = false)
  public long version;

  @Column(nullable = false)
  public String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PlanStatus status;

  @Column(name = "balance_tolerance", nullable = false)
  public double balanceTolerance;

  /** Null when the plan does not balance workload. */
  @Column(name = "workload_tolerance")
  public Double workloadTolerance;

  // Hard bounds per territory; null means unbounded.
  @Column(name = "min_potential")
  public BigDecimal minPotential;

  @Column(name = "max_potential")
  public BigDecimal maxPotential;

  @Column(name = "min_accounts")
  public Integer minAccounts;

  @Column(name = "max_accounts")
  public Integer maxAccounts;

  /** Accounts only reps with a skill may own; null or empty means none. */
  @JdbcTypeCode(SqlTypes.JSON)
  public List<SpecialistRule> specialists;

  /** Accounts whose potential counts more (or less) in this plan; null or empty means none. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "potential_weights")
  public List<PotentialWeight> potentialWeights;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "activated_at")
  public Instant activatedAt;

  @Column(name = "effective_from")
  public LocalDate effectiveFrom;

  /** The plan in force, if one is. */
  public static Optional<PlanEntity> active() {
    return find("status", PlanStatus.ACTIVE).firstResultOptional();
  }

  /** A new draft with this plan's settings, under a new id and name. */
  public PlanEntity draftCopy(String copyName) {
    PlanEntity copy = new PlanEntity();
    copy.id = UUID.randomUUID();
    copy.name = copyName;
    copy.status = PlanStatus.DRAFT;
    copy.balanceTolerance = balanceTolerance;
    copy.workloadTolerance = workloadTolerance;
    copy.minPotential = minPotential;
    copy.maxPotential = maxPotential;
    copy.minAccounts = minAccounts;
    copy.maxAccounts = maxAccounts;
    copy.specialists = specialists == null ? null : List.copyOf(specialists);
    copy.potentialWeights = potentialWeights == null ? null : List.copyOf(potentialWeights);
    copy.createdAt = Instant.now();
    return copy;
  }
}
