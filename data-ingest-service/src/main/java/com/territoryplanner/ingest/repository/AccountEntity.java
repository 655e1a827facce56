package com.territoryplanner.ingest.repository;

import com.territoryplanner.ingest.domain.AccountRecord;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An account as stored, read through Hibernate; imports write it in bulk (AccountRepository). */
@Entity
@Table(name = "account")
public class AccountEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(nullable = false)
  public String source;

  @Column(nullable = false)
  public String name;

  @Column(name = "postal_code")
  public String postalCode;

  public String country;
  public Double latitude;
  public Double longitude;
  public String naics;
  public Integer employees;

  @Column(name = "annual_revenue")
  public BigDecimal annualRevenue;

  public String currency;
  public String industry;
  public String sic;
  public String website;

  @Column(name = "owner_id")
  public String ownerId;

  @Column(name = "account_type")
  public String accountType;

  @Column(name = "location_source")
  public String locationSource;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public AccountRecord toRecord() {
    return new AccountRecord(
        id,
        name,
        postalCode,
        country,
        latitude,
        longitude,
        naics,
        employees,
        annualRevenue,
        currency,
        industry,
        sic,
        website,
        ownerId,
        accountType,
        locationSource);
  }
}
