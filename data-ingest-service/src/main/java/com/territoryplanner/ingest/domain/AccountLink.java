package com.territoryplanner.ingest.domain;

/** The golden account a source record belongs to, by which rule and on what evidence. */
public record AccountLink(String externalId, String goldenId, LinkRule rule, String evidence) {

  public boolean foundsGoldenAccount() {
    return rule == LinkRule.FIRST_RECORD;
  }
}
