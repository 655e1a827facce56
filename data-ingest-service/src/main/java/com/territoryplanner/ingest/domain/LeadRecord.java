package com.territoryplanner.ingest.domain;

import java.time.LocalDate;

/** A lead as a CRM or marketing export describes it, validated. */
public record LeadRecord(
    String id,
    String company,
    String leadSource,
    String status,
    boolean converted,
    String convertedAccountId,
    LocalDate createdDate,
    LocalDate convertedDate,
    String postalCode,
    String country,
    String ownerId) {}
