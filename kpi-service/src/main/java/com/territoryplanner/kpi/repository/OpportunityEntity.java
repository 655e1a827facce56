package com.territoryplanner.kpi.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "opportunity")
public class OpportunityEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "account_id", nullable = false)
  public String accountId;

  public BigDecimal amount;

  @Column(nullable = false)
  public String currency;

  @Column(name = "close_date")
  public LocalDate closeDate;

  @Column(nullable = false)
  public boolean won;

  /** When the opportunity event this row reflects happened; older events are ignored. */
  @Column(name = "source_at", nullable = false)
  public Instant sourceAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
