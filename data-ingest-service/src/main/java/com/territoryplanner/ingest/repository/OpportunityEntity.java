package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.OpportunityRecord;
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

  @Column(nullable = false)
  public String source;

  @Column(name = "account_id", nullable = false)
  public String accountId;

  @Column(nullable = false)
  public String stage;

  public BigDecimal amount;

  @Column(nullable = false)
  public String currency;

  @Column(name = "close_date")
  public LocalDate closeDate;

  @Column(name = "is_closed", nullable = false)
  public boolean closed;

  @Column(name = "is_won", nullable = false)
  public boolean won;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public OpportunityRecord toRecord() {
    return new OpportunityRecord(id, accountId, stage, amount, currency, closeDate, closed, won);
  }

  public void apply(OpportunityRecord record) {
    id = record.id();
    accountId = record.accountId();
    stage = record.stage();
    amount = record.amount();
    currency = record.currency();
    closeDate = record.closeDate();
    closed = record.closed();
    won = record.won();
    updatedAt = Instant.now();
  }
}
