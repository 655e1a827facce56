package com.territoryplanner.ingest.domain;

/**
 * What a pushed record did to the stored record, and the golden account it belongs to (null after a
 * push that stored nothing new for a record never seen).
 */
public record PushOutcome(
    String accountId, String source, UpsertOutcome outcome, String goldenAccountId) {}
