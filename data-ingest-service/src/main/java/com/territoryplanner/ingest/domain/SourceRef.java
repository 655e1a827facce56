package com.territoryplanner.ingest.domain;

import java.util.regex.Pattern;

/** A record in one source system: the source's name and the id that source gave the record. */
public record SourceRef(String source, String externalId) {

  /** A source system's name, as in URLs: crm, salesforce, hubspot, erp ... */
  public static final String SOURCE_NAME = "[a-z][a-z0-9-]{1,39}";

  private static final Pattern WRITTEN = Pattern.compile("(" + SOURCE_NAME + "):(.{1,64})");

  /** {@code erp:C-1001}, or null when the text is not of that form. */
  public static SourceRef parse(String text) {
    var matcher = WRITTEN.matcher(text.trim());
    return matcher.matches() ? new SourceRef(matcher.group(1), matcher.group(2).trim()) : null;
  }

  @Override
  public String toString() {
    return source + ":" + externalId;
  }
}
