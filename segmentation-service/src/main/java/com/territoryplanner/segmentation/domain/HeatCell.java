package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One hexagon of a heat map: its accounts, how many of them are customers, their potential (the
 * white space) per currency, and the competitor locations in it.
 */
public record HeatCell(
    long cell,
    long accounts,
    long customers,
    Map<String, BigDecimal> potential,
    long competitors) {}
