package com.territoryplanner.segmentation.domain.tree;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One segment after an evaluation: the accounts whose segment it is (not those of its children),
 * the customers among them and their potential per currency; the market cells whose average company
 * falls in it, with their companies and total addressable market per currency. Amounts in different
 * currencies are never added together.
 */
public record SegmentTotals(
    String segment,
    long accounts,
    long customers,
    Map<String, BigDecimal> potential,
    long companies,
    Map<String, BigDecimal> addressableMarket) {}
