package com.territoryplanner.kpi.domain;

/**
 * Leads created in one period and group, and how many of them converted (by now).
 *
 * @param created leads created in the period
 * @param converted of those, the ones converted since
 */
public record LeadTotals(long created, long converted) {

  public LeadTotals plus(LeadTotals other) {
    return new LeadTotals(created + other.created, converted + other.converted);
  }

  /**
   * @param conversionRate converted / created; absent without leads
   */
  public record Kpis(long created, long converted, Double conversionRate) {}

  public Kpis kpis() {
    return new Kpis(created, converted, created == 0 ? null : (double) converted / created);
  }
}
