package com.territoryplanner.ingest.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An opportunity as a CRM export describes it, validated. Its account is the source's own account
 * id as stored, and the golden account's id in the events.
 */
public record OpportunityRecord(
    String id,
    String accountId,
    String stage,
    BigDecimal amount,
    String currency,
    LocalDate closeDate,
    boolean closed,
    boolean won,
    LocalDate createdDate,
    String leadSource,
    String ownerId,
    String lossReason)
    implements AccountBound<OpportunityRecord> {

  @Override
  public OpportunityRecord ofAccount(String account) {
    return new OpportunityRecord(
        id,
        account,
        stage,
        amount,
        currency,
        closeDate,
        closed,
        won,
        createdDate,
        leadSource,
        ownerId,
        lossReason);
  }
}
