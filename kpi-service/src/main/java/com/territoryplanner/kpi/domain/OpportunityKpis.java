package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The opportunity KPIs of one group, period and currency. A figure whose denominator is zero is
 * null (unknown), never zero: no closed deal means no win rate, not a win rate of 0.
 *
 * @param bookings sum of won amounts
 * @param wonDeals won deals
 * @param lostDeals closed deals not won
 * @param winRate won / (won + lost)
 * @param averageDealSize bookings / won
 * @param averageCycleDays mean of (close date - created date) over won deals with a created date
 * @param pipeline sum of open amounts (by expected close date)
 * @param openDeals open deals
 * @param salesVelocityPerDay open deals x win rate x average deal size / average cycle days: the
 *     bookings the pipeline is expected to yield per day
 */
public record OpportunityKpis(
    BigDecimal bookings,
    long wonDeals,
    long lostDeals,
    Double winRate,
    BigDecimal averageDealSize,
    Double averageCycleDays,
    BigDecimal pipeline,
    long openDeals,
    BigDecimal salesVelocityPerDay) {

  private static final int SCALE = 2;

  public static OpportunityKpis of(OpportunityTotals totals) {
    long closed = totals.wonDeals() + totals.lostDeals();
    Double winRate = closed == 0 ? null : (double) totals.wonDeals() / closed;
    BigDecimal averageDeal =
        totals.wonDeals() == 0
            ? null
            : totals
                .bookings()
                .divide(BigDecimal.valueOf(totals.wonDeals()), SCALE, RoundingMode.HALF_UP);
    Double cycleDays =
        totals.cycledDeals() == 0 ? null : (double) totals.cycleDays() / totals.cycledDeals();
    BigDecimal velocity = null;
    if (winRate != null && averageDeal != null && cycleDays != null && cycleDays > 0) {
      // bookings / won x open x win rate / cycle days, unrounded until the end
      velocity =
          totals
              .bookings()
              .multiply(BigDecimal.valueOf(totals.openDeals() * winRate))
              .divide(
                  BigDecimal.valueOf(totals.wonDeals() * cycleDays), SCALE, RoundingMode.HALF_UP);
    }
    return new OpportunityKpis(
        totals.bookings(),
        totals.wonDeals(),
        totals.lostDeals(),
        winRate,
        averageDeal,
        cycleDays,
        totals.pipeline(),
        totals.openDeals(),
        velocity);
  }
}
