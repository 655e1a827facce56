package com.territoryplanner.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code accounts.v1}: a golden account was created, changed or deleted in ingest. The account id
 * is the golden id: the id of the source record that founded the account (its CRM id, for a company
 * planning from one CRM). {@code sourceRecords} lists the records merged into it. Money is in
 * {@code currency}. Fields after {@code currency} came later in version 1 and may be absent from
 * older events.
 */
public record AccountEvent(
    UUID eventId,
    String type,
    Instant occurredAt,
    int schemaVersion,
    String accountId,
    String source,
    String name,
    String postalCode,
    String country,
    Double latitude,
    Double longitude,
    String naics,
    Integer employees,
    BigDecimal annualRevenue,
    String currency,
    String industry,
    String sic,
    String website,
    String ownerId,
    String accountType,
    String locationSource,
    List<SourceRecord> sourceRecords)
    implements DomainEvent {

  /** A record of one source system merged into the account. */
  public record SourceRecord(String source, String externalId) {}

  public static final String UPSERTED = "AccountUpserted";

  /** The account left the source system; the event carries its last stored fields. */
  public static final String DELETED = "AccountDeleted";

  public static final int SCHEMA_VERSION = 1;

  @Override
  public String aggregateId() {
    return accountId;
  }
}
