package com.territoryplanner.segmentation.repository;

import com.territoryplanner.segmentation.domain.AccountProfile;
import com.territoryplanner.segmentation.domain.AccountSegment;
import com.territoryplanner.segmentation.domain.AccountSegmentChange;
import com.territoryplanner.segmentation.domain.HexGrid;
import com.territoryplanner.segmentation.domain.PotentialParts;
import com.territoryplanner.segmentation.domain.Segmentation;
import com.territoryplanner.segmentation.domain.SizeTier;
import com.territoryplanner.segmentation.domain.tree.SegmentedAccount;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

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

  @Column(name = "competitors_nearby")
  public Integer competitorsNearby;

  @Column(nullable = false)
  public BigDecimal saturation;

  @Column(name = "growth_region")
  public String growthRegion;

  @Column(name = "growth_period")
  public String growthPeriod;

  @Column(name = "growth_rate")
  public BigDecimal growthRate;

  @Column(nullable = false)
  public BigDecimal growth;

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

  public String country;

  @Column(name = "postal_code")
  public String postalCode;

  public String naics;

  public String sic;

  /** The account's path in the active segmentation model, null while none is active. */
  public String segment;

  /** The active model that gave the segment, name@version. */
  @Column(name = "segment_model")
  public String segmentModel;

  @Column(name = "annual_revenue")
  public BigDecimal annualRevenue;

  /** When the account event this row reflects happened; older events are ignored. */
  @Column(name = "source_at", nullable = false)
  public Instant sourceAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /**
   * The next accounts of a region (a country, or country:postal code) after a key, in key order.
   */
  public static List<AccountSegmentEntity> inRegion(String region, String after, int limit) {
    int colon = region.indexOf(':');
    return colon < 0
        ? find("country = ?1 and accountId > ?2 order by accountId", region, after)
            .page(0, limit)
            .list()
        : find(
                "country = ?1 and postalCode = ?2 and accountId > ?3 order by accountId",
                region.substring(0, colon),
                region.substring(colon + 1),
                after)
            .page(0, limit)
            .list();
  }

  /** The accounts whose H3 resolution-6 cell is one of these. */
  public static List<AccountSegmentEntity> inCells(Collection<Long> cells) {
    return list("h3R6 in ?1", cells);
  }

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
    competitorsNearby = segmentation.parts().competitorsNearby();
    saturation = segmentation.parts().saturation();
    growthRegion = segmentation.parts().growthRegion();
    growthPeriod = segmentation.parts().growthPeriod();
    growthRate = segmentation.parts().growthRate();
    growth = segmentation.parts().growth();
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

  /** The account as segment criteria see it, with the product lines it bought. */
  public SegmentedAccount toSegmented(Set<String> productLines) {
    return new SegmentedAccount(
        accountId,
        country,
        postalCode,
        latitude,
        longitude,
        naics,
        sic,
        employees,
        annualRevenue,
        potential,
        productLines);
  }

  public AccountSegmentChange toChange() {
    return new AccountSegmentChange(
        accountId, potential, currency, sizeTier, modelVersion, segment, segmentModel, updatedAt);
  }

  public AccountSegment toView() {
    return new AccountSegment(
        accountId,
        potential,
        currency,
        sizeTier,
        modelVersion,
        new PotentialParts(
            basis,
            base,
            rate,
            sector,
            propensity,
            currentSpend,
            competitorsNearby,
            saturation,
            growthRegion,
            growthPeriod,
            growthRate,
            growth),
        segment,
        segmentModel,
        updatedAt);
  }
}
