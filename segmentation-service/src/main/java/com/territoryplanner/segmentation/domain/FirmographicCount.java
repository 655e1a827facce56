package com.territoryplanner.segmentation.domain;

import com.territoryplanner.segmentation.domain.tree.SegmentedAccount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * How many companies of an industry a postal code holds, with their employees and revenue where the
 * market-data provider gives them, and the postal code's centroid where ingest knows it.
 */
public record FirmographicCount(
    String country,
    String postalCode,
    String naics,
    int companies,
    Long employees,
    BigDecimal revenue,
    String currency,
    Double latitude,
    Double longitude) {

  /** The average company of the cell: employees / companies and revenue / companies. */
  public AccountProfile averageCompany() {
    return new AccountProfile(
        naics,
        employees == null || companies == 0 ? null : (int) (employees / companies),
        revenue == null || companies == 0
            ? null
            : revenue.divide(BigDecimal.valueOf(companies), 4, RoundingMode.HALF_UP),
        currency);
  }

  /**
   * The total addressable market of these companies: {@code companies × potential of the average
   * company} ({@link #asSegmented}).
   */
  public BigDecimal addressableMarket(PotentialModel model) {
    return addressableMarket(asSegmented(model));
  }

  /** The total addressable market, given the average company {@link #asSegmented} made. */
  public BigDecimal addressableMarket(SegmentedAccount averageCompany) {
    return averageCompany.potential().multiply(BigDecimal.valueOf(companies));
  }

  /**
   * The average company as segment criteria see it: its country, postal code, industry, size and
   * potential, at the postal code's centroid where ingest knew it; it has no product lines. Its
   * potential is assessed as a prospect's, with no competitor saturation and no regional growth
   * (the market's own numbers).
   */
  public SegmentedAccount asSegmented(PotentialModel model) {
    AccountProfile company = averageCompany();
    return new SegmentedAccount(
        null,
        country,
        postalCode,
        latitude,
        longitude,
        naics,
        null,
        company.employees(),
        company.annualRevenue(),
        model.assess(company, BigDecimal.ZERO, null, null).potential(),
        Set.of());
  }

  /** The NAICS 2-digit sector. */
  public String sector() {
    return naics.substring(0, 2);
  }
}
