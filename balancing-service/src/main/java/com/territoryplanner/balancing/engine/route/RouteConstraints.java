package com.territoryplanner.balancing.engine.route;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * What a good route is, in order of importance. Hard: every working day ends at home by the day's
 * end, and every visit starts within its window. Medium: the visits left out are worth as little as
 * possible, so the most valuable set that fits is made. Soft: the least driving (windshield time,
 * in seconds) among routes that make those visits.
 */
public class RouteConstraints implements ConstraintProvider {

  public static final String OVERTIME = "Home after the day's end";
  public static final String LATE_START = "Visit started after its window";
  public static final String VALUE_LEFT_OUT = "Value of the visits not made";
  public static final String WINDSHIELD_TIME = "Windshield time";

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      overtime(factory), lateStart(factory), valueLeftOut(factory), windshieldTime(factory)
    };
  }

  Constraint overtime(ConstraintFactory factory) {
    return factory
        .forEach(RouteDay.class)
        .filter(RouteDay::isScheduled)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD,
            day -> (long) Math.ceil(day.schedule().overtimeMinutes()))
        .asConstraint(OVERTIME);
  }

  Constraint lateStart(ConstraintFactory factory) {
    return factory
        .forEach(RouteDay.class)
        .filter(RouteDay::isScheduled)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD, day -> (long) Math.ceil(day.schedule().lateMinutes()))
        .asConstraint(LATE_START);
  }

  Constraint valueLeftOut(ConstraintFactory factory) {
    return factory
        .forEach(RouteDay.class)
        .filter(day -> !day.isScheduled())
        .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, RouteDay::value)
        .asConstraint(VALUE_LEFT_OUT);
  }

  Constraint windshieldTime(ConstraintFactory factory) {
    return factory
        .forEach(RouteDay.class)
        .filter(RouteDay::isScheduled)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_SOFT, day -> Math.round(day.schedule().driveMinutes() * 60))
        .asConstraint(WINDSHIELD_TIME);
  }
}
