package com.territoryplanner.testsupport;

import com.territoryplanner.contracts.AccountEvent;
import java.time.Instant;
import java.util.UUID;

/** Test events for the deletion of an account, as ingest publishes them. */
public final class AccountDeletions {

  private AccountDeletions() {}

  /** The deletion of the account an upsert described, carrying its fields. */
  public static AccountEvent deletionOf(AccountEvent upsert) {
    return new AccountEvent(
        UUID.randomUUID(),
        AccountEvent.DELETED,
        Instant.now(),
        AccountEvent.SCHEMA_VERSION,
        upsert.accountId(),
        upsert.source(),
        upsert.name(),
        upsert.postalCode(),
        upsert.country(),
        upsert.latitude(),
        upsert.longitude(),
        upsert.naics(),
        upsert.employees(),
        upsert.annualRevenue(),
        upsert.currency(),
        upsert.industry(),
        upsert.sic(),
        upsert.website(),
        upsert.ownerId(),
        upsert.accountType(),
        upsert.locationSource(),
        null);
  }
}
