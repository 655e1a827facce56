package com.territoryplanner.balancing.domain;

import jakarta.validation.constraints.Size;

/** A scenario forked from a plan; without a name it is the plan's name with "(scenario)". */
public record ForkRequest(@Size(min = 1, max = 200) String name) {}
