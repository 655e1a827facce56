package com.territoryplanner.balancing.repository;

import com.territoryplanner.balancing.domain.PlanningAccountView;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Read side of the planning copy; writes are native upserts in {@link PlanningAccounts}. */
@Entity
@Table(name = "planning_account")
public class PlanningAccountEntity extends PanacheEntityBase {

  @Id public String id;
  public String name;

  @Column(name = "postal_code")
  public String postalCode;

  public Double latitude;
  public Double longitude;
  public BigDecimal potential;

  @Column(name = "size_tier")
  public String sizeTier;

  /** The account's NAICS industry code. */
  public String naics;

  /** The account's path in the active segmentation model; null while none is active. */
  public String segment;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** Set when the account was deleted at the source; such rows are tombstones. */
  @Column(name = "deleted_at")
  public Instant deletedAt;

  public PlanningAccountView toView() {
    return new PlanningAccountView(
        id, name, postalCode, latitude, longitude, potential, sizeTier, naics, segment, updatedAt);
  }
}
