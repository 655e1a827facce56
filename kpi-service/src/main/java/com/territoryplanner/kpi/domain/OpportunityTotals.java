package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;

/**
 * Sums over a set of opportunities in one currency, from which every opportunity KPI follows.
 *
 * @param bookings sum of won amounts
 * @param wonDeals won opportunities
 * @param lostDeals closed opportunities not won
 * @param pipeline sum of open amounts
 * @param openDeals open opportunities
 * @param cycleDays sum over won deals with a created date of days from created to closed
 * @param cycledDeals how many won deals {@code cycleDays} sums over
 */
public record OpportunityTotals(
    BigDecimal bookings,
    long wonDeals,
    long lostDeals,
    BigDecimal pipeline,
    long openDeals,
    long cycleDays,
    long cycledDeals) {

  public static final OpportunityTotals NONE =
      new OpportunityTotals(BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, 0, 0, 0);

  public OpportunityTotals plus(OpportunityTotals other) {
    return new OpportunityTotals(
        bookings.add(other.bookings),
        wonDeals + other.wonDeals,
        lostDeals + other.lostDeals,
        pipeline.add(other.pipeline),
        openDeals + other.openDeals,
        cycleDays + other.cycleDays,
        cycledDeals + other.cycledDeals);
  }
}
