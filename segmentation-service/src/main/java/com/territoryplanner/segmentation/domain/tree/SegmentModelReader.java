package com.territoryplanner.segmentation.domain.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.territoryplanner.platform.geo.AreaGeometry;
import com.territoryplanner.platform.problem.Violation;
import com.territoryplanner.segmentation.domain.tree.SegmentModelDefinition.HubDefinition;
import com.territoryplanner.segmentation.domain.tree.SegmentModelDefinition.NodeDefinition;
import com.territoryplanner.segmentation.domain.tree.SegmentModelDefinition.PotentialDefinition;
import com.territoryplanner.segmentation.domain.tree.SegmentModelDefinition.ProductLinesDefinition;
import com.territoryplanner.segmentation.domain.tree.SegmentModelDefinition.SizeBandDefinition;
import com.territoryplanner.segmentation.domain.tree.SizeBands.SizeBand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a {@link SegmentModelDefinition} and builds its {@link SegmentModel}, or reports every
 * problem at once, each with the path of the field ({@code root.children[1].hub.radiusKm}).
 */
public final class SegmentModelReader {

  /** Bounds that keep one model's evaluation cheap and its explanations readable. */
  static final int MAX_NODES = 10_000;

  static final int MAX_DEPTH = 16;

  private static final Pattern INDUSTRY_PREFIX = Pattern.compile("[0-9]{1,6}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private final List<Violation> problems = new ArrayList<>();
  private int nodes;

  private SegmentModelReader() {}

  /** Thrown with every problem of a definition. */
  public static final class InvalidSegmentModel extends IllegalArgumentException {
    private final transient List<Violation> problems;

    InvalidSegmentModel(List<Violation> problems) {
      super(problems.size() + " problems in the segment model");
      this.problems = List.copyOf(problems);
    }

    public List<Violation> problems() {
      return problems;
    }
  }

  public static SegmentModel read(String name, int version, SegmentModelDefinition definition) {
    SegmentModelReader reader = new SegmentModelReader();
    SegmentModel model = reader.model(name, version, definition);
    if (!reader.problems.isEmpty()) {
      throw new InvalidSegmentModel(reader.problems);
    }
    return model;
  }

  private SegmentModel model(String name, int version, SegmentModelDefinition definition) {
    if (definition == null) {
      problem("", "a segment model needs a body with its root");
      return null;
    }
    SizeBands bands = sizeBands(definition.sizeBands());
    if (definition.root() == null) {
      problem("root", "is required: the node that holds the whole market");
      return null;
    }
    SegmentNode root = node("root", definition.root(), null, bands, 1);
    if (!root.criteria().isEmpty()) {
      problem("root", "holds the whole market and takes no criteria; put them on its children");
    }
    return new SegmentModel(name, version, bands, root);
  }

  private SizeBands sizeBands(List<SizeBandDefinition> definitions) {
    if (definitions == null) {
      return SizeBands.STANDARD;
    }
    if (definitions.isEmpty()) {
      problem(
          "sizeBands",
          "must list at least one band, or be left out for SMB, MID_MARKET, ENTERPRISE");
      return SizeBands.STANDARD;
    }
    List<SizeBand> bands = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < definitions.size(); i++) {
      SizeBandDefinition band = definitions.get(i);
      String field = "sizeBands[" + i + "]";
      if (band == null || band.name() == null || band.name().isBlank()) {
        problem(field + ".name", "is required");
        continue;
      }
      if (!names.add(band.name())) {
        problem(field + ".name", "repeats the band '" + band.name() + "'");
      }
      boolean threshold = band.minEmployees() != null || band.minAnnualRevenue() != null;
      if (i == 0 && threshold) {
        problem(
            field, "the first band holds every account that reaches no other; it has no minimum");
      } else if (i > 0 && !threshold) {
        problem(field, "needs minEmployees or minAnnualRevenue");
      }
      if ((band.minEmployees() != null && band.minEmployees() < 0)
          || (band.minAnnualRevenue() != null && band.minAnnualRevenue().signum() < 0)) {
        problem(field, "minimums cannot be negative");
      }
      bands.add(new SizeBand(band.name(), band.minEmployees(), band.minAnnualRevenue()));
    }
    return bands.isEmpty() ? SizeBands.STANDARD : new SizeBands(bands);
  }

  private SegmentNode node(
      String field, NodeDefinition definition, String parentPath, SizeBands bands, int depth) {
    nodes++;
    if (nodes == MAX_NODES + 1) {
      problem(field, "a model has at most " + MAX_NODES + " nodes");
    }
    if (depth > MAX_DEPTH) {
      problem(field, "a model is at most " + MAX_DEPTH + " levels deep");
      return new SegmentNode("?", "?", List.of(), List.of());
    }
    String name = definition.name();
    if (name == null || name.isBlank()) {
      problem(field + ".name", "is required");
    } else if (name.contains("/")) {
      problem(
          field + ".name", "cannot contain '/', which separates the levels of a segment's path");
    }
    String path = parentPath == null ? name : parentPath + SegmentModel.SEPARATOR + name;
    List<SegmentNode> children = new ArrayList<>();
    List<NodeDefinition> childDefinitions =
        definition.children() == null ? List.of() : definition.children();
    Set<String> siblings = new HashSet<>();
    for (int i = 0; i < childDefinitions.size(); i++) {
      String childField = field + ".children[" + i + "]";
      NodeDefinition child = childDefinitions.get(i);
      if (child == null) {
        problem(childField, "is empty");
        continue;
      }
      if (child.name() != null && !siblings.add(child.name())) {
        problem(childField + ".name", "repeats the sibling '" + child.name() + "'");
      }
      children.add(node(childField, child, path, bands, depth + 1));
    }
    return new SegmentNode(name, path, criteria(field, definition, bands), children);
  }

  private List<Criterion> criteria(String field, NodeDefinition node, SizeBands bands) {
    List<Criterion> criteria = new ArrayList<>();
    if (node.countries() != null) {
      List<String> codes = texts(field + ".countries", node.countries());
      codes.stream()
          .filter(code -> !COUNTRY.matcher(code.toUpperCase(Locale.ROOT)).matches())
          .forEach(
              code ->
                  problem(field + ".countries", "'" + code + "' is not an ISO 3166 alpha-2 code"));
      criteria.add(
          new Countries(
              Set.copyOf(codes.stream().map(code -> code.toUpperCase(Locale.ROOT)).toList())));
    }
    if (node.postalCodes() != null) {
      criteria.add(PostalCodes.of(texts(field + ".postalCodes", node.postalCodes())));
    }
    if (node.area() != null && !node.area().isNull()) {
      area(field + ".area", node.area(), criteria);
    }
    if (node.hub() != null) {
      hub(field + ".hub", node.hub(), criteria);
    }
    if (node.naics() != null) {
      criteria.add(industry(field + ".naics", IndustryCodes.Scheme.NAICS, node.naics()));
    }
    if (node.sic() != null) {
      criteria.add(industry(field + ".sic", IndustryCodes.Scheme.SIC, node.sic()));
    }
    if (node.sizeTiers() != null) {
      List<String> tiers = texts(field + ".sizeTiers", node.sizeTiers());
      tiers.stream()
          .filter(tier -> !bands.contains(tier))
          .forEach(
              tier ->
                  problem(
                      field + ".sizeTiers",
                      "'" + tier + "' is not one of the model's size bands " + names(bands)));
      criteria.add(new SizeTiers(bands, Set.copyOf(tiers)));
    }
    if (node.productLines() != null) {
      productLines(field + ".productLines", node.productLines(), criteria);
    }
    if (node.potential() != null) {
      potential(field + ".potential", node.potential(), criteria);
    }
    return criteria;
  }

  private void area(String field, JsonNode area, List<Criterion> criteria) {
    try {
      criteria.add(new Area(AreaGeometry.read(area.isTextual() ? area.asText() : area.toString())));
    } catch (IllegalArgumentException e) {
      problem(field, e.getMessage());
    }
  }

  private void hub(String field, HubDefinition hub, List<Criterion> criteria) {
    boolean valid = true;
    if (hub.latitude() == null || Math.abs(hub.latitude()) > 90) {
      valid = problem(field + ".latitude", "is required, from -90 to 90");
    }
    if (hub.longitude() == null || Math.abs(hub.longitude()) > 180) {
      valid = problem(field + ".longitude", "is required, from -180 to 180");
    }
    if (hub.radiusKm() == null || !(hub.radiusKm() > 0) || hub.radiusKm() > 20_000) {
      valid = problem(field + ".radiusKm", "is required, more than 0 and at most 20000");
    }
    if (valid) {
      criteria.add(new Hub(hub.place(), hub.latitude(), hub.longitude(), hub.radiusKm()));
    }
  }

  private IndustryCodes industry(String field, IndustryCodes.Scheme scheme, List<String> values) {
    List<String> prefixes = texts(field, values);
    prefixes.stream()
        .filter(prefix -> !INDUSTRY_PREFIX.matcher(prefix).matches())
        .forEach(
            prefix -> problem(field, "'" + prefix + "' is not a code prefix of 1 to 6 digits"));
    return new IndustryCodes(scheme, prefixes);
  }

  private void productLines(String field, ProductLinesDefinition lines, List<Criterion> criteria) {
    if ((lines.owns() == null) == (lines.lacks() == null)) {
      problem(field, "needs exactly one of 'owns' and 'lacks'");
      return;
    }
    boolean owns = lines.owns() != null;
    List<String> names =
        texts(field + (owns ? ".owns" : ".lacks"), owns ? lines.owns() : lines.lacks());
    criteria.add(new ProductLines(Set.copyOf(names), owns));
  }

  private void potential(String field, PotentialDefinition band, List<Criterion> criteria) {
    if (band.min() == null && band.max() == null) {
      problem(field, "needs min, max or both");
    } else if (band.min() != null && band.max() != null && band.min().compareTo(band.max()) >= 0) {
      problem(field, "min must be below max");
    } else {
      criteria.add(new PotentialBand(band.min(), band.max()));
    }
  }

  /** The list's entries, each required to be text; reports an empty list or blank entries. */
  private List<String> texts(String field, List<String> values) {
    if (values.isEmpty()) {
      problem(field, "must not be empty; leave it out to not filter on it");
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || value.isBlank()) {
        problem(field + "[" + i + "]", "must not be blank");
      } else {
        texts.add(value.trim());
      }
    }
    return texts;
  }

  private static List<String> names(SizeBands bands) {
    return bands.bands().stream().map(SizeBand::name).toList();
  }

  /** Records a problem; answers false so a check can note that its value is unusable. */
  private boolean problem(String field, String reason) {
    problems.add(Violation.field(field, reason));
    return false;
  }
}
