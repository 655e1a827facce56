package com.territoryplanner.bench;

import static com.territoryplanner.bench.BenchSupport.options;
import static com.territoryplanner.bench.BenchSupport.round;
import static com.territoryplanner.bench.BenchSupport.seconds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-evaluating a hybrid segmentation model over N accounts ({@link SegmentedAccounts}): hubs
 * around ten cities split by size tier and industry, an area drawn around the Gulf coast, then five
 * regions by postal-code prefix, each split by size tier, industry and potential band. The model is
 * evaluated once, then three more times (each replaces the version's memberships), then activated
 * (every account takes its segment, each change is written to the outbox). Prints one JSON line.
 */
public final class SegmentationBench {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Object[][] HUBS = {
    {"New York", 40.71, -74.01}, {"Los Angeles", 34.05, -118.24}, {"Chicago", 41.88, -87.63},
    {"Houston", 29.76, -95.37}, {"Phoenix", 33.45, -112.07}, {"Philadelphia", 39.95, -75.17},
    {"San Antonio", 29.42, -98.49}, {"San Diego", 32.72, -117.16}, {"Dallas", 32.78, -96.8},
    {"Atlanta", 33.75, -84.39}
  };

  private static final String[][] REGIONS = {
    {"Northeast", "0*", "1*"},
    {"Southeast", "2*", "3*"},
    {"Midwest", "4*", "5*", "6*"},
    {"South", "7*"},
    {"West", "8*", "9*"}
  };

  private static final String[][] INDUSTRIES = {
    {"Software", "5112", "5415"}, {"Finance", "52"}, {"Hardware", "334"}, {"Construction", "23"}
  };

  private SegmentationBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int accounts = Integer.parseInt(options.getOrDefault("--accounts", "1000000"));
    Path home = Path.of(options.getOrDefault("--home", ".")).toAbsolutePath().normalize();
    Path work = Path.of(options.getOrDefault("--work", "bench/target/segmentation"));
    try (SegmentationWithAccounts segmentation =
        new SegmentationWithAccounts(home, work, accounts)) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String versions = segmentation.url() + "/api/v1/segment-models/bench/versions";
      JsonNode created = post(http, versions, model().toString());
      String version = versions + "/" + created.get("version").asInt();

      long start = System.nanoTime();
      JsonNode evaluation = post(http, version + "/evaluation", "");
      double first = seconds(start);
      List<Double> again = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        start = System.nanoTime();
        post(http, version + "/evaluation", "");
        again.add(seconds(start));
      }
      Collections.sort(again);
      start = System.nanoTime();
      post(http, version + "/activation", "");
      double activation = seconds(start);

      long counted = 0;
      for (JsonNode segment : evaluation.get("segments")) {
        counted += segment.get("accounts").asLong();
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("accounts", accounts);
      result.put("segments", created.get("segments").size());
      result.put("accounts_counted", counted);
      result.put("first_evaluation_seconds", round(first));
      result.put("reevaluation_best_seconds", round(again.get(0)));
      result.put("reevaluation_median_seconds", round(again.get(1)));
      result.put("activation_seconds", round(activation));
      System.out.println(JSON.writeValueAsString(result));
    }
  }

  private static ObjectNode model() {
    ObjectNode root = JSON.createObjectNode().put("name", "US");
    ArrayNode children = root.putArray("children");
    for (Object[] hub : HUBS) {
      ObjectNode node = children.addObject().put("name", (String) hub[0] + " hub");
      node.putObject("hub")
          .put("place", (String) hub[0])
          .put("latitude", (Double) hub[1])
          .put("longitude", (Double) hub[2])
          .put("radiusKm", 100);
      ArrayNode tiers = node.putArray("children");
      tiers.addObject().put("name", "Enterprise").putArray("sizeTiers").add("ENTERPRISE");
      industries(tiers.addObject().put("name", "Commercial").putArray("children"));
    }
    ObjectNode gulf = children.addObject().put("name", "Gulf coast");
    gulf.put("area", "POLYGON ((-97.5 25.8, -89 29, -88 30.7, -94 30.5, -97.8 28.5, -97.5 25.8))");
    industries(gulf.putArray("children"));
    for (String[] region : REGIONS) {
      ObjectNode node = children.addObject().put("name", region[0]);
      ArrayNode prefixes = node.putArray("postalCodes");
      for (int i = 1; i < region.length; i++) {
        prefixes.add(region[i]);
      }
      ArrayNode tiers = node.putArray("children");
      for (String tier : new String[] {"ENTERPRISE", "MID_MARKET", "SMB"}) {
        ObjectNode tierNode = tiers.addObject().put("name", tier);
        tierNode.putArray("sizeTiers").add(tier);
        industries(tierNode.putArray("children"));
      }
    }
    return JSON.createObjectNode().put("description", "benchmark").set("root", root);
  }

  /** Industry children, each split into high and other potential. */
  private static void industries(ArrayNode children) {
    for (String[] industry : INDUSTRIES) {
      ObjectNode node = children.addObject().put("name", industry[0]);
      ArrayNode naics = node.putArray("naics");
      for (int i = 1; i < industry.length; i++) {
        naics.add(industry[i]);
      }
      ArrayNode bands = node.putArray("children");
      bands.addObject().put("name", "High potential").putObject("potential").put("min", 200_000);
      bands.addObject().put("name", "Other");
    }
  }

  private static JsonNode post(HttpClient http, String url, String body) throws Exception {
    HttpResponse<String> response =
        http.send(
            BenchSupport.request(URI.create(url))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(15))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          url + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }
}
