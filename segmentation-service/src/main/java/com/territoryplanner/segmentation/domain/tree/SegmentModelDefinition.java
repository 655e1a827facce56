package com.territoryplanner.segmentation.domain.tree;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * A segmentation model as a planner writes it (the API's body and what is stored per version).
 * {@link SegmentModelReader} checks it and builds the {@link SegmentModel}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SegmentModelDefinition(
    String description, List<SizeBandDefinition> sizeBands, NodeDefinition root) {

  /** A size tier entered at a headcount or an annual revenue; the first band has neither. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SizeBandDefinition(
      String name, Integer minEmployees, BigDecimal minAnnualRevenue) {}

  /**
   * A segment: its name, its criteria (all must hold; none for an "all others" branch) and its
   * children, tried in order.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NodeDefinition(
      String name,
      List<String> countries,
      List<String> postalCodes,
      JsonNode area,
      HubDefinition hub,
      List<String> naics,
      List<String> sic,
      List<String> sizeTiers,
      ProductLinesDefinition productLines,
      PotentialDefinition potential,
      List<NodeDefinition> children) {}

  /** A radius around a place. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record HubDefinition(String place, Double latitude, Double longitude, Double radiusKm) {}

  /** Bought at least one of {@code owns}, or none of {@code lacks}: one of the two. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ProductLinesDefinition(List<String> owns, List<String> lacks) {}

  /** At least min, below max; either may be left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PotentialDefinition(BigDecimal min, BigDecimal max) {}
}
