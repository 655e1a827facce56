package com.territoryplanner.segmentation.domain.tree;

import com.territoryplanner.segmentation.domain.SizeTier;
import java.math.BigDecimal;
import java.util.List;

/**
 * A model's size tiers: bands ordered from the smallest, each entered at a headcount or an annual
 * revenue (whichever the account reaches first); the first band has no threshold and holds every
 * account that reaches no other, including accounts with neither figure.
 */
public record SizeBands(List<SizeBand> bands) {

  /** A band and the figures that enter it; a null threshold is never reached. */
  public record SizeBand(String name, Integer minEmployees, BigDecimal minAnnualRevenue) {

    boolean reachedBy(Integer employees, BigDecimal annualRevenue) {
      return (minEmployees != null && employees != null && employees >= minEmployees)
          || (minAnnualRevenue != null
              && annualRevenue != null
              && annualRevenue.compareTo(minAnnualRevenue) >= 0);
    }
  }

  /** The bands segmentation uses when a model names none: those of {@link SizeTier}. */
  public static final SizeBands STANDARD =
      new SizeBands(
          List.of(
              new SizeBand(SizeTier.SMB.name(), null, null),
              new SizeBand(
                  SizeTier.MID_MARKET.name(),
                  SizeTier.MID_MARKET_EMPLOYEES,
                  SizeTier.MID_MARKET_REVENUE),
              new SizeBand(
                  SizeTier.ENTERPRISE.name(),
                  SizeTier.ENTERPRISE_EMPLOYEES,
                  SizeTier.ENTERPRISE_REVENUE)));

  public SizeBands {
    bands = List.copyOf(bands);
  }

  /** The highest band the figures reach. */
  public String bandOf(Integer employees, BigDecimal annualRevenue) {
    for (int i = bands.size() - 1; i > 0; i--) {
      if (bands.get(i).reachedBy(employees, annualRevenue)) {
        return bands.get(i).name();
      }
    }
    return bands.get(0).name();
  }

  public boolean contains(String name) {
    return bands.stream().anyMatch(band -> band.name().equals(name));
  }
}
