package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.util.Map;

/** One hexagon of a heat map: its accounts and their potential per currency. */
public record HeatCell(long cell, long accounts, Map<String, BigDecimal> potential) {}
