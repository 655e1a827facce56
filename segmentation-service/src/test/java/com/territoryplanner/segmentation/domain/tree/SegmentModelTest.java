package com.territoryplanner.segmentation.domain.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.territoryplanner.platform.problem.Violation;
import com.territoryplanner.segmentation.domain.tree.SegmentModel.Check;
import com.territoryplanner.segmentation.domain.tree.SegmentModel.Step;
import com.territoryplanner.segmentation.domain.tree.SegmentModelReader.InvalidSegmentModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentModelTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Hubs, then size tiers within the Boston hub, then high-potential accounts elsewhere. */
  private static final String HYBRID =
      """
      {"root": {"name": "All", "children": [
        {"name": "Boston", "hub": {"place": "Boston", "latitude": 42.3601, "longitude": -71.0589,
                                   "radiusKm": 80},
         "children": [
           {"name": "Enterprise", "sizeTiers": ["ENTERPRISE"]},
           {"name": "Software SMB", "naics": ["5112", "5415"], "sizeTiers": ["SMB"]}]},
        {"name": "Texas", "countries": ["US"], "postalCodes": ["75*", "76*", "77*", "78*", "79*"]},
        {"name": "Elsewhere", "children": [
           {"name": "High potential", "potential": {"min": 100000}}]}]}}
      """;

  private final SegmentModel model = model(HYBRID);

  @Test
  void anAccountEndsInTheDeepestSegmentItEntersTakingTheFirstMatchingChild() {
    assertThat(model.segmentOf(account(42.36, -71.06, "02110", "541511", 2000, "0")))
        .isEqualTo("All / Boston / Enterprise");
    assertThat(model.segmentOf(account(42.36, -71.06, "02110", "541511", 20, "0")))
        .isEqualTo("All / Boston / Software SMB");
    assertThat(model.segmentOf(account(32.78, -96.8, "75201", "541511", 2000, "0")))
        .as("Dallas is in the Texas postal codes and not within 80 km of Boston")
        .isEqualTo("All / Texas");
    assertThat(model.segmentOf(account(47.6, -122.3, "98101", "541511", 20, "250000")))
        .isEqualTo("All / Elsewhere / High potential");
  }

  @Test
  void anAccountThatEntersNoChildStaysInItsParentsSegment() {
    assertThat(model.segmentOf(account(42.36, -71.06, "02110", "2361", 20, "0")))
        .as("an SMB builder in Boston is neither Enterprise nor Software SMB")
        .isEqualTo("All / Boston");
    assertThat(model.segmentOf(account(47.6, -122.3, "98101", "541511", 20, "99999.99")))
        .isEqualTo("All / Elsewhere");
  }

  @Test
  void theSegmentsAreEveryPathParentsFirst() {
    assertThat(model.segments())
        .containsExactly(
            "All",
            "All / Boston",
            "All / Boston / Enterprise",
            "All / Boston / Software SMB",
            "All / Texas",
            "All / Elsewhere",
            "All / Elsewhere / High potential");
  }

  @Test
  void thePathOfAnAccountSaysWhatEachTestedNodeAskedWhatItSawAndWhy() {
    List<Step> path = model.explain(account(32.78, -96.8, "75201", "541511", 2000, "0"));

    assertThat(path)
        .extracting(Step::segment, Step::entered)
        .containsExactly(
            tuple("All", true), tuple("All / Boston", false), tuple("All / Texas", true));
    assertThat(path.get(1).checks())
        .containsExactly(
            new Check("within 80.0 km of Boston at 42.3601, -71.0589", "2493.1 km away", false));
    assertThat(path.get(2).checks())
        .extracting(Check::observed, Check::met)
        .containsExactly(tuple("country US", true), tuple("postal code 75201", true));
  }

  @Test
  void aModelNamesItsBandsAndOnlyThoseCanBeAskedFor() {
    SegmentModel tiered =
        model(
            """
            {"sizeBands": [{"name": "Small"}, {"name": "Large", "minEmployees": 250}],
             "root": {"name": "All", "children": [{"name": "Large", "sizeTiers": ["Large"]}]}}
            """);

    assertThat(tiered.segmentOf(account(0, 0, null, null, 250, null))).isEqualTo("All / Large");
    assertThat(tiered.segmentOf(account(0, 0, null, null, 249, null))).isEqualTo("All");
  }

  @Test
  void everyProblemOfADefinitionIsReportedAtOnceWithItsField() {
    assertThatThrownBy(
            () ->
                model(
                    """
                    {"sizeBands": [{"name": "Small", "minEmployees": 5}, {"name": "Big"}],
                     "root": {"name": "All", "naics": ["54"], "children": [
                       {"name": "A/B", "hub": {"latitude": 91, "longitude": 0, "radiusKm": 0}},
                       {"name": "Dup", "sizeTiers": ["Huge"], "naics": ["5x"]},
                       {"name": "Dup", "potential": {"min": 10, "max": 5}},
                       {"name": "Lines", "productLines": {"owns": ["A"], "lacks": ["B"]}},
                       {"name": "Area", "area": {"type": "Point", "coordinates": [0, 0]}},
                       {"children": [{"name": "Empty", "postalCodes": []}]}]}}
                    """))
        .isInstanceOf(InvalidSegmentModel.class)
        .extracting(e -> ((InvalidSegmentModel) e).problems())
        .asList()
        .extracting(v -> ((Violation) v).field())
        .containsExactlyInAnyOrder(
            "sizeBands[0]",
            "sizeBands[1]",
            "root",
            "root.children[0].name",
            "root.children[0].hub.latitude",
            "root.children[0].hub.radiusKm",
            "root.children[1].sizeTiers",
            "root.children[1].naics",
            "root.children[2].name",
            "root.children[2].potential",
            "root.children[3].productLines",
            "root.children[4].area",
            "root.children[5].name",
            "root.children[5].children[0].postalCodes");
  }

  @Test
  void aModelThatAsksForProductLinesSaysSoSoTheirCostIsPaidOnlyThen() {
    assertThat(model.usesProductLines()).isFalse();
    assertThat(
            model(
                    """
                    {"root": {"name": "All", "children": [
                      {"name": "White space", "productLines": {"lacks": ["Cloud"]}}]}}
                    """)
                .usesProductLines())
        .isTrue();
  }

  private static SegmentModel model(String json) {
    try {
      return SegmentModelReader.read("test", 1, JSON.readValue(json, SegmentModelDefinition.class));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static SegmentedAccount account(
      double lat,
      double lon,
      String postalCode,
      String naics,
      Integer employees,
      String potential) {
    return new SegmentedAccount(
        "a",
        "US",
        postalCode,
        lat,
        lon,
        naics,
        null,
        employees,
        null,
        potential == null ? null : new BigDecimal(potential),
        Set.of());
  }
}
