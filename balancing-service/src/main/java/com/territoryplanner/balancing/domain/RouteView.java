package com.territoryplanner.balancing.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A rep's visits, day by day, with the drive before each and the estimated windshield time.
 * Distances are straight lines stretched by the road factor, driven at the given speed: estimates,
 * not a road network's figures.
 *
 * @param candidates the accounts the route chose from (the most valuable located ones)
 * @param accountsInTerritory all accounts of the rep's territory in the plan
 * @param unlocated accounts of the territory without coordinates, which no route can reach
 * @param feasible whether every day ends at home in time and every visit starts in its window
 * @param leftOut the most valuable candidates not visited (at most 20)
 */
public record RouteView(
    UUID repId,
    UUID planId,
    UUID territoryId,
    List<Day> days,
    int visits,
    double windshieldMinutes,
    double driveKm,
    long valueVisited,
    long valueLeftOut,
    int candidates,
    int accountsInTerritory,
    int unlocated,
    boolean feasible,
    String score,
    List<Candidate> leftOut) {

  /** One working day: when the rep leaves and gets home, and the visits in order. */
  public record Day(
      LocalDate date,
      LocalDateTime leaveHome,
      LocalDateTime backHome,
      double driveMinutes,
      double driveKm,
      int visitMinutes,
      List<Stop> stops) {}

  /** One visit: the drive there, when it starts and ends, and why it was chosen. */
  public record Stop(
      Candidate account,
      LocalDateTime arrive,
      LocalDateTime start,
      LocalDateTime end,
      double driveMinutes,
      double driveKm) {}

  /**
   * An account worth visiting and why: its value and the parts it is made of (see the route
   * request's weights).
   *
   * @param daysSinceVisit null when never visited
   */
  public record Candidate(
      String accountId,
      String name,
      double potential,
      Integer daysSinceVisit,
      int openOpportunities,
      long value,
      double potentialPart,
      double recencyPart,
      double opportunityPart) {}
}
