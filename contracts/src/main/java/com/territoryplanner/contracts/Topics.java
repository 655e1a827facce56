package com.territoryplanner.contracts;

/** Topic names, one per event family. A breaking change is a new {@code .v2} topic. */
public final class Topics {
  public static final String ACCOUNTS = "accounts.v1";
  public static final String OPPORTUNITIES = "opportunities.v1";
  public static final String LEADS = "leads.v1";
  public static final String REVENUE = "revenue.v1";
  public static final String ACTIVITIES = "activities.v1";
  public static final String SPEND = "spend.v1";
  public static final String MARKET = "market.v1";
  public static final String GEOGRAPHY = "geography.v1";
  public static final String USERS = "users.v1";
  public static final String SEGMENTS = "segments.v1";
  public static final String ASSIGNMENTS = "assignments.v1";
  public static final String KPI_ROLLUPS = "kpi-rollups.v1";
  public static final String PLAN_REVIEW = "plan-review.v1";

  private Topics() {}
}
