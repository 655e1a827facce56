package com.territoryplanner.balancing.domain;

import java.time.LocalDate;

/** When the activated plan takes effect (default today). */
public record ActivateRequest(LocalDate effectiveFrom) {}
