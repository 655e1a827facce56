package com.territoryplanner.balancing.engine;

/**
 * The most that may change territory against the plan in force, in the change limit's measure
 * (units, accounts or potential) summed over the units that move.
 */
public record ChangeAllowance(long maxChange) {}
