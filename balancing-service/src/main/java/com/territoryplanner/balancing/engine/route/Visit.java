package com.territoryplanner.balancing.engine.route;

/**
 * An account a rep may visit: where it is, how long a visit takes, when a visit may start (minutes
 * after midnight, local time) and what the visit is worth in points.
 */
public record Visit(
    String accountId,
    double latitude,
    double longitude,
    int minutes,
    int earliestStart,
    int latestStart,
    long value) {

  public Visit {
    if (minutes <= 0 || earliestStart > latestStart || value < 0) {
      throw new IllegalArgumentException("Invalid visit of " + accountId);
    }
  }
}
