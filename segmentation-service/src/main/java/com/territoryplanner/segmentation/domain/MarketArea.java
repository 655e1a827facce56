package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The market of one postal code, country or sector: its companies and their total addressable
 * market per currency (never added across currencies). A place also has its competitor locations,
 * their saturation ({@code competitorsPerThousandCompanies = competitors × 1000 / companies}, null
 * without companies) and its growth: the latest value of the potential model's growth indicator for
 * it, a postal code without one of its own taking its country's. A sector has none of the three
 * (null).
 */
public record MarketArea(
    String key,
    long companies,
    Map<String, BigDecimal> addressableMarket,
    Long competitors,
    Double competitorsPerThousandCompanies,
    RegionalGrowth growth) {

  /** The market of a sector, which has no place. */
  public static MarketArea ofSector(
      String sector, long companies, Map<String, BigDecimal> addressableMarket) {
    return new MarketArea(sector, companies, addressableMarket, null, null, null);
  }

  /** The market of a place, with its competitors and the growth of its most specific region. */
  public static MarketArea ofPlace(
      String key,
      long companies,
      Map<String, BigDecimal> addressableMarket,
      long competitors,
      RegionalGrowth growth) {
    return new MarketArea(
        key,
        companies,
        addressableMarket,
        competitors,
        companies == 0 ? null : competitors * 1000.0 / companies,
        growth);
  }

  /** How counts are grouped into areas, and the regions (most specific first) of each area. */
  public enum Grouping {
    POSTAL_CODE,
    COUNTRY,
    SECTOR;

    /** The area a count belongs to: {@code US:10001}, {@code US} or the NAICS sector. */
    public String keyOf(FirmographicCount count) {
      return switch (this) {
        case POSTAL_CODE -> count.country() + ":" + count.postalCode();
        case COUNTRY -> count.country();
        case SECTOR -> count.sector();
      };
    }

    /** The regions of the count's area, most specific first; none for a sector. */
    public List<String> regionsOf(FirmographicCount count) {
      return switch (this) {
        case POSTAL_CODE -> RegionalGrowth.regionsOf(count.country(), count.postalCode());
        case COUNTRY -> RegionalGrowth.regionsOf(count.country(), null);
        case SECTOR -> List.of();
      };
    }
  }
}
