package com.territoryplanner.balancing.engine;

/**
 * The most that may change territory against the plan in force, in the change limit's measure
 * (units, accounts or potential) summed over the units that move, and what each unit of change
 * beyond it costs on the hard score: more than moving any unit could gain on the balance bands (at
 * most its potential and its accounts on each of two territories), so that no gain in balance pays
 * for a change the limit forbids. (A move that only partly crosses the limit is charged for the
 * part beyond it.)
 */
public record ChangeAllowance(long maxChange, long penaltyPerExcess) {}
