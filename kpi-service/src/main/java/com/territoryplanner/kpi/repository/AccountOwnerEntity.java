package com.territoryplanner.kpi.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The territory (and rep) that owns an account now. */
@Entity
@Table(name = "account_owner")
public class AccountOwnerEntity extends PanacheEntityBase {

  @Id
  @Column(name = "account_id")
  public String accountId;

  @Column(name = "territory_id", nullable = false)
  public UUID territoryId;

  @Column(name = "territory_name", nullable = false)
  public String territoryName;

  @Column(name = "rep_id")
  public UUID repId;

  @Column(name = "plan_id")
  public UUID planId;

  @Column(name = "effective_from")
  public LocalDate effectiveFrom;

  /** When the assignment this row reflects happened; older events are ignored. */
  @Column(name = "source_at", nullable = false)
  public Instant sourceAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
