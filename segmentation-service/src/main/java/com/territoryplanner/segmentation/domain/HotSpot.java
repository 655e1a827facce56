package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cluster of adjacent hexagons dense enough in potential to justify dedicated reps: its cells,
 * their accounts, customers and competitors, their potential in the currency asked for, how many
 * reps of the given capacity it would keep busy (whole reps, rounded down), and its
 * potential-weighted centre ([lon, lat]).
 */
public record HotSpot(
    List<Long> cells,
    long accounts,
    long customers,
    long competitors,
    BigDecimal potential,
    int reps,
    double[] centre) {}
