package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;

/** What segmentation needs to know about an account; every field may be missing. */
public record AccountProfile(
    String naics, Integer employees, BigDecimal annualRevenue, String currency) {}
