package com.territoryplanner.segmentation.repository;

import com.territoryplanner.segmentation.domain.AccountProfile;
import com.territoryplanner.segmentation.domain.AccountSegment;
import com.territoryplanner.segmentation.domain.HexGrid;
import com.territoryplanner.segmentation.domain.PotentialParts;
import com.territoryplanner.segmentation.domain.Segmentation;
import com.territoryplanner.segmentation.domain.SizeTier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "account_segment")
public class AccountSegmentEntity extends PanacheEntityBase {

  @Id
  @Column(name = "account_id")
  public String accountId;

  @Column(nullable = false)
  public BigDecimal potential;

  @Column(nullable = false)
  public String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "size_tier", nullable = false)
  public SizeTier sizeTier;

  @Column(name = "model_version", nullable = false)
  public String modelVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PotentialParts.Basis basis;

  @Column(nullable = false)
  public BigDecimal base;

  @Column(nullable = false)
  public BigDecimal rate;

  public String sector;

  @Column(nullable = false)
  public BigDecimal propensity;

  @Column(name = "current_spend", nullable = false)
  public BigDecimal currentSpend;

  /** The CRM's account type, e.g. Customer or Prospect. */
  @Column(name = "account_type")
  public String accountType;

  public Double latitude;
  public Double longitude;

  @Column(name = "h3_r4")
  public Long h3R4;

  @Column(name = "h3_r6")
  public Long h3R6;

  @Column(name = "h3_r8")
  public Long h3R8;

  public Integer employees;

  @Column(name = "annual_revenue")
  public BigDecimal annualRevenue;

  /** When the account event this row reflects happened; older events are ignored. */
  @Column(name = "source_at", nullable = false)
  public Instant sourceAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public void apply(Segmentation segmentation) {
    potential = segmentation.potential();
    currency = segmentation.currency();
    sizeTier = segmentation.sizeTier();
    modelVersion = segmentation.modelVersion();
    basis = segmentation.parts().basis();
    base = segmentation.parts().base();
    rate = segmentation.parts().rate();
    sector = segmentation.parts().sector();
    propensity = segmentation.parts().propensity();
    currentSpend = segmentation.parts().currentSpend();
  }

  /** Places the account, with its heat-map cells; without coordinates it is on no map. */
  public void locate(Double lat, Double lon) {
    boolean placed = lat != null && lon != null;
    latitude = lat;
    longitude = lon;
    h3R4 = placed ? HexGrid.cell(lat, lon, 4) : null;
    h3R6 = placed ? HexGrid.cell(lat, lon, 6) : null;
    h3R8 = placed ? HexGrid.cell(lat, lon, 8) : null;
  }

  /** What the model needs to assess the account again. */
  public AccountProfile profile() {
    return new AccountProfile(sector, employees, annualRevenue, currency);
  }

  public AccountSegment toView() {
    return new AccountSegment(
        accountId,
        potential,
        currency,
        sizeTier,
        modelVersion,
        new PotentialParts(basis, base, rate, sector, propensity, currentSpend),
        updatedAt);
  }
}
