package com.territoryplanner.ingest.domain;

/**
 * A CRM user (a rep, a manager), validated: who owns accounts, opportunities and activities in that
 * CRM ({@code owner_id} elsewhere), with a home base where the export gives one.
 */
public record UserRecord(
    String id,
    String name,
    String email,
    String role,
    String managerId,
    boolean active,
    String postalCode,
    String country,
    Double latitude,
    Double longitude) {}
