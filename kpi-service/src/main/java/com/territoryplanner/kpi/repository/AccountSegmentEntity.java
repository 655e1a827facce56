package com.territoryplanner.kpi.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An account's segment in the active segmentation model, for figures grouped by segment, and its
 * potential, which quotas are spread by.
 */
@Entity
@Table(name = "account_segment")
public class AccountSegmentEntity extends PanacheEntityBase {

  @Id
  @Column(name = "account_id")
  public String accountId;

  public String segment;

  /** Expected annual spend in {@link #potentialCurrency}; null while not assessed. */
  public BigDecimal potential;

  @Column(name = "potential_currency")
  public String potentialCurrency;

  /** When the segment event this row reflects happened; older events are ignored. */
  @Column(name = "source_at", nullable = false)
  public Instant sourceAt;

  /**
   * Records the account's segment and potential unless what is stored is newer. In the caller's
   * transaction.
   */
  public static void record(
      String accountId,
      String segment,
      BigDecimal potential,
      String potentialCurrency,
      Instant occurredAt) {
    AccountSegmentEntity stored = findById(accountId);
    if (stored == null) {
      stored = new AccountSegmentEntity();
      stored.accountId = accountId;
    } else if (occurredAt.isBefore(stored.sourceAt)) {
      return;
    }
    stored.segment = segment;
    stored.potential = potential;
    stored.potentialCurrency = potentialCurrency;
    stored.sourceAt = occurredAt;
    stored.persist();
  }
}
