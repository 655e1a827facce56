package com.territoryplanner.ingest.domain;

import java.time.Instant;

/** One source's record of a golden account, with the link that put it there. */
public record LinkedRecord(
    String goldenId,
    String source,
    LinkRule rule,
    String evidence,
    boolean manual,
    Instant linkedAt,
    AccountRecord record) {}
