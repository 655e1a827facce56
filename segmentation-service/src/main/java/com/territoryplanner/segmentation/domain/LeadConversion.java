package com.territoryplanner.segmentation.domain;

/** Leads of one lead source and how many converted: rate = converted / leads. */
public record LeadConversion(String leadSource, long leads, long converted, double rate) {

  public static LeadConversion of(String leadSource, long leads, long converted) {
    return new LeadConversion(
        leadSource, leads, converted, leads == 0 ? 0 : converted / (double) leads);
  }
}
