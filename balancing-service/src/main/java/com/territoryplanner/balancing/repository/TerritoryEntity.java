package com.territoryplanner.balancing.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "territory")
public class TerritoryEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "plan_id", nullable = false)
  public UUID planId;

  @Column(name = "rep_id", nullable = false)
  public UUID repId;

  @Column(nullable = false)
  public String name;

  @Column(name = "target_potential")
  public BigDecimal targetPotential;

  public BigDecimal potential;

  @Column(name = "account_count", nullable = false)
  public int accountCount;

  @Column(name = "unit_count", nullable = false)
  public int unitCount;

  /** The rep's capacity in this plan; null means the rep's own. */
  public Double capacity;

  /** The rep who owns the territory's accounts for now in place of its own; null when none. */
  @Column(name = "covering_rep_id")
  public UUID coveringRepId;

  @Column(name = "covered_since")
  public LocalDate coveredSince;

  /** When the coverage is expected to end (informational; it ends when a planner ends it). */
  @Column(name = "covered_until")
  public LocalDate coveredUntil;

  /** Its own rep owns its accounts again. */
  public void endCoverage() {
    coveringRepId = null;
    coveredSince = null;
    coveredUntil = null;
  }

  /** Who owns the territory's accounts: the covering rep during a coverage, else its own. */
  public UUID ownerRepId() {
    return coveringRepId == null ? repId : coveringRepId;
  }

  /** This territory, with its rep and figures, under a new id in another plan. */
  public TerritoryEntity copyInto(UUID otherPlanId) {
    TerritoryEntity copy = new TerritoryEntity();
    copy.id = UUID.randomUUID();
    copy.planId = otherPlanId;
    copy.repId = repId;
    copy.name = name;
    copy.targetPotential = targetPotential;
    copy.potential = potential;
    copy.accountCount = accountCount;
    copy.unitCount = unitCount;
    copy.capacity = capacity;
    copy.coveringRepId = coveringRepId;
    copy.coveredSince = coveredSince;
    copy.coveredUntil = coveredUntil;
    return copy;
  }
}
