package com.territoryplanner.ingest.domain;

import java.util.Set;

/**
 * A source record not yet linked, with the golden accounts that could be the same company: the one
 * its same_as reference is linked to, and those sharing its web domain or its name key. Golden
 * accounts that already hold a record of the same source are not candidates: a source's own records
 * are distinct companies by that source's own decision (subsidiaries share a domain).
 */
public record MatchCandidates(
    String externalId,
    String sameAs,
    String sameAsGolden,
    String webDomain,
    Set<String> domainGoldens,
    String nameKey,
    Set<String> nameGoldens) {}
