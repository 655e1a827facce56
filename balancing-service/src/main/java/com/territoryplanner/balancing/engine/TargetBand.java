package com.territoryplanner.balancing.engine;

/**
 * What one territory should carry of one metric: a target and the band around it that is
 * acceptable. A band with target 0 only bounds, it does not balance.
 */
public record TargetBand(long target, long min, long max) {

  /** No target, no bounds: the metric is not balanced. */
  public static final TargetBand NONE = new TargetBand(0, 0, Long.MAX_VALUE);

  public TargetBand {
    if (min > max) {
      throw new IllegalArgumentException("a band's minimum must not exceed its maximum");
    }
  }

  /** The target's share of {@code total}, widened by {@code tolerance} both ways. */
  public static TargetBand around(double target, double tolerance) {
    return new TargetBand(
        Math.round(target),
        (long) Math.floor(target * (1 - tolerance)),
        (long) Math.ceil(target * (1 + tolerance)));
  }

  /**
   * This band cut to [{@code min}, {@code max}].
   *
   * @throws IllegalArgumentException when the two do not overlap
   */
  public TargetBand within(long min, long max) {
    if (min > this.max || max < this.min) {
      throw new IllegalArgumentException(
          String.format(
              "the band %d..%d around the target %d and the limits %d..%d do not overlap",
              this.min, this.max, target, min, max));
    }
    return new TargetBand(target, Math.max(this.min, min), Math.min(this.max, max));
  }

  /** How far {@code value} lies outside the band; 0 inside it. */
  public long distanceOutside(long value) {
    if (value < min) {
      return min - value;
    }
    return value > max ? value - max : 0;
  }

  /** Relative deviation from the target: 0.1 means 10 % above, -0.1 10 % below; 0 without one. */
  public double relativeDeviation(long value) {
    return target == 0 ? 0 : (value - target) / (double) target;
  }
}
