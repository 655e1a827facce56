package com.territoryplanner.balancing.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Which of the rep's accounts to visit over {@code days} consecutive days from {@code start}, and
 * in which order. Defaults: the active plan, one day, 08:00 to 17:00, 45-minute visits, 50 km/h
 * with a road factor of 1.3, accounts due again 90 days after a visit, weights of 1, the 150 most
 * valuable accounts as candidates, 2 seconds of solving.
 */
public record RouteRequest(
    UUID planId,
    @NotNull LocalDate start,
    @Min(1) @Max(7) Integer days,
    LocalTime dayStart,
    LocalTime dayEnd,
    @Min(5) @Max(480) Integer visitMinutes,
    @DecimalMin("5") @DecimalMax("200") Double speedKmh,
    @DecimalMin("1") @DecimalMax("3") Double roadFactor,
    @Min(1) @Max(3650) Integer revisitDays,
    @DecimalMin("0") @DecimalMax("10") Double potentialWeight,
    @DecimalMin("0") @DecimalMax("10") Double recencyWeight,
    @DecimalMin("0") @DecimalMax("10") Double opportunityWeight,
    @Min(1) @Max(500) Integer maxCandidates,
    @Min(1) @Max(30) Integer seconds,
    @Valid @Size(max = 500) List<@NotNull @Valid AccountVisit> accounts) {

  /**
   * What is special about visiting one account: how long the visit takes, and the window its start
   * must fall in (each day); either may be left out.
   */
  public record AccountVisit(
      @NotNull String accountId, @Min(5) @Max(480) Integer minutes, LocalTime from, LocalTime to) {}

  public int daysOrDefault() {
    return days == null ? 1 : days;
  }

  public LocalTime dayStartOrDefault() {
    return dayStart == null ? LocalTime.of(8, 0) : dayStart;
  }

  public LocalTime dayEndOrDefault() {
    return dayEnd == null ? LocalTime.of(17, 0) : dayEnd;
  }

  public int visitMinutesOrDefault() {
    return visitMinutes == null ? 45 : visitMinutes;
  }

  public double speedKmhOrDefault() {
    return speedKmh == null ? 50 : speedKmh;
  }

  public double roadFactorOrDefault() {
    return roadFactor == null ? 1.3 : roadFactor;
  }

  public int revisitDaysOrDefault() {
    return revisitDays == null ? 90 : revisitDays;
  }

  public double potentialWeightOrDefault() {
    return potentialWeight == null ? 1 : potentialWeight;
  }

  public double recencyWeightOrDefault() {
    return recencyWeight == null ? 1 : recencyWeight;
  }

  public double opportunityWeightOrDefault() {
    return opportunityWeight == null ? 1 : opportunityWeight;
  }

  public int maxCandidatesOrDefault() {
    return maxCandidates == null ? 150 : maxCandidates;
  }

  public int secondsOrDefault() {
    return seconds == null ? 2 : seconds;
  }

  public List<AccountVisit> accountsOrEmpty() {
    return accounts == null ? List.of() : accounts;
  }
}
