package com.territoryplanner.kpi.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * What a row of figures is about: a territory, a rep, a segment, a lead source, or everything (all
 * null). Only the dimension grouped by is set; a null territory or rep is "not credited to anyone
 * yet".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KpiGroup(
    UUID territoryId, String territoryName, UUID repId, String segment, String leadSource) {

  public static final KpiGroup EVERYTHING = new KpiGroup(null, null, null, null, null);

  public KpiGroup named(String name) {
    return new KpiGroup(territoryId, name, repId, segment, leadSource);
  }
}
