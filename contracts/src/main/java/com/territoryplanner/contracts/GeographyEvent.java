package com.territoryplanner.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code geography.v1}: a basic unit of geography (postal code, county, any area) was created or
 * changed in ingest, or its neighbours changed. The area itself is served by ingest's REST API
 * ({@code /api/v1/geography/{source}/units/{unitId}}), not carried here: areas can be megabytes.
 */
public record GeographyEvent(
    UUID eventId,
    String type,
    Instant occurredAt,
    int schemaVersion,
    String unitId,
    String source,
    String kind,
    String name,
    String country,
    double latitude,
    double longitude,
    boolean hasArea,
    List<String> neighbours)
    implements DomainEvent {

  public static final String UPSERTED = "GeographyUnitUpserted";
  public static final int SCHEMA_VERSION = 1;

  @Override
  public String aggregateId() {
    return unitId;
  }
}
