package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One hexagon of a heat map: its accounts, how many of them are customers, their potential (the
 * white space) per currency, the competitor locations in it, and its lead flow: the leads created
 * there in the window asked for.
 */
public record HeatCell(
    long cell,
    long accounts,
    long customers,
    Map<String, BigDecimal> potential,
    long competitors,
    long leads) {}
