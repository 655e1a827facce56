package com.territoryplanner.segmentation.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The market of one postal code or one sector: its companies and their total addressable market per
 * currency (never added across currencies).
 */
public record MarketArea(String key, long companies, Map<String, BigDecimal> addressableMarket) {}
