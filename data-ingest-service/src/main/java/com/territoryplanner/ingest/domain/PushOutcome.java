package com.territoryplanner.ingest.domain;

/** What a pushed record did to the stored account. */
public record PushOutcome(String accountId, String source, UpsertOutcome outcome) {}
