package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an account's history says about it on a day ({@code asOf}), each figure by a documented
 * formula:
 *
 * <ul>
 *   <li>{@code revenue}, per currency (never added across currencies): the sum of revenue lines
 *       dated in the 12 and 24 months up to asOf, the same for their margin (lines without one left
 *       out), and the lifetime value of the 12-month margin ({@link LifetimeValue}).
 *   <li>{@code winRate}: won / closed opportunities closed up to asOf; null with none closed.
 *   <li>{@code averageSalesCycleDays}: the mean of close date − created date over won opportunities
 *       that have both.
 *   <li>{@code lossReasons}: lost opportunities (closed, not won) per loss reason ({@value
 *       WinLoss#NO_REASON} when none was given).
 *   <li>{@code openPipeline}: the amounts of open opportunities, per currency.
 *   <li>{@code products}: the product lines bought in the 24 months, the white space (the lines
 *       other customers bought in that time and this one did not), and penetration = bought / all
 *       lines bought by anyone.
 *   <li>{@code activities}: activities per type in the engagement window up to asOf.
 * </ul>
 */
public record AccountFeatures(
    String accountId,
    LocalDate asOf,
    List<RevenueFigures> revenue,
    long closedOpportunities,
    long wonOpportunities,
    Double winRate,
    Double averageSalesCycleDays,
    Map<String, Long> lossReasons,
    Map<String, BigDecimal> openPipeline,
    ProductPenetration products,
    int engagementDays,
    Map<String, Long> activities) {

  /** Revenue, margin and lifetime value in one currency. */
  public record RevenueFigures(
      String currency,
      BigDecimal trailing12Months,
      BigDecimal trailing24Months,
      BigDecimal margin12Months,
      BigDecimal margin24Months,
      BigDecimal lifetimeValue) {}

  /** The product lines an account bought, and those it did not that others did. */
  public record ProductPenetration(List<String> bought, List<String> whiteSpace, Double share) {

    public static ProductPenetration of(List<String> bought, List<String> catalogue) {
      List<String> whiteSpace = catalogue.stream().filter(line -> !bought.contains(line)).toList();
      return new ProductPenetration(
          bought,
          whiteSpace,
          catalogue.isEmpty() ? null : bought.size() / (double) catalogue.size());
    }
  }
}
