package com.territoryplanner.testsupport;

import com.territoryplanner.contracts.AccountEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Account events as ingest publishes them, for the consumers' tests: an upsert set field by field
 * (from source {@code crm}, named after its id, in the US, in USD, unless told otherwise), or the
 * deletion of one.
 */
public final class TestAccounts {

  private TestAccounts() {}

  public static Builder upsert(String accountId) {
    return new Builder(accountId);
  }

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

  /** An {@code AccountUpserted} event under construction. */
  public static final class Builder {
    private final String accountId;
    private UUID eventId = UUID.randomUUID();
    private Instant occurredAt = Instant.now();
    private String name;
    private String postalCode;
    private String country = "US";
    private Double latitude;
    private Double longitude;
    private String naics;
    private Integer employees;
    private BigDecimal annualRevenue;
    private String currency = "USD";
    private String accountType;

    private Builder(String accountId) {
      this.accountId = accountId;
      this.name = "Account " + accountId;
    }

    /** The same event id as an earlier event: a redelivery. */
    public Builder eventId(UUID id) {
      eventId = id;
      return this;
    }

    public Builder occurredAt(Instant at) {
      occurredAt = at;
      return this;
    }

    public Builder name(String value) {
      name = value;
      return this;
    }

    public Builder postalCode(String value) {
      postalCode = value;
      return this;
    }

    public Builder country(String value) {
      country = value;
      return this;
    }

    /** Placed at these coordinates; nulls for an account without a location. */
    public Builder at(Double lat, Double lon) {
      latitude = lat;
      longitude = lon;
      return this;
    }

    public Builder naics(String value) {
      naics = value;
      return this;
    }

    public Builder employees(Integer value) {
      employees = value;
      return this;
    }

    public Builder annualRevenue(String value) {
      annualRevenue = value == null ? null : new BigDecimal(value);
      return this;
    }

    public Builder currency(String value) {
      currency = value;
      return this;
    }

    /** The CRM's account type, e.g. Customer or Prospect. */
    public Builder accountType(String value) {
      accountType = value;
      return this;
    }

    public AccountEvent build() {
      return new AccountEvent(
          eventId,
          AccountEvent.UPSERTED,
          occurredAt,
          AccountEvent.SCHEMA_VERSION,
          accountId,
          "crm",
          name,
          postalCode,
          country,
          latitude,
          longitude,
          naics,
          employees,
          annualRevenue,
          currency,
          null,
          null,
          null,
          null,
          accountType,
          null,
          null);
    }
  }
}
