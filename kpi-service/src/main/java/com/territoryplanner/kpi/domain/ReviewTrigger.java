package com.territoryplanner.kpi.domain;

/** Business events that call a plan into question. */
public enum ReviewTrigger {
  PRODUCT_LAUNCH,
  STRATEGY_CHANGE,
  MERGER,
  REORGANISATION,
  OTHER
}
