package com.territoryplanner.ingest.domain;

/** Market data: one location of a competitor, placed by coordinates or by postal code. */
public record CompetitorLocation(
    String id,
    String competitor,
    String name,
    String postalCode,
    String country,
    Double latitude,
    Double longitude) {}
