package com.territoryplanner.balancing.engine.route;

/**
 * What visiting an account is worth, in points, as the sum of three parts a planner can read:
 *
 * <ul>
 *   <li>potential: {@code potentialWeight × 100 × potential / the highest potential among the
 *       candidates};
 *   <li>recency: {@code recencyWeight × 100 × min(days since the last visit, revisitDays) /
 *       revisitDays}; an account never visited counts as due in full;
 *   <li>open opportunities: {@code opportunityWeight × 100 × min(open opportunities, 3) / 3}.
 * </ul>
 */
public record VisitValue(
    double potentialWeight, double recencyWeight, double opportunityWeight, int revisitDays) {

  /** Open opportunities beyond this many add nothing more. */
  public static final int OPPORTUNITY_CAP = 3;

  public VisitValue {
    if (potentialWeight < 0 || recencyWeight < 0 || opportunityWeight < 0 || revisitDays < 1) {
      throw new IllegalArgumentException("Weights must not be negative, revisitDays at least 1");
    }
  }

  /** The parts and their sum for one account. */
  public record Parts(double potential, double recency, double openOpportunities) {
    public long total() {
      return Math.round(potential + recency + openOpportunities);
    }
  }

  /**
   * @param daysSinceVisit null when the account was never visited
   */
  public Parts of(
      double potential, double highestPotential, Integer daysSinceVisit, int openOpportunities) {
    double potentialShare = highestPotential > 0 ? Math.max(0, potential) / highestPotential : 0;
    double due =
        daysSinceVisit == null
            ? 1
            : Math.min(Math.max(0, daysSinceVisit), revisitDays) / (double) revisitDays;
    double opportunities = Math.min(Math.max(0, openOpportunities), OPPORTUNITY_CAP);
    return new Parts(
        potentialWeight * 100 * potentialShare,
        recencyWeight * 100 * due,
        opportunityWeight * 100 * opportunities / OPPORTUNITY_CAP);
  }
}
