package com.territoryplanner.kpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount into cents in proportion to weights so that the parts add up to the amount
 * exactly (largest remainder): a quota sheet whose territories do not sum to the target is a number
 * nobody can trust.
 */
public final class Apportionment {

  private static final int SCALE = 2;

  private Apportionment() {}

  /**
   * The parts of {@code total} by {@code weights} (non-negative, at least one positive), in cents;
   * ties in the remainder go to the earlier weight.
   */
  public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights) {
    BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (weightSum.signum() <= 0 || weights.stream().anyMatch(w -> w.signum() < 0)) {
      throw new IllegalArgumentException("weights must be non-negative with a positive sum");
    }
    BigDecimal cents = total.setScale(SCALE, RoundingMode.HALF_UP).movePointRight(SCALE);
    List<BigDecimal> floors = new ArrayList<>(weights.size());
    List<BigDecimal> remainders = new ArrayList<>(weights.size());
    BigDecimal left = cents;
    for (BigDecimal weight : weights) {
      BigDecimal exact = cents.multiply(weight).divide(weightSum, 12, RoundingMode.DOWN);
      BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
      floors.add(floor);
      remainders.add(exact.subtract(floor));
      left = left.subtract(floor);
    }
    int extra = left.intValueExact();
    IntStream.range(0, weights.size())
        .boxed()
        .sorted(Comparator.comparing(remainders::get, Comparator.reverseOrder()))
        .limit(extra)
        .forEach(i -> floors.set(i, floors.get(i).add(BigDecimal.ONE)));
    return floors.stream().map(c -> c.movePointLeft(SCALE).setScale(SCALE)).toList();
  }
}
